import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../../renderer/app/routes';
import { ProjectorSetting } from '../../../renderer/settings/ProjectorSetting';
import { TrainerProvider } from '../../../renderer/state/TrainerProvider';
import { InMemoryBackend } from '../support/in-memory-backend';
import { makeStore } from '../support/render-app';

/** The app at a route as main.tsx mounts it: the projector setting beside the routes. */
export function renderWithSettings(path: string, backend = new InMemoryBackend(), userOptions: Parameters<typeof userEvent.setup>[0] = {}) {
  const { store } = makeStore(backend);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup(userOptions);
  const view = render(
    <TrainerProvider store={store}>
      <ProjectorSetting />
      <RouterProvider router={router} />
    </TrainerProvider>,
  );
  return { ...view, store, backend, router, user };
}

export const WATCH_PATH = '/play/cmecf-link-bankruptcy?mode=watch';
