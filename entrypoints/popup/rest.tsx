import { render } from 'preact';
import { mountPage } from '../../components/mount';
import { Popup } from '../../components/popup/Popup';

// Renders into the first frame's DOM, which Preact keeps (components/popup/first-frame.ts).
mountPage('extName');
render(<Popup />, document.getElementById('app')!);
