import type { RouteObject } from 'react-router';
import { ScenarioList } from '../home/ScenarioList';
import { PlayScreen } from '../play/PlayScreen';
import { ResultsScreen } from '../results/ResultsScreen';
import { AppShell } from './AppShell';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';

/** `#/` scenarios, `#/play/:scenarioId?mode=practice|assess`, `#/results/:attemptId`. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <ScenarioList /> },
      { path: 'play/:scenarioId', element: <PlayScreen /> },
      { path: 'results/:attemptId', element: <ResultsScreen /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];
