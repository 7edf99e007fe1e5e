import type { ApiOutput, ScenarioSummary } from '../../shared/api/contract';
import { errorMessage, type ApiClient } from '../api/client';
import type { SliceCreator } from './store';

export type AppInfo = ApiOutput<'app.info'>;

export interface CatalogState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  info: AppInfo | null;
  scenarios: ScenarioSummary[];
  error: string | null;
}

export interface CatalogSlice {
  catalog: CatalogState;
  /** Loads app.info and the scenario list (again, each time the list is shown). */
  loadCatalog(): Promise<void>;
}

export const initialCatalog: CatalogState = { status: 'idle', info: null, scenarios: [], error: null };

export const createCatalogSlice =
  (api: ApiClient): SliceCreator<CatalogSlice> =>
  (set, get) => {
    let loading: Promise<void> | null = null;
    return {
      catalog: initialCatalog,
      loadCatalog() {
        if (loading) return loading;
        set({ catalog: { ...get().catalog, status: 'loading', error: null } });
        loading = Promise.all([api.call('app.info', {}), api.call('scenarios.list', {})])
          .then(([info, scenarios]) => set({ catalog: { status: 'ready', info, scenarios, error: null } }))
          .catch((error: unknown) =>
            set({ catalog: { ...get().catalog, status: 'failed', error: `The scenarios could not be loaded: ${errorMessage(error)}` } }),
          )
          .finally(() => {
            loading = null;
          });
        return loading;
      },
    };
  };
