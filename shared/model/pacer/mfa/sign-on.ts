import { codeStepsAgo } from '../../phone/state';
import type { MistakeCode } from '../../mistakes';
import { pushAddress, type Applied } from '../../transitions';
import { currentUrl, type World } from '../../world';
import { accountState, withAccountState } from '../account/state';
import { normalCode } from './codes';
import { mfaSignOnUrl } from './pages';
import { mfaAccount, mfaState, signOnNeedsMfa, withMfaAccount, withMfaState, type MfaSignOn, type PendingSignOn } from './state';

/**
 * Where MFA meets the two logins (central sign-on for a court, and Manage My
 * Account). The logins stay as they are: after any event, a login that has
 * just let an account in is held here when that account must pass MFA, and
 * the held sign-on is let through once the code (or the pop-up's Skip) is given.
 */

/** The sign-on the event just completed, if it is one MFA must hold. */
function justSignedIn(before: World, after: World): Omit<PendingSignOn, 'address'> | null {
  const account = after.session.signedInAccount;
  if (before.session.signedInAccount === null && account !== null) {
    return { accountNumber: account, target: 'court', courtId: after.session.signOnCourt, courtSessions: after.session.courtSessions };
  }
  const managed = accountState(after).signedIn;
  if (accountState(before).signedIn === null && managed !== null) {
    return { accountNumber: managed, target: 'manage-account', courtId: null, courtSessions: {} };
  }
  return null;
}

/** After every event: a login that just succeeded stops at the MFA screen when the account must pass MFA. */
export function holdSignOn(before: World, applied: Applied): Applied {
  if (applied.outcome.status !== 'accepted') return applied;
  // The MFA screen itself just let the sign-on through: nothing more to hold.
  if (mfaState(before).pending !== null && mfaState(applied.world).pending === null) return applied;
  const signOn = justSignedIn(before, applied.world);
  if (!signOn || !signOnNeedsMfa(applied.world, signOn.accountNumber)) return applied;

  const after = applied.world;
  const pending: PendingSignOn = { ...signOn, address: currentUrl(after) ?? '' };
  const held: World =
    signOn.target === 'court'
      ? { ...after, session: { ...after.session, signedInAccount: null, signOnCourt: null, courtSessions: {}, pendingLink: null } }
      : withAccountState(after, { signedIn: null });
  const waiting = withMfaState(held, { pending, enrolment: null });
  return { world: pushAddress(waiting, mfaSignOnUrl(signOn.courtId)), outcome: applied.outcome };
}

/** Lets the held sign-on through: the court's sign-on or Manage My Account opens where the login would have taken it. */
export function completeSignOn(world: World, method: MfaSignOn['method'] | null): World {
  const state = mfaState(world);
  const pending = state.pending;
  if (!pending) return world;
  const signOns = method ? [...state.signOns, { accountNumber: pending.accountNumber, method, target: pending.target, courtId: pending.courtId, at: world.clock }] : state.signOns;
  const cleared = withMfaState(world, { pending: null, enrolment: null, signOns });
  const signedIn: World =
    pending.target === 'court'
      ? {
          ...cleared,
          session: {
            ...cleared.session,
            signedInAccount: pending.accountNumber,
            signOnCourt: pending.courtId,
            courtSessions: pending.courtSessions,
            pendingLink: null,
          },
        }
      : withAccountState(cleared, { signedIn: pending.accountNumber });
  return pending.address ? pushAddress(signedIn, pending.address) : signedIn;
}

/** Steps of 30 s a code may lag and still be taken (one step of drift, RFC 6238 section 5.2). */
const ACCEPTED_STEPS_BEHIND = 1;
/** How far back a typed code is recognised as one the app showed earlier (ten minutes). */
const STALE_STEPS_RECOGNISED = 20;

export type CodeCheck =
  | { ok: true; world: World; method: MfaSignOn['method'] }
  | { ok: false; mistake: MistakeCode };

/** An authenticator code of one of the account's apps: now (or one step behind), earlier, or not at all. */
function appCodeCheck(world: World, setupKeys: readonly string[], typed: string): 'current' | 'stale' | 'wrong' {
  const matchesAt = (stepsAgo: number) => setupKeys.some((key) => codeStepsAgo(key, world.clock, stepsAgo) === typed);
  for (let steps = 0; steps <= ACCEPTED_STEPS_BEHIND; steps += 1) if (matchesAt(steps)) return 'current';
  for (let steps = ACCEPTED_STEPS_BEHIND + 1; steps <= STALE_STEPS_RECOGNISED; steps += 1) if (matchesAt(steps)) return 'stale';
  return 'wrong';
}

/** Checks a 6-digit app code against the given keys (enrolment's confirmation uses it for the key it showed). */
export function checkAppCode(world: World, setupKeys: readonly string[], typed: string): CodeCheck {
  const code = normalCode(typed);
  const result = /^\d{6}$/.test(code) ? appCodeCheck(world, setupKeys, code) : 'wrong';
  if (result === 'current') return { ok: true, world, method: 'authenticator-app' };
  return { ok: false, mistake: result === 'stale' ? 'mfa-code-stale' : 'mfa-code-invalid' };
}

/** The sign-on's second factor: a current app code, or a backup code not used before (which is then used up). */
export function checkSignOnCode(world: World, accountNumber: string, typed: string): CodeCheck {
  const account = mfaAccount(world, accountNumber);
  const code = normalCode(typed);
  if (/^\d{6}$/.test(code)) return checkAppCode(world, account.apps.map((app) => app.setupKey), code);
  const backup = account.backupCodes.find((candidate) => normalCode(candidate.code) === code);
  if (!backup) return { ok: false, mistake: 'mfa-code-invalid' };
  if (backup.used) return { ok: false, mistake: 'mfa-backup-code-reused' };
  const backupCodes = account.backupCodes.map((candidate) => (candidate === backup ? { ...candidate, used: true } : candidate));
  return { ok: true, world: withMfaAccount(world, accountNumber, { backupCodes }), method: 'backup-code' };
}
