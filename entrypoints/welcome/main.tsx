import { render } from 'preact';
import { Welcome } from '../../components/welcome/Welcome';
import { mountPage } from '../../components/mount';
import '../../components/styles.css';
import '../../components/page.css';

mountPage('welcomeTitle');
render(<Welcome />, document.getElementById('app')!);
