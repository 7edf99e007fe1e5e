import { isNextGenLive, type Court } from '../../world';

/**
 * What the Court CM/ECF Lookup tells about a court on the simulated date:
 * NextGen or CurrentGen, the go-live date, and so which login files there
 * (seed 004: "The CurrentGen CM/ECF system requires two separate usernames
 * and passwords; ... once a court implements the NextGen CM/ECF system, you
 * will be able to use your PACER username and password for both").
 */
export type CourtGeneration =
  | { kind: 'nextgen'; since: string }
  | { kind: 'scheduled'; goLive: string }
  | { kind: 'currentgen' };

export function courtGeneration(court: Court, clock: string): CourtGeneration {
  if (court.nextGenGoLive === null) return { kind: 'currentgen' };
  return isNextGenLive(court, clock) ? { kind: 'nextgen', since: court.nextGenGoLive } : { kind: 'scheduled', goLive: court.nextGenGoLive };
}

export const COURT_TYPE_LABELS: Record<Court['type'], string> = {
  district: 'District Court',
  bankruptcy: 'Bankruptcy Court',
  appellate: 'Court of Appeals',
};
