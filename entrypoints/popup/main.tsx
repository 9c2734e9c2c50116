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
// Two frames: the first callback runs before the help's frame is drawn, the second after it is
// handed to the compositor, so the rest's fetch and run do not compete with drawing the help
// on a busy machine (docs/performance.md).
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(loadRest, 0)));
