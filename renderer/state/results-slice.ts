import type { Attempt, AttemptReport } from '../../shared/api/contract';
import { errorMessage, type ApiClient } from '../api/client';
import type { SliceCreator } from './store';

export interface ResultsState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  attemptId: string | null;
  attempt: Attempt | null;
  /** The backend's authoritative report; null while the attempt is still open. */
  report: AttemptReport | null;
  scenarioTitle: string | null;
  error: string | null;
}

export interface ResultsSlice {
  results: ResultsState;
  loadResults(attemptId: string): Promise<void>;
  /** Keeps a just-finished attempt's report, so the results screen shows it without asking again. */
  showResults(attempt: Attempt, report: AttemptReport, scenarioTitle: string): void;
}

export const initialResults: ResultsState = {
  status: 'idle',
  attemptId: null,
  attempt: null,
  report: null,
  scenarioTitle: null,
  error: null,
};

export const createResultsSlice =
  (api: ApiClient): SliceCreator<ResultsSlice> =>
  (set, get) => ({
    results: initialResults,
    showResults(attempt, report, scenarioTitle) {
      set({ results: { status: 'ready', attemptId: attempt.id, attempt, report, scenarioTitle, error: null } });
    },
    async loadResults(attemptId) {
      const current = get().results;
      if (current.attemptId === attemptId && (current.status === 'loading' || (current.status === 'ready' && current.report))) return;
      set({ results: { ...initialResults, status: 'loading', attemptId } });
      const stillWanted = () => get().results.attemptId === attemptId;
      try {
        const { attempt, report } = await api.call('attempts.get', { attemptId });
        let scenarioTitle = attempt.scenarioId;
        try {
          const scenario = await api.call('scenarios.get', { id: attempt.scenarioId, version: attempt.scenarioVersion });
          scenarioTitle = scenario.title;
        } catch {
          // the results still stand without the title
        }
        if (stillWanted()) set({ results: { status: 'ready', attemptId, attempt, report, scenarioTitle, error: null } });
      } catch (error) {
        if (stillWanted()) {
          set({ results: { ...initialResults, status: 'failed', attemptId, error: `These results could not be loaded: ${errorMessage(error)}` } });
        }
      }
    },
  });
