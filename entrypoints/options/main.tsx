import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { mountPage } from '../../components/mount';
import '../../components/styles.css';
import '../../components/page.css';

mountPage('optionsTitle');
render(<Options />, document.getElementById('app')!);
