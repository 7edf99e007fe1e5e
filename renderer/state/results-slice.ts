import type { Attempt, AttemptReport, StoredEvent } from '../../shared/api/contract';
import type { ResolvedScenario } from '../../shared/scenario/schema';
import { errorMessage, type ApiClient } from '../api/client';
import type { SliceCreator } from './store';

export interface ResultsState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  attemptId: string | null;
  attempt: Attempt | null;
  /** The backend's authoritative report; null while the attempt is still open. */
  report: AttemptReport | null;
  scenarioTitle: string | null;
  /** The stored log (with the times it was recorded): the moments of mistakes, time taken, the replay. */
  events: StoredEvent[] | null;
  /** The scenario version the attempt was played on, to replay its events; null until loaded. */
  scenario: ResolvedScenario | null;
  error: string | null;
}

export interface ResultsSlice {
  results: ResultsState;
  loadResults(attemptId: string): Promise<void>;
  /** Keeps a just-finished attempt's report, so the results screen shows it at once (its events follow). */
  showResults(attempt: Attempt, report: AttemptReport, scenarioTitle: string): void;
}

export const initialResults: ResultsState = {
  status: 'idle',
  attemptId: null,
  attempt: null,
  report: null,
  scenarioTitle: null,
  events: null,
  scenario: null,
  error: null,
};

export const createResultsSlice =
  (api: ApiClient): SliceCreator<ResultsSlice> =>
  (set, get) => {
    /** The attempt whose details are being fetched, so a second screen asking for it waits for the same answer. */
    let inFlight: { attemptId: string; done: Promise<void> } | null = null;

    async function fetchDetails(attemptId: string) {
      const stillWanted = () => get().results.attemptId === attemptId;
      const { attempt, events, report } = await api.call('attempts.get', { attemptId });
      let scenarioTitle = attempt.scenarioId;
      let scenario: ResolvedScenario | null = null;
      try {
        const [raw, { resolveCourts }] = await Promise.all([
          api.call('scenarios.get', { id: attempt.scenarioId, version: attempt.scenarioVersion }),
          // Loaded with the results screen, not with the first one.
          import('../../shared/scenario/load'),
        ]);
        scenarioTitle = raw.title;
        const resolved = resolveCourts(raw, []);
        scenario = resolved.ok ? resolved.value : null;
      } catch {
        // the score still stands without the title; only the replay needs the scenario
      }
      if (stillWanted()) set({ results: { status: 'ready', attemptId, attempt, report, scenarioTitle, events, scenario, error: null } });
    }

    return {
      results: initialResults,
      showResults(attempt, report, scenarioTitle) {
        set({ results: { ...initialResults, status: 'ready', attemptId: attempt.id, attempt, report, scenarioTitle } });
      },
      async loadResults(attemptId) {
        const current = get().results;
        if (current.attemptId === attemptId && current.status === 'ready' && current.report && current.events && current.scenario) return;
        if (inFlight?.attemptId === attemptId && current.attemptId === attemptId) return inFlight.done;
        // A report already shown stays on screen while its events load; anything else starts from "Loading".
        const keepShowing = current.attemptId === attemptId && current.status === 'ready' && current.report !== null;
        if (!keepShowing) set({ results: { ...initialResults, status: 'loading', attemptId } });
        const done = fetchDetails(attemptId)
          .catch((error: unknown) => {
            if (get().results.attemptId !== attemptId) return;
            if (keepShowing) {
              set({ results: { ...get().results, error: `The steps of this attempt could not be loaded: ${errorMessage(error)}` } });
            } else {
              set({ results: { ...initialResults, status: 'failed', attemptId, error: `These results could not be loaded: ${errorMessage(error)}` } });
            }
          })
          .finally(() => {
            if (inFlight?.done === done) inFlight = null;
          });
        inFlight = { attemptId, done };
        return done;
      },
    };
  };
