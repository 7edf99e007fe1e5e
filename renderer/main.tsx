import './app/stylesheet';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { pickTransport } from './api/pick-transport';
import { App } from './app/App';
import { createTrainerStore } from './state/store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

const store = createTrainerStore(createClient(pickTransport()));

createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
