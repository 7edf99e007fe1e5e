import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { ScenarioList } from '../home/ScenarioList';
import { AppShell } from './AppShell';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';

// Only the scenario list (the first screen) is in the first bundle; every
// other screen, with the simulated sites and the model it needs, loads when
// it is first opened (AppShell shows ScreenLoading meanwhile).
const PlayScreen = lazy(() => import('../play/PlayScreen').then((module) => ({ default: module.PlayScreen })));
const ResultsScreen = lazy(() => import('../results/ResultsScreen').then((module) => ({ default: module.ResultsScreen })));
const ReplayScreen = lazy(() => import('../results/ReplayScreen').then((module) => ({ default: module.ReplayScreen })));
const TraineesScreen = lazy(() => import('../trainees/TraineesScreen').then((module) => ({ default: module.TraineesScreen })));
const HistoryScreen = lazy(() => import('../trainees/HistoryScreen').then((module) => ({ default: module.HistoryScreen })));
const VerifyCertificateScreen = lazy(() =>
  import('../certificates/VerifyCertificateScreen').then((module) => ({ default: module.VerifyCertificateScreen })),
);
const SettingsScreen = lazy(() => import('../settings/SettingsScreen').then((module) => ({ default: module.SettingsScreen })));
const PresenterNotesScreen = lazy(() =>
  import('../watch/PresenterNotesScreen').then((module) => ({ default: module.PresenterNotesScreen })),
);

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
