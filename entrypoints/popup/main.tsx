import { render } from 'preact';
import { FirstFrame } from '../../components/popup/FirstFrame';
import { mountPage } from '../../components/mount';
import '../../components/styles.css';
import '../../components/popup/popup.css';

// Help first (issue 9, part 4): the first frame needs only the help list. The rest of the
// popup is a separate chunk, fetched and run after that frame is painted so it cannot delay it.
const app = document.getElementById('app')!;
mountPage('extName');
render(<FirstFrame />, app);
const loadRest = () => void import('../../components/popup/Popup').then(({ Popup }) => render(<Popup />, app));
requestAnimationFrame(() => setTimeout(loadRest, 0));
