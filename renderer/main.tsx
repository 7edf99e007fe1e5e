import './app/stylesheet';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { takeFirstScreenAnswers, withFirstScreenAnswers } from './api/first-screen-answers';
import { pickTransport } from './api/pick-transport';
import { App } from './app/App';
import { createTrainerStore } from './state/store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// Browser mode's launch page carries the first screen's answers, so the list shows without a round trip.
const store = createTrainerStore(createClient(withFirstScreenAnswers(pickTransport(), takeFirstScreenAnswers(document))));

// Ask for what the first screen shows while React starts, rather than after its first render:
// the screens' own loads join these requests while they are in flight.
void store.getState().loadSettings();
if (/^#?\/?(?:\?.*)?$/.test(window.location.hash)) void store.getState().loadCatalog();

createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
