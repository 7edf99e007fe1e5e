import type { TrainerEvent } from '../../../shared/model/events';
import { scriptedEvent } from '../../../shared/model/replay';
import type { ResolvedScenario } from '../../../shared/scenario/schema';

/** The events a screen dispatches when the scenario's walkthrough is played, digested with the attempt's salt. */
export function walkthroughEvents(scenario: ResolvedScenario, salt: string): TrainerEvent[] {
  return scenario.walkthrough.map((step) => scriptedEvent(step.action, salt));
}
