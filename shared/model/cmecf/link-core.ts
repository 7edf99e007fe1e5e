import { linkNotice } from '../mail';
import { namesMatch } from '../person-names';
import type { MistakeCode } from '../mistakes';
import { canFile, ecfAccountLinkedTo, type Court, type CourtRequest, type EcfAccount, type PacerAccount, type World } from '../world';
import { failedLinkCount, withCourtSide, courtSideOf } from './court-state';

/**
 * What every way of linking shares (district and bankruptcy screens A-C,
 * the appellate "Link my filer account to my PACER account"): the court's
 * record of the request, the e-mail notice, and the court's rules about
 * whose accounts may be linked. The exact error strings are not public
 * (FIDELITY 1.10); these follow its suggested wording.
 */
export const LINK_MESSAGES = {
  invalidCmecfLogin: 'Invalid CM/ECF login or password.',
  // A filer cannot undo a link (FIDELITY 1.10, mistake 9): the court or the PACER Service Center de-links.
  ecfAlreadyLinked:
    'This CM/ECF account is already linked to a PACER account. A link cannot be undone here: if the wrong accounts were linked, contact the court.',
  pacerAlreadyLinked:
    'This PACER account is already linked to a CM/ECF account in this court. A link cannot be undone here: if the wrong accounts were linked, contact the court.',
  legacyAccount:
    'Your PACER account is a legacy account. Upgrade it in Manage My Account before linking it to your CM/ECF account.',
  notLive: 'This court has not yet implemented NextGen CM/ECF. Accounts can be linked only after the court goes live.',
  /** Seed 004: "If the linking process failed, please try again." */
  linkFailed: 'The linking process failed: your CM/ECF account could not be linked to your PACER account. Please try again.',
  /** Seed 004: "If the linking process still does not work, you must … submit a new electronic filing request." */
  linkStillFails:
    'The linking process failed again. If the linking process still does not work, log in to Manage My Account with your upgraded PACER account and submit a new electronic filing request for this court (Maintenance tab).',
} as const;

/** The system links whatever it is told to; the court's rules say when not to (seed 000, step 7). */
export function linkMistake(account: PacerAccount, ecf: EcfAccount): MistakeCode | null {
  if (!canFile(account)) return 'shared-account-linked';
  return namesMatch(account.name, ecf.name) ? null : 'wrong-account-linked';
}

/** What Link screen B warns of before Submit: the same rules, read before the filer decides. */
export type LinkWarning = 'firm-name' | 'names-differ';

/**
 * The warning beside the two accounts (seed 000, step 7): a shared firm
 * account may not be linked, and two different names mean the accounts may
 * not be the same person's. Null when the court's rules raise nothing.
 */
export function linkWarning(account: PacerAccount, ecf: EcfAccount): LinkWarning | null {
  const mistake = linkMistake(account, ecf);
  if (mistake === 'shared-account-linked') return 'firm-name';
  return mistake === 'wrong-account-linked' ? 'names-differ' : null;
}

/** Links the accounts: the court records a processed Link request and e-mails its notice (seed 000, NOTE). */
export function completeLink(world: World, court: Court, account: PacerAccount, ecf: EcfAccount): World {
  const request: CourtRequest = {
    transactionId: String(world.nextTransactionId),
    accountNumber: account.accountNumber,
    courtId: court.id,
    request: 'Link',
    status: 'Processed',
    submittedAt: world.clock,
  };
  const mail = linkNotice(`mail-${world.mailbox.length + 1}`, world.traineeEmail, account, court, request);
  return {
    ...world,
    ecfAccounts: { ...world.ecfAccounts, [ecf.id]: { ...ecf, linkedPacerAccount: account.accountNumber } },
    requests: [...world.requests, request],
    mailbox: [...world.mailbox, mail],
    nextTransactionId: world.nextTransactionId + 1,
    session: { ...world.session, pendingLink: null },
  };
}

/**
 * The court's system could not link this account (a scenario's `linkFails`):
 * the attempt is counted, and the message says what seed 004 says to do —
 * try again, and if it still fails, file a new e-filing request.
 */
export function recordFailedLink(world: World, ecf: EcfAccount): { world: World; message: string } {
  const failures = failedLinkCount(world, ecf.id) + 1;
  const counted = withCourtSide(world, { failedLinks: { ...courtSideOf(world).failedLinks, [ecf.id]: failures } });
  return { world: counted, message: failedLinkMessage(failures) };
}

/** What the court says after the n-th failed attempt: try again first, then the fallback (seed 004). */
export function failedLinkMessage(failures: number): string {
  return failures <= 1 ? LINK_MESSAGES.linkFailed : LINK_MESSAGES.linkStillFails;
}

/** The CM/ECF accounts at `courtId` that look like the signed-in person's own (same name) and are not linked yet. */
export function ownUnlinkedAccounts(world: World, courtId: string, account: PacerAccount): EcfAccount[] {
  return Object.values(world.ecfAccounts).filter(
    (ecf) => ecf.courtId === courtId && ecf.linkedPacerAccount === null && namesMatch(account.name, ecf.name),
  );
}

/** The CM/ECF accounts, at any court, linked to this PACER account: Display Registered Courts lists them. */
export function ecfAccountsLinkedTo(world: World, account: PacerAccount): EcfAccount[] {
  return Object.values(world.ecfAccounts).filter((ecf) => ecf.linkedPacerAccount === account.accountNumber);
}

/** The courts' records of this PACER account's requests (links, e-file registrations), oldest first. */
export function courtRequestsOf(world: World, account: PacerAccount): CourtRequest[] {
  return world.requests.filter((request) => request.accountNumber === account.accountNumber);
}

/** Courts other than `courtId` where this PACER account is linked. */
export function linkedElsewhere(world: World, courtId: string, account: PacerAccount): boolean {
  return Object.keys(world.courts).some(
    (otherId) => otherId !== courtId && ecfAccountLinkedTo(world, otherId, account.accountNumber) !== null,
  );
}
