import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { TrainerEvent } from '../../../shared/model/events';
import { walkthroughLog } from '../../../shared/model/replay';
import { createClient } from '../../../renderer/api/client';
import { routes } from '../../../renderer/app/routes';
import { createTrainerStore, type TrainerStore } from '../../../renderer/state/store';
import { TrainerProvider } from '../../../renderer/state/TrainerProvider';
import { TEST_SALT, InMemoryBackend } from './in-memory-backend';

export function makeStore(backend = new InMemoryBackend()): { store: TrainerStore; backend: InMemoryBackend } {
  return { store: createTrainerStore(createClient(backend)), backend };
}

/** The whole app at a hash route, on a fake backend. */
export function renderRoute(path: string, backend = new InMemoryBackend()) {
  const { store } = makeStore(backend);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <TrainerProvider store={store}>
      <RouterProvider router={router} />
    </TrainerProvider>,
  );
  return { ...view, store, backend, router, user };
}

/** Any component that reads the store, with a given store. */
export function renderWithStore(ui: ReactNode, store: TrainerStore) {
  return { ...render(<TrainerProvider store={store}>{ui}</TrainerProvider>), user: userEvent.setup() };
}

/** The first `count` walkthrough steps of a scenario, as the screens would dispatch them. */
export function walkthroughEvents(backend: InMemoryBackend, scenarioId: string, count?: number): TrainerEvent[] {
  const scenario = backend.scenarios.get(scenarioId);
  if (!scenario) throw new Error(`no scenario ${scenarioId}`);
  return walkthroughLog(scenario, { type: 'attempt/started', salt: TEST_SALT, mode: 'practice' }, count ?? scenario.walkthrough.length).slice(1);
}
