import type { Course } from '../../shared/scenario/course-schema';
import type { Store } from '../store/store';
import type { ScenarioProblem, ScenarioReader } from './scenario-library';
import type { BackendOptions } from './types';

/** What every handler may use: the store, the scenario reader, the courses, the clock and fresh ids. */
export interface HandlerContext {
  options: BackendOptions;
  store: Store;
  scenarios: ScenarioReader;
  scenarioProblems: readonly ScenarioProblem[];
  /** The courses of scenarios/courses.json whose scenarios are all in the library. */
  courses: readonly Course[];
  /** The current time as an ISO string. */
  timestamp(): string;
  newId(): string;
  newSalt(): string;
}
