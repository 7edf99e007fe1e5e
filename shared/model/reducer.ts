import {
  CMECF_PATHS,
  canonicalHref,
  courtByEcfHost,
  csoLoginUrl,
  csoLogoutUrl,
  ecfUrl,
  parseAddress,
} from './addresses';
import { addSeconds } from './clock';
import type { EventOf, TrainerEvent } from './events';
import { letTimePass, submitForm } from './forms';
import { linkNotice } from './mail';
import { hasFilingRights, menuBar } from './menus';
import type { MistakeCode } from './mistakes';
import { currentPage, type Page } from './pages';
import { ACCEPTED, NOT_ON_THIS_PAGE, onPage, pushAddress, refused, type Applied, type Outcome } from './transitions';

export type { Applied, Outcome } from './transitions';
import {
  canFile,
  courtById,
  ecfAccountLinkedTo,
  filingSystemLinkAfterLogin,
  isNextGenLive,
  signedInAccount,
  type CourtRequest,
  type CourtSession,
  type World,
} from './world';

/** Seconds of simulated time one trainee action takes; keeps notice timestamps plausible. */
const SECONDS_PER_ACTION = 9;

export const MESSAGES = {
  invalidLogin: 'Invalid username or password.',
  usernameTooShort: 'Username must be at least 6 characters.',
  passwordTooShort: 'Password must be at least 8 characters.',
  redactionRequired:
    'You must read the redaction notice, check the box and click Continue before you can use CM/ECF.',
  invalidCmecfLogin: 'Invalid CM/ECF login or password.',
  ecfAlreadyLinked: 'This CM/ECF account is already linked to a PACER account.',
  pacerAlreadyLinked: 'This PACER account is already linked to a CM/ECF account in this court.',
  legacyAccount:
    'Your PACER account is a legacy account. Upgrade it in Manage My Account before linking it to your CM/ECF account.',
  notLive: 'This court has not yet implemented NextGen CM/ECF. Accounts can be linked only after the court goes live.',
  notOnThisPage: NOT_ON_THIS_PAGE,
  noSuchMail: 'That message is not in the mailbox.',
  hintsOff: 'Hints are not available in an assessment.',
} as const;

function withNotice(world: World, outcome: Outcome): World {
  const text = outcome.message;
  const notice = text === null ? null : { tone: outcome.status === 'refused' ? ('error' as const) : ('info' as const), text };
  return { ...world, session: { ...world.session, notice } };
}

function replaceCourtSession(world: World, courtId: string, change: Partial<CourtSession>): World {
  const existing = world.session.courtSessions[courtId];
  if (!existing) return world;
  return {
    ...world,
    session: { ...world.session, courtSessions: { ...world.session.courtSessions, [courtId]: { ...existing, ...change } } },
  };
}

/** A menu click, reload or new login shows the menus the account now has (seed 000, step 9). */
function refreshMenus(world: World, courtId: string): World {
  return replaceCourtSession(world, courtId, { filingMenusShown: hasFilingRights(world, courtId) });
}

function navigate(world: World, event: EventOf<'browser/navigated'>): Applied {
  const parsed = parseAddress(event.address);
  if (!parsed) return { world: pushAddress(world, event.address.trim()), outcome: ACCEPTED };

  const ecfCourt = courtByEcfHost(world, parsed.host);
  if (ecfCourt) {
    if (world.session.signedInAccount === null) {
      // CM/ECF in a NextGen court redirects to the PACER login (seed 000, step 3).
      return { world: pushAddress(world, csoLoginUrl(ecfCourt)), outcome: ACCEPTED };
    }
    const courtSession = world.session.courtSessions[ecfCourt.id];
    if (!courtSession) {
      // Entering another court's CM/ECF under the same sign-on shows that court's notice.
      const opened = openCourtSession(world, ecfCourt.id);
      return { world: pushAddress(opened, csoLoginUrl(ecfCourt)), outcome: ACCEPTED };
    }
    if (!courtSession.redactionAcknowledged) {
      return { world, outcome: refused(MESSAGES.redactionRequired, 'redaction-notice-skipped') };
    }
    const moved = pushAddress(world, parsed.href);
    return { world: parsed.path === CMECF_PATHS.menu ? refreshMenus(moved, ecfCourt.id) : moved, outcome: ACCEPTED };
  }

  return { world: pushAddress(world, canonicalHref(world, parsed)), outcome: ACCEPTED };
}

function openCourtSession(world: World, courtId: string): World {
  const opened: CourtSession = { courtId, redactionAcknowledged: false, filingMenusShown: false };
  const next = {
    ...world,
    session: { ...world.session, courtSessions: { ...world.session.courtSessions, [courtId]: opened } },
  };
  return refreshMenus(next, courtId);
}

function goBack(world: World, step: -1 | 1): Applied {
  const index = world.session.historyIndex + step;
  if (index < 0 || index >= world.session.history.length) return { world, outcome: ACCEPTED };
  return { world: { ...world, session: { ...world.session, historyIndex: index } }, outcome: ACCEPTED };
}

function reload(world: World): Applied {
  const page = currentPage(world);
  if ('courtId' in page && page.courtId && world.session.courtSessions[page.courtId]) {
    return { world: refreshMenus(world, page.courtId), outcome: ACCEPTED };
  }
  return { world, outcome: ACCEPTED };
}

function logIn(world: World, event: EventOf<'pacer/login-submitted'>): Applied {
  const page = onPage(world, 'pacer-login');
  if (!page) return { world, outcome: refused(MESSAGES.notOnThisPage) };
  const username = event.username.trim();
  if (username.length < 6) return { world, outcome: refused(MESSAGES.usernameTooShort, 'pacer-credentials-invalid') };
  if (event.password.length < 8) return { world, outcome: refused(MESSAGES.passwordTooShort, 'pacer-credentials-invalid') };

  const sameName = (candidate: string) => candidate.toLowerCase() === username.toLowerCase();
  const accounts = Object.values(world.pacerAccounts);
  const account = accounts.find((candidate) => sameName(candidate.username));
  if (!account || account.passwordDigest !== event.password.digest) {
    const mistake: MistakeCode = accounts.some((candidate) => candidate.retiredUsernames.some(sameName))
      ? 'legacy-credentials-used'
      : Object.values(world.ecfAccounts).some((ecf) => sameName(ecf.login))
        ? 'cmecf-credentials-at-pacer-login'
        : 'pacer-credentials-invalid';
    return { world, outcome: refused(MESSAGES.invalidLogin, mistake) };
  }

  let next: World = {
    ...world,
    session: {
      ...world.session,
      signedInAccount: account.accountNumber,
      signOnCourt: page.courtId,
      courtSessions: {},
      pendingLink: null,
    },
  };
  if (page.courtId) next = openCourtSession(next, page.courtId);
  return { world: next, outcome: ACCEPTED };
}

function acknowledgeRedaction(world: World, event: EventOf<'cmecf/redaction-acknowledged'>): Applied {
  const court = courtById(world, event.courtId);
  if (!court || !onPage(world, 'redaction-notice', event.courtId)) return { world, outcome: refused(MESSAGES.notOnThisPage) };
  const acknowledged = replaceCourtSession(world, court.id, { redactionAcknowledged: true });
  // Some courts (mow, seed 002 step 5) land on a page with the filing-system link; others open CM/ECF itself.
  const landing = filingSystemLinkAfterLogin(court) ? ecfUrl(court, '/') : ecfUrl(court);
  return { world: pushAddress(acknowledged, landing), outcome: ACCEPTED };
}

function isCmecfPage(page: Page, courtId: string): boolean {
  return page.kind.startsWith('cmecf-') && 'courtId' in page && page.courtId === courtId;
}

function openMenu(world: World, event: EventOf<'cmecf/menu-opened'>): Applied {
  const court = courtById(world, event.courtId);
  if (!court || !isCmecfPage(currentPage(world), court.id)) return { world, outcome: refused(MESSAGES.notOnThisPage) };
  if (!menuBar(world, court.id).includes(event.menu)) return { world, outcome: refused(MESSAGES.notOnThisPage) };
  const refreshed = refreshMenus(world, court.id);
  return { world: pushAddress(refreshed, ecfUrl(court, CMECF_PATHS.menu, `menu=${event.menu}`)), outcome: ACCEPTED };
}

function submitLinkCredentials(world: World, event: EventOf<'cmecf/link-credentials-submitted'>): Applied {
  const court = courtById(world, event.courtId);
  const account = signedInAccount(world);
  if (!court || !account || !onPage(world, 'cmecf-link-credentials', court.id)) {
    return { world, outcome: refused(MESSAGES.notOnThisPage) };
  }
  if (!isNextGenLive(court, world.clock)) return { world, outcome: refused(MESSAGES.notLive, 'link-before-go-live') };
  if (account.kind === 'legacy') return { world, outcome: refused(MESSAGES.legacyAccount, 'legacy-account-linked') };
  if (ecfAccountLinkedTo(world, court.id, account.accountNumber)) {
    return { world, outcome: refused(MESSAGES.pacerAlreadyLinked, 'account-already-linked') };
  }

  const login = event.login.trim();
  // The court-issued CM/ECF login and password are case-sensitive.
  const ecf = Object.values(world.ecfAccounts).find((candidate) => candidate.courtId === court.id && candidate.login === login);
  if (!ecf || ecf.passwordDigest !== event.password.digest) {
    const typedPacerLogin = Object.values(world.pacerAccounts).some(
      (candidate) => candidate.username.toLowerCase() === login.toLowerCase() && candidate.passwordDigest === event.password.digest,
    );
    const mistake: MistakeCode = typedPacerLogin ? 'pacer-credentials-on-link-form' : 'cmecf-credentials-invalid';
    return { world, outcome: refused(MESSAGES.invalidCmecfLogin, mistake) };
  }
  if (ecf.linkedPacerAccount !== null) return { world, outcome: refused(MESSAGES.ecfAlreadyLinked, 'account-already-linked') };

  const pending = { ...world, session: { ...world.session, pendingLink: { courtId: court.id, ecfAccountId: ecf.id } } };
  return { world: pushAddress(pending, ecfUrl(court, CMECF_PATHS.link, 'step=verify')), outcome: ACCEPTED };
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq']);

/** A name's words in first-to-last order: "Whitfield, Dana M." is Dana M. Whitfield; suffixes such as Jr. are dropped. */
function nameWords(name: string): string[] {
  const parts = name
    .toLowerCase()
    .split(',')
    .map((part) =>
      part
        .replace(/[^a-z\s-]/g, ' ')
        .split(/\s+/)
        .filter((word) => word.length > 1 && !NAME_SUFFIXES.has(word)),
    )
    .filter((part) => part.length > 0);
  const [last, first] = parts;
  return parts.length === 2 && last && first ? [...first, ...last] : parts.flat();
}

/** Names match when first and last names agree, ignoring middle names, initials, suffixes, punctuation, case and "Last, First" order. */
export function namesMatch(a: string, b: string): boolean {
  const left = nameWords(a);
  const right = nameWords(b);
  return left.length > 0 && left[0] === right[0] && left.at(-1) === right.at(-1);
}

function confirmLink(world: World, event: EventOf<'cmecf/link-confirmed'>): Applied {
  const court = courtById(world, event.courtId);
  const account = signedInAccount(world);
  const page = court ? onPage(world, 'cmecf-link-verify', court.id) : null;
  const ecf = page ? world.ecfAccounts[page.ecfAccountId] : undefined;
  if (!court || !account || !ecf) return { world, outcome: refused(MESSAGES.notOnThisPage) };

  const transactionId = String(world.nextTransactionId);
  const request: CourtRequest = {
    transactionId,
    accountNumber: account.accountNumber,
    courtId: court.id,
    request: 'Link',
    status: 'Processed',
    submittedAt: world.clock,
  };
  const mail = linkNotice(`mail-${world.mailbox.length + 1}`, world.traineeEmail, account, court, request);
  const linked: World = {
    ...world,
    ecfAccounts: { ...world.ecfAccounts, [ecf.id]: { ...ecf, linkedPacerAccount: account.accountNumber } },
    requests: [...world.requests, request],
    mailbox: [...world.mailbox, mail],
    nextTransactionId: world.nextTransactionId + 1,
    session: { ...world.session, pendingLink: null },
  };
  // The system links whatever it is told to; the court's rules say when not to.
  const mistake: MistakeCode | null = !canFile(account)
    ? 'shared-account-linked'
    : namesMatch(account.name, ecf.name)
      ? null
      : 'wrong-account-linked';
  return {
    world: pushAddress(linked, ecfUrl(court, CMECF_PATHS.link, 'step=done')),
    outcome: { status: 'accepted', mistake, message: null },
  };
}

function cancelLink(world: World, event: EventOf<'cmecf/link-cancelled'>): Applied {
  const court = courtById(world, event.courtId);
  if (!court || !onPage(world, 'cmecf-link-verify', court.id)) return { world, outcome: refused(MESSAGES.notOnThisPage) };
  const cleared = { ...world, session: { ...world.session, pendingLink: null } };
  return { world: pushAddress(cleared, ecfUrl(court)), outcome: ACCEPTED };
}

function logOut(world: World, event: EventOf<'cmecf/logged-out'>): Applied {
  if (!isCmecfPage(currentPage(world), event.courtId)) return { world, outcome: refused(MESSAGES.notOnThisPage) };
  const signedOut: World = {
    ...world,
    session: { ...world.session, signedInAccount: null, signOnCourt: null, courtSessions: {}, pendingLink: null },
  };
  return { world: pushAddress(signedOut, csoLogoutUrl()), outcome: ACCEPTED };
}

function openMail(world: World, event: EventOf<'mail/opened'>): Applied {
  if (!world.mailbox.some((mail) => mail.id === event.mailId)) return { world, outcome: refused(MESSAGES.noSuchMail) };
  const mailbox = world.mailbox.map((mail) => (mail.id === event.mailId ? { ...mail, read: true } : mail));
  return { world: { ...world, mailbox }, outcome: ACCEPTED };
}

function dispatch(world: World, event: TrainerEvent): Applied {
  switch (event.type) {
    case 'attempt/started':
      return { world, outcome: ACCEPTED };
    case 'browser/navigated':
      return navigate(world, event);
    case 'browser/went-back':
      return goBack(world, -1);
    case 'browser/went-forward':
      return goBack(world, 1);
    case 'browser/reloaded':
      return reload(world);
    case 'pacer/login-submitted':
      return logIn(world, event);
    case 'cmecf/redaction-acknowledged':
      return acknowledgeRedaction(world, event);
    case 'cmecf/menu-opened':
      return openMenu(world, event);
    case 'cmecf/link-credentials-submitted':
      return submitLinkCredentials(world, event);
    case 'cmecf/link-confirmed':
      return confirmLink(world, event);
    case 'cmecf/link-cancelled':
      return cancelLink(world, event);
    case 'cmecf/logged-out':
      return logOut(world, event);
    case 'form/submitted':
      return submitForm(world, event);
    case 'trainee/waited':
      return letTimePass(world, event.businessDays);
    case 'mail/opened':
      return openMail(world, event);
    case 'trainee/hint-requested':
      return { world, outcome: world.mode === 'assess' ? refused(MESSAGES.hintsOff) : ACCEPTED };
  }
}

/** Events that are the trainee's own bookkeeping rather than actions in the simulated systems. */
function takesSimulatedTime(event: TrainerEvent): boolean {
  return (
    event.type !== 'attempt/started' &&
    event.type !== 'trainee/hint-requested' &&
    event.type !== 'mail/opened' &&
    event.type !== 'trainee/waited'
  );
}

/**
 * The one reducer: the world after `event`, and what the systems made of it.
 * Total: any event, in any state, yields a world and an outcome; it never throws.
 */
export function apply(world: World, event: TrainerEvent): Applied {
  const clocked = takesSimulatedTime(event) ? { ...world, clock: addSeconds(world.clock, SECONDS_PER_ACTION) } : world;
  const applied = dispatch(clocked, event);
  const keepNotice = event.type === 'trainee/hint-requested' || event.type === 'mail/opened';
  return { world: keepNotice ? applied.world : withNotice(applied.world, applied.outcome), outcome: applied.outcome };
}
