import { hasFilingRights } from './menus';
import { homeUrl } from './pacer/account/routes';
import { accountState, withAccountState } from './pacer/account/state';
import { pushAddress } from './transitions';
import type { CourtSession, PacerAccount, World } from './world';

/**
 * What a login does once the username and password are accepted and nothing
 * stands in the way (an account-update prompt, pacer/account/password-prompt.ts).
 * Kept apart from the login forms so that a prompt shown between the password
 * and the signed-in page can finish the same login afterwards.
 */

export function replaceCourtSession(world: World, courtId: string, change: Partial<CourtSession>): World {
  const existing = world.session.courtSessions[courtId];
  if (!existing) return world;
  return {
    ...world,
    session: { ...world.session, courtSessions: { ...world.session.courtSessions, [courtId]: { ...existing, ...change } } },
  };
}

/** A menu click, reload or new login shows the menus the account now has (seed 000, step 9). */
export function refreshMenus(world: World, courtId: string): World {
  return replaceCourtSession(world, courtId, { filingMenusShown: hasFilingRights(world, courtId) });
}

export function openCourtSession(world: World, courtId: string): World {
  const opened: CourtSession = { courtId, redactionAcknowledged: false, filingMenusShown: false };
  const next = {
    ...world,
    session: { ...world.session, courtSessions: { ...world.session.courtSessions, [courtId]: opened } },
  };
  return refreshMenus(next, courtId);
}

/** Central sign-on: the account is signed in, and the court the login was started from opens its session (its redaction notice first). */
export function completeCentralSignOn(world: World, account: PacerAccount, courtId: string | null): World {
  const next: World = {
    ...world,
    session: {
      ...world.session,
      signedInAccount: account.accountNumber,
      signOnCourt: courtId,
      courtSessions: {},
      pendingLink: null,
    },
  };
  return courtId ? openCourtSession(next, courtId) : next;
}

/** Manage My Account's own sign-in: recorded with the username typed (objectives read it), then its home page. */
export function completeManageAccountLogin(world: World, account: PacerAccount, username: string): World {
  const state = accountState(world);
  const signedIn = withAccountState(world, {
    signedIn: account.accountNumber,
    upgrade: null,
    logins: [...state.logins, { accountNumber: account.accountNumber, username, at: world.clock }],
  });
  return pushAddress(signedIn, homeUrl());
}
