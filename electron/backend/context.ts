import type { Store } from '../store/store';
import type { ScenarioProblem, ScenarioReader } from './scenario-library';
import type { BackendOptions } from './types';

/** What every handler may use: the store, the scenario reader, the clock and fresh ids. */
export interface HandlerContext {
  options: BackendOptions;
  store: Store;
  scenarios: ScenarioReader;
  scenarioProblems: readonly ScenarioProblem[];
  /** The current time as an ISO string. */
  timestamp(): string;
  newId(): string;
  newSalt(): string;
}
