import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { pickTransport } from './api/pick-transport';
import { App } from './app/App';
import { createTrainerStore } from './state/store';
import './app/styles/base.css';
import './app/styles/shell.css';
import './app/styles/home.css';
import './app/styles/play.css';
import './app/styles/browser.css';
import './app/styles/mailbox.css';
import './app/styles/results.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

const store = createTrainerStore(createClient(pickTransport()));

createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
