import type { TrainerEvent } from '../../../shared/model/events';
import { walkthroughLog } from '../../../shared/model/replay';
import type { ResolvedScenario } from '../../../shared/scenario/schema';

/** The events a screen dispatches when the scenario's walkthrough is played, digested with the attempt's salt. */
export function walkthroughEvents(scenario: ResolvedScenario, salt: string): TrainerEvent[] {
  return walkthroughLog(scenario, { type: 'attempt/started', salt, mode: 'practice' }).slice(1);
}
