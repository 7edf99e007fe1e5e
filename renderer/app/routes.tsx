import type { RouteObject } from 'react-router';
import { VerifyCertificateScreen } from '../certificates/VerifyCertificateScreen';
import { ScenarioList } from '../home/ScenarioList';
import { PlayScreen } from '../play/PlayScreen';
import { ReplayScreen } from '../results/ReplayScreen';
import { ResultsScreen } from '../results/ResultsScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { HistoryScreen } from '../trainees/HistoryScreen';
import { TraineesScreen } from '../trainees/TraineesScreen';
import { PresenterNotesScreen } from '../watch/PresenterNotesScreen';
import { AppShell } from './AppShell';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';

/**
 * `#/` scenarios, `#/play/:scenarioId?mode=practice|assess|watch`, `#/results/:attemptId` (and its
 * step-by-step replay), trainees and their history, certificate verification, settings, and the
 * presenter-notes window that follows a Watch session.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <ScenarioList /> },
      { path: 'play/:scenarioId', element: <PlayScreen /> },
      { path: 'results/:attemptId', element: <ResultsScreen /> },
      { path: 'results/:attemptId/replay', element: <ReplayScreen /> },
      { path: 'trainees', element: <TraineesScreen /> },
      { path: 'history', element: <HistoryScreen /> },
      { path: 'verify', element: <VerifyCertificateScreen /> },
      { path: 'settings', element: <SettingsScreen /> },
      { path: 'presenter/:scenarioId', element: <PresenterNotesScreen /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];
