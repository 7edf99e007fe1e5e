import type { Court, CourtType } from '../../../shared/model/world';
import { isNextGenLive } from '../../../shared/model/world';
import { longDate } from '../common/format';

const COURT_SELF: Record<CourtType, string> = {
  bankruptcy: 'The Bankruptcy Court',
  district: 'The District Court',
  appellate: 'The Court of Appeals',
};

/** The court's own sentence about its NextGen upgrade (seed 001), for the simulated clock. */
export function nextGenSentence(court: Court, clock: string): string {
  const self = COURT_SELF[court.type];
  if (court.nextGenGoLive === null) {
    return `${self} still uses its current CM/ECF system. The move to NextGen CM/ECF has not been scheduled yet.`;
  }
  const date = longDate(court.nextGenGoLive);
  return isNextGenLive(court, clock)
    ? `${self} upgraded its Case Management/Electronic Case Filing system (CM/ECF) to NextGen CM/ECF on ${date}.`
    : `${self} will upgrade its Case Management/Electronic Case Filing system (CM/ECF) to NextGen CM/ECF on ${date}.`;
}
