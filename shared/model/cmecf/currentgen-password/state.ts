import { addSeconds } from '../../clock';
import type { World } from '../../world';

/**
 * "Forgot Your Password" at a court still on CurrentGen CM/ECF (seed 003:
 * "If an attorney does not currently know his/her login or password, please
 * use the 'Forgot Your Password' feature from the CM/ECF login page"). The
 * court e-mails a link to the login's primary e-mail address; the link sets
 * a new court-issued password, which is what CurrentGen CM/ECF files with.
 */

/** A reset link the court e-mailed. Its number is the court's transaction number; it works once, for a day. */
export interface CurrentGenPasswordReset {
  request: string;
  courtId: string;
  ecfAccountId: string;
  issuedAt: string;
  used: boolean;
}

export interface CurrentGenPasswordState {
  resets: CurrentGenPasswordReset[];
  /** Every password set through a reset link, kept for objectives. */
  changes: { courtId: string; ecfAccountId: string; at: string }[];
}

/**
 * How long an e-mailed link works. Court help pages (e.g. W.D. La., "I forgot
 * my CM/ECF login ID or password") say the link "is active for 24 hours";
 * FIDELITY is silent on CurrentGen resets [I].
 */
export const RESET_LINK_HOURS = 24;

const EMPTY: CurrentGenPasswordState = { resets: [], changes: [] };

/** The state, also for worlds saved before this part existed. */
export function passwordState(world: World): CurrentGenPasswordState {
  return world.currentGenPassword ?? EMPTY;
}

export function withPasswordState(world: World, change: Partial<CurrentGenPasswordState>): World {
  return { ...world, currentGenPassword: { ...passwordState(world), ...change } };
}

export function linkExpiresAt(reset: CurrentGenPasswordReset): string {
  return addSeconds(reset.issuedAt, RESET_LINK_HOURS * 60 * 60);
}

/** The reset a link names, if it still works at this court now: unused and not yet expired. */
export function usableReset(world: World, courtId: string, request: string | null): CurrentGenPasswordReset | null {
  if (request === null) return null;
  const reset = passwordState(world).resets.find((candidate) => candidate.request === request && candidate.courtId === courtId);
  if (!reset || reset.used || world.clock >= linkExpiresAt(reset)) return null;
  return reset;
}
