import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { mountPage } from '../../components/mount';
import '../../components/styles.css';
import '../../components/popup/popup.css';

mountPage('extName');
render(<Popup />, document.getElementById('app')!);
