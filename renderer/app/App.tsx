import { useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import type { TrainerStore } from '../state/store';
import { TrainerProvider } from '../state/TrainerProvider';
import { ProjectorSetting } from '../settings/ProjectorSetting';
import { routes } from './routes';

/** The whole app: the store for every screen, and the hash routes (they work from file:// and 127.0.0.1 alike). */
export function App({ store }: { store: TrainerStore }) {
  const [router] = useState(() => createHashRouter(routes));
  return (
    <TrainerProvider store={store}>
      <ProjectorSetting />
      <RouterProvider router={router} />
    </TrainerProvider>
  );
}
