import type { World } from '../../shared/model/world';
import type { ResolvedScenario } from '../../shared/scenario/schema';
import { errorMessage, type ApiClient } from '../api/client';
import type { SliceCreator } from '../state/store';

/**
 * The scenario a Watch session (or its presenter-notes window) is showing,
 * with the world at every walkthrough position replayed once up front.
 * Nothing here is sent to the backend: Watch is not an attempt.
 */

export interface WatchState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  scenarioId: string | null;
  scenario: ResolvedScenario | null;
  /** Index = position: worlds[k] is the world after the first k walkthrough actions. */
  worlds: World[];
  error: string | null;
}

export interface WatchSlice {
  watch: WatchState;
  /** Loads the latest version of a scenario for watching (no-op when it is already loaded). */
  loadWatch(scenarioId: string): Promise<void>;
}

export const initialWatch: WatchState = { status: 'idle', scenarioId: null, scenario: null, worlds: [], error: null };

export const createWatchSlice =
  (api: ApiClient): SliceCreator<WatchSlice> =>
  (set, get) => ({
    watch: initialWatch,
    async loadWatch(scenarioId) {
      const current = get().watch;
      if (current.scenarioId === scenarioId && (current.status === 'ready' || current.status === 'loading')) return;
      set({ watch: { ...initialWatch, status: 'loading', scenarioId } });
      try {
        // The model that replays the walkthrough is loaded with Watch, not with the first screen.
        const [raw, { resolveCourts }, { watchWorlds }] = await Promise.all([
          api.call('scenarios.get', { id: scenarioId }),
          import('../../shared/scenario/load'),
          import('./watch-steps'),
        ]);
        const resolved = resolveCourts(raw, []);
        if (!resolved.ok) throw new Error(`the scenario's courts are not written out (${resolved.error.join('; ')})`);
        if (get().watch.scenarioId !== scenarioId) return;
        if (resolved.value.walkthrough.length === 0) throw new Error('this scenario has no walkthrough to watch');
        set({
          watch: { status: 'ready', scenarioId, scenario: resolved.value, worlds: watchWorlds(resolved.value), error: null },
        });
      } catch (error) {
        if (get().watch.scenarioId !== scenarioId) return;
        set({ watch: { ...initialWatch, status: 'failed', scenarioId, error: errorMessage(error) } });
      }
    },
  });
