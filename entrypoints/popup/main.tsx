import { mountPage } from '../../components/mount';
import { startPopup } from '../../components/popup/start';
import '../../components/styles.css';
import '../../components/popup/popup.css';

// Help first (issue 9, part 4): components/popup/start.tsx paints the help list, then loads the rest.
mountPage('extName');
startPopup(document.getElementById('app')!);
