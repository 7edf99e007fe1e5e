import type { World } from '../world';

/**
 * The court side's own state beyond NextGen linking:
 * - who is logged in to a CurrentGen court's own CM/ECF (the court-issued
 *   login, not central sign-on: seed 004, "The CurrentGen CM/ECF system
 *   requires two separate usernames and passwords");
 * - how many times the court's system failed to link a CM/ECF account
 *   (seed 004: "If the linking process failed, please try again").
 */
export interface CourtSideState {
  /** CurrentGen court id → id of the CM/ECF account logged in there with its court-issued login. */
  currentGenLogins: Record<string, string>;
  /** CM/ECF account id → Submits on the verify screen that the court's system could not process. */
  failedLinks: Record<string, number>;
}

export function initialCourtSideState(): CourtSideState {
  return { currentGenLogins: {}, failedLinks: {} };
}

/** The state, also for worlds saved before the court side had any. */
export function courtSideOf(world: World): CourtSideState {
  return world.courtSide ?? initialCourtSideState();
}

export function withCourtSide(world: World, change: Partial<CourtSideState>): World {
  return { ...world, courtSide: { ...courtSideOf(world), ...change } };
}

/** The CM/ECF account logged in at a CurrentGen court, if any. */
export function currentGenLogin(world: World, courtId: string): string | null {
  const logins = courtSideOf(world).currentGenLogins;
  return Object.hasOwn(logins, courtId) ? (logins[courtId] ?? null) : null;
}

export function failedLinkCount(world: World, ecfAccountId: string): number {
  const failures = courtSideOf(world).failedLinks;
  return Object.hasOwn(failures, ecfAccountId) ? (failures[ecfAccountId] ?? 0) : 0;
}
