import type { PacerAccount, World } from '../../world';
import { requestsFor } from './paa';
import { MMA_OPTIONS, type MmaOptionId, type MmaTab } from './routes';

/**
 * What Manage My Account offers or notes for the account logged in to it
 * (FIDELITY 1.3): the screens show a link or a note exactly when one of
 * these says so, and the forms refuse by the same rules.
 */

/** A legacy account (created before August 11, 2014) must be upgraded; Account Type offers Upgrade (seed 004). */
export function upgradeOffered(account: PacerAccount): boolean {
  return account.kind === 'legacy';
}

/** This option prompts the account to upgrade first instead of changing anything (seed 004; the form is gated the same way). */
export function mustUpgradeFirst(account: PacerAccount, option: MmaOptionId): boolean {
  return upgradeOffered(account) && MMA_OPTIONS[option].upgradeFirst;
}

/** The Settings tab tells a legacy account that each of its options will prompt it to upgrade first. */
export function upgradeNotedOnTab(account: PacerAccount, tab: MmaTab): boolean {
  return tab === 'settings' && upgradeOffered(account);
}

/** Registered without a card, the account waits for the mailed activation code: Enter Activation Code is offered (seed 002, step 12). */
export function activationCodeOffered(account: PacerAccount): boolean {
  return account.caseSearchStatus === 'awaiting-activation';
}

/** Inactive case search is explained to a filer; a PACER Administrative Account never searches, so it is not (seed 003). */
export function inactiveCaseSearchNoted(account: PacerAccount): boolean {
  return account.caseSearchStatus === 'inactive' && account.administrative !== true;
}

/** A member of a PACER Administrative Account is billed through it: its Usage notes that the PAA receives the invoice (FIDELITY 1.6). */
export function billedThroughPaa(account: PacerAccount): boolean {
  return Boolean(account.paaAccountNumber);
}

/** How many of the account's requests still wait for an answer: the badge beside View All My Requests. */
export function pendingRequestCount(world: World, account: PacerAccount): number {
  return requestsFor(world, account.accountNumber).filter((request) => request.status === 'pending').length;
}
