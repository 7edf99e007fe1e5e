import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../api/client';
import { createAttemptSlice, type AttemptSlice } from './attempt-slice';
import { createCatalogSlice, type CatalogSlice } from './catalog-slice';
import { createResultsSlice, type ResultsSlice } from './results-slice';
import { createRecordsSlice, type RecordsSlice } from '../records/records-slice';
import { createTraineeSlice, type TraineeSlice } from './trainee-slice';
import { createSettingsSlice, type SettingsSlice } from '../settings/settings-slice';
import { createWatchSlice, type WatchSlice } from '../watch/watch-slice';

/**
 * One bound store made of slices (zustand's slices pattern): the scenario
 * catalog, the attempt being played, the results being shown, the
 * trainees (who is playing, their history), settings and Watch. Each
 * store gets its API client, so a test builds a fresh store on a fake
 * transport and `reset()` puts every slice back to its first state.
 */
export type TrainerState = CatalogSlice &
  AttemptSlice &
  ResultsSlice &
  TraineeSlice &
  SettingsSlice &
  WatchSlice &
  RecordsSlice & { reset(): void };
export type TrainerStore = StoreApi<TrainerState>;

/** A slice's creator: sees the whole store, owns its own part. */
export type SliceCreator<T> = StateCreator<TrainerState, [], [], T>;

export function createTrainerStore(api: ApiClient): TrainerStore {
  return createStore<TrainerState>()((...args) => {
    const [set, get] = args;
    const catalog = createCatalogSlice(api)(...args);
    const attempt = createAttemptSlice(api)(...args);
    const results = createResultsSlice(api)(...args);
    const trainees = createTraineeSlice(api)(...args);
    const settings = createSettingsSlice(api)(...args);
    const watch = createWatchSlice(api)(...args);
    const records = createRecordsSlice(api)(...args);
    const initial: TrainerState = {
      ...catalog,
      ...attempt,
      ...results,
      ...trainees,
      ...settings,
      ...watch,
      ...records,
      reset() {
        get().closePlay();
        set(initial, true);
      },
    };
    return initial;
  });
}
