import { courtById, type EcfAccount, type MailItem, type PacerAccount, type World } from '../../world';
import { feeDueNotice, processedNotice, rejectedNotice } from './mail-templates';
import { admissionsOf, replaceRequest, type EfileRequest } from './state';

/**
 * The court's review of a request (seed 002: "The court will review your
 * admission request and provide you with further instructions … via
 * email"). A request is decided when its due time comes: at once, or after
 * the scenario's processing time, when time passes.
 */

const REJECTION_COMMENTS = {
  'filing-agent-attorney-path':
    'Filing agents must register under Non-Attorney E-File Registration with the Role in Court Filing Agent. Please submit a new request.',
  'has-ecf-account':
    'You already have a CM/ECF account in this court. Link it to your PACER account with Utilities > Link a CM/ECF account to my PACER account.',
} as const;

const ACTIVE_COMMENT = 'Your e-filing privileges are active. Log in to the court’s CM/ECF with your PACER username and password.';

/** An attorney admission request: the court approves it, then asks for the admission fee online (seed 002). */
export function isAdmissionRequest(request: EfileRequest): boolean {
  return request.requestType === 'admission';
}

/** The admission fee is charged unless a federal government attorney chose the fee waiver (seed 002). */
export function admissionFeeCharged(account: PacerAccount, request: EfileRequest): boolean {
  const waived = request.sections?.feeChoice === 'waiver' && account.userType === 'federal-government';
  return isAdmissionRequest(request) && !waived;
}

function grantedComment(request: EfileRequest): string {
  if (request.requestType === 'pro-hac-vice') {
    const inCase = request.extra.caseNumber ? ` for case ${request.extra.caseNumber}` : '';
    return `Your pro hac vice e-filing registration${inCase} has been processed. Your privileges apply once the Court grants the Motion for Pro Hac Vice Admission filed by your sponsoring attorney. Log in with your PACER username and password.`;
  }
  if (isAdmissionRequest(request)) return `Your admission has been approved. ${ACTIVE_COMMENT}`;
  return ACTIVE_COMMENT;
}

function nextMailId(world: World): string {
  return `mail-${world.mailbox.length + 1}`;
}

export function withMail(world: World, mail: MailItem): World {
  return { ...world, mailbox: [...world.mailbox, mail] };
}

/** The court's CM/ECF account for the request, linked to the PACER account: NextGen filers log in with PACER. */
function grantFilingRights(world: World, request: EfileRequest): { world: World; ecfAccountId: string } {
  const account = world.pacerAccounts[request.accountNumber];
  const ecfAccountId = `efile-${request.transactionId}`;
  if (!account) return { world, ecfAccountId };
  const ecf: EcfAccount = {
    id: ecfAccountId,
    courtId: request.courtId,
    login: account.username,
    // No court-issued password: the PACER login is the filing login in a NextGen court.
    passwordDigest: '',
    name: account.name,
    role: request.ecfRole,
    linkedPacerAccount: account.accountNumber,
    primaryEmail: account.email,
    secondaryEmails: [],
    standing: 'active',
  };
  return { world: { ...world, ecfAccounts: { ...world.ecfAccounts, [ecfAccountId]: ecf } }, ecfAccountId };
}

/** Grants the request: the filing account, the Processed e-mail. */
export function grantRequest(world: World, request: EfileRequest, at: string): World {
  const account = world.pacerAccounts[request.accountNumber];
  const court = courtById(world, request.courtId);
  if (!account || !court) return world;
  const granted = grantFilingRights(world, request);
  const decided: EfileRequest = { ...request, status: 'processed', decidedAt: request.decidedAt ?? at, ecfAccountId: granted.ecfAccountId };
  const mail = processedNotice({ id: nextMailId(granted.world), to: world.traineeEmail, account, court, request: decided, at }, grantedComment(decided));
  return withMail(replaceRequest(granted.world, decided), mail);
}

/** Decides one pending request as the court would. */
export function decideRequest(world: World, request: EfileRequest): World {
  const account = world.pacerAccounts[request.accountNumber];
  const court = courtById(world, request.courtId);
  if (!account || !court || request.status !== 'pending') return world;
  const at = world.clock;
  const parts = { id: nextMailId(world), to: world.traineeEmail, account, court, at };
  if (request.rejection) {
    const rejected: EfileRequest = { ...request, status: 'rejected', decidedAt: at };
    return withMail(replaceRequest(world, rejected), rejectedNotice({ ...parts, request: rejected }, REJECTION_COMMENTS[request.rejection]));
  }
  if (admissionFeeCharged(account, request)) {
    const feeDue: EfileRequest = { ...request, status: 'fee-due', decidedAt: at };
    return withMail(replaceRequest(world, feeDue), feeDueNotice({ ...parts, request: feeDue }));
  }
  return grantRequest(world, request, at);
}

/** While time passes: every request whose review is due is decided. */
export function decideDueRequests(world: World): World {
  const due = admissionsOf(world).requests.filter((request) => request.status === 'pending' && request.dueAt <= world.clock);
  return due.reduce((current, request) => {
    const latest = admissionsOf(current).requests.find((candidate) => candidate.transactionId === request.transactionId);
    return latest ? decideRequest(current, latest) : current;
  }, world);
}
