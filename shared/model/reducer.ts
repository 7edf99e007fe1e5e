import {
  CMECF_PATHS,
  canonicalHref,
  cmecfHomeUrl,
  cmecfMenuUrl,
  courtByEcfHost,
  csoLoginUrl,
  csoLogoutUrl,
  ecfUrl,
  parseAddress,
} from './addresses';
import { addSeconds } from './clock';
import { shorterThan } from './credentials';
import { currentGenLogin, withCourtSide, courtSideOf } from './cmecf/court-state';
import { filingRefusal as reinstatementFilingRefusal } from './cmecf/reinstatement/standing';
import {
  LINK_MESSAGES,
  completeLink,
  linkMistake,
  linkedElsewhere,
  ownUnlinkedAccounts,
  recordFailedLink,
} from './cmecf/link-core';
import type { EventOf, TrainerEvent } from './events';
import { letTimePass, settleAfterEvent, submitForm } from './forms';
import { filingMenusFor, hasFilingRights, isCurrentGen, menuBar } from './menus';
import { movedTo } from './moved-pages';
import { applyPhoneEvent } from './phone/events';
import type { MistakeCode } from './mistakes';
import { currentPage, type Page } from './pages';
import { passwordPromptAtLogin } from './pacer/account/password-prompt';
import { completeCentralSignOn, openCourtSession, refreshMenus, replaceCourtSession } from './sign-on';
import { ACCEPTED, NOT_ON_THIS_PAGE, onPage, pushAddress, refused, type Applied, type Outcome } from './transitions';

export type { Applied, Outcome } from './transitions';
export { namesMatch } from './person-names';
import {
  courtById,
  ecfAccountLinkedTo,
  filingSystemLinkAfterLogin,
  isNextGenLive,
  signedInAccount,
  type Court,
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
  ...LINK_MESSAGES,
  awaitingActivation:
    'Your PACER account has not been activated. Enter the activation code mailed to you in Manage My Account before you log in.',
  notOnThisPage: NOT_ON_THIS_PAGE,
  noSuchMail: 'That message is not in the mailbox.',
  hintsOff: 'Hints are not available in an assessment.',
  paaAccount:
    'A PACER Administrative Account cannot be used to search for case information or to file. Log in with an individual PACER account.',
} as const;

function withNotice(world: World, outcome: Outcome): World {
  const text = outcome.message;
  const notice = text === null ? null : { tone: outcome.status === 'refused' ? ('error' as const) : ('info' as const), text };
  return { ...world, session: { ...world.session, notice } };
}

function navigate(world: World, event: EventOf<'browser/navigated'>): Applied {
  const parsed = parseAddress(event.address);
  if (!parsed) return { world: pushAddress(world, event.address.trim()), outcome: ACCEPTED };
  // An old address the court pages still print answers with a redirect: the browser shows today's address.
  const moved = movedTo(parsed);
  if (moved) return { world: pushAddress(world, moved), outcome: ACCEPTED };

  const ecfCourt = courtByEcfHost(world, parsed.host);
  if (ecfCourt && isCurrentGen(ecfCourt, world.clock)) {
    // A CurrentGen court keeps its own CM/ECF login: no central sign-on, no redirect to PACER (seed 004).
    return { world: pushAddress(world, parsed.href), outcome: ACCEPTED };
  }
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
    const typedMenu = parsed.query.get('menu');
    const blocked = typedMenu === null ? null : filingMenuRefusal(world, ecfCourt, typedMenu);
    if (blocked) return { world, outcome: blocked };
    const moved = pushAddress(world, parsed.href);
    return { world: currentPage(moved).kind === 'cmecf-menu' ? refreshMenus(moved, ecfCourt.id) : moved, outcome: ACCEPTED };
  }

  return { world: pushAddress(world, canonicalHref(world, parsed)), outcome: ACCEPTED };
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
  if (shorterThan(event.password, 8)) return { world, outcome: refused(MESSAGES.passwordTooShort, 'pacer-credentials-invalid') };

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
  // A PACER Administrative Account is for billing and membership only: it cannot search or file (seed 002; seed 003).
  if (account.administrative) return { world, outcome: refused(MESSAGES.paaAccount, 'paa-used-for-search-or-filing') };
  // Registered without a credit card: no access until the mailed activation code is entered (seed 002, step 12).
  if (account.caseSearchStatus === 'awaiting-activation') {
    return { world, outcome: refused(MESSAGES.awaitingActivation, 'access-before-activation') };
  }

  const prompted = passwordPromptAtLogin(world, account, { to: 'central-sign-on', courtId: page.courtId });
  if (prompted) return prompted;
  return { world: completeCentralSignOn(world, account, page.courtId), outcome: ACCEPTED };
}

function acknowledgeRedaction(world: World, event: EventOf<'cmecf/redaction-acknowledged'>): Applied {
  const court = courtById(world, event.courtId);
  if (!court || !onPage(world, 'redaction-notice', event.courtId)) return { world, outcome: refused(MESSAGES.notOnThisPage) };
  const acknowledged = replaceCourtSession(world, court.id, { redactionAcknowledged: true });
  // Some courts (mow, seed 002 step 5) land on a page with the filing-system link; others open CM/ECF itself.
  const landing = filingSystemLinkAfterLogin(court) ? ecfUrl(court, '/') : cmecfHomeUrl(court);
  return { world: pushAddress(acknowledged, landing), outcome: ACCEPTED };
}

function isCmecfPage(page: Page, courtId: string): boolean {
  return page.kind.startsWith('cmecf-') && 'courtId' in page && page.courtId === courtId;
}

function openMenu(world: World, event: EventOf<'cmecf/menu-opened'>): Applied {
  const court = courtById(world, event.courtId);
  if (!court || !isCmecfPage(currentPage(world), court.id)) return { world, outcome: refused(MESSAGES.notOnThisPage) };
  const blocked = filingMenuRefusal(world, court, event.menu);
  if (blocked) return { world, outcome: blocked };
  if (!menuBar(world, court.id).includes(event.menu)) return { world, outcome: refused(MESSAGES.notOnThisPage) };
  const refreshed = refreshMenus(world, court.id);
  return { world: pushAddress(refreshed, cmecfMenuUrl(court, event.menu)), outcome: ACCEPTED };
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

/** A filing menu that is not on the bar: the account is not linked in this court (yet). */
function filingMenuRefusal(world: World, court: Court, menuName: string): Outcome | null {
  // An attorney whose standing is not yet active may not file in a case (seed 002, "Attorney Reinstatement").
  const notReinstated = reinstatementFilingRefusal(world, court.id, menuName);
  if (notReinstated) return refused(notReinstated.message, notReinstated.mistake);
  if (isCurrentGen(court, world.clock)) return null;
  const menu = filingMenusFor(court.type).find((name) => name === menuName);
  if (menu === undefined || menuBar(world, court.id).includes(menu)) return null;
  const account = signedInAccount(world);
  // Linking is per court (FIDELITY 1.10): a link made in another court does not bring this court's menus.
  const assumedCovered = account !== null && !hasFilingRights(world, court.id) && linkedElsewhere(world, court.id, account);
  const where = court.type === 'appellate' ? 'from the CM/ECF landing page' : 'under Utilities';
  return refused(
    `The ${menu} menu is not available: your PACER account is not linked to a CM/ECF account in this court. Link it ${where} first.`,
    assumedCovered ? 'link-assumed-to-cover-other-courts' : null,
  );
}

function confirmLink(world: World, event: EventOf<'cmecf/link-confirmed'>): Applied {
  const court = courtById(world, event.courtId);
  const account = signedInAccount(world);
  const page = court ? onPage(world, 'cmecf-link-verify', court.id) : null;
  const ecf = page ? world.ecfAccounts[page.ecfAccountId] : undefined;
  if (!court || !account || !ecf) return { world, outcome: refused(MESSAGES.notOnThisPage) };
  if (ecf.linkFails === true) {
    // The court's system answers with a result page saying the link failed; the request stays, so it can be retried.
    const failed = recordFailedLink(world, ecf);
    return { world: pushAddress(failed.world, ecfUrl(court, CMECF_PATHS.link, 'step=failed')), outcome: ACCEPTED };
  }

  const linked = completeLink(world, court, account, ecf);
  return {
    world: pushAddress(linked, ecfUrl(court, CMECF_PATHS.link, 'step=done')),
    outcome: { status: 'accepted', mistake: linkMistake(account, ecf), message: null },
  };
}

function cancelLink(world: World, event: EventOf<'cmecf/link-cancelled'>): Applied {
  const court = courtById(world, event.courtId);
  if (!court || !onPage(world, 'cmecf-link-verify', court.id)) return { world, outcome: refused(MESSAGES.notOnThisPage) };
  const cleared = { ...world, session: { ...world.session, pendingLink: null } };
  return { world: pushAddress(cleared, ecfUrl(court)), outcome: ACCEPTED };
}

function logOut(world: World, event: EventOf<'cmecf/logged-out'>): Applied {
  const court = courtById(world, event.courtId);
  if (!court || !isCmecfPage(currentPage(world), court.id)) return { world, outcome: refused(MESSAGES.notOnThisPage) };
  if (isCurrentGen(court, world.clock) && currentGenLogin(world, court.id) !== null) {
    // Logging out of a CurrentGen court ends that court's own login only, and shows its login page again.
    const { [court.id]: _ended, ...others } = courtSideOf(world).currentGenLogins;
    return { world: pushAddress(withCourtSide(world, { currentGenLogins: others }), ecfUrl(court, '/')), outcome: ACCEPTED };
  }
  const signedOut: World = {
    ...world,
    session: { ...world.session, signedInAccount: null, signOnCourt: null, courtSessions: {}, pendingLink: null },
  };
  return { world: pushAddress(signedOut, csoLogoutUrl()), outcome: { ...ACCEPTED, mistake: leftWithoutLinking(world, court) } };
}

/**
 * Leaving a NextGen court's CM/ECF with the filer's own CM/ECF account there
 * still unlinked, after linking in another court: the filer took the other
 * court's link to cover this one (FIDELITY 1.10, "linking is per court").
 */
function leftWithoutLinking(world: World, court: Court): MistakeCode | null {
  const account = signedInAccount(world);
  if (!account || hasFilingRights(world, court.id)) return null;
  if (ownUnlinkedAccounts(world, court.id, account).length === 0) return null;
  return linkedElsewhere(world, court.id, account) ? 'link-assumed-to-cover-other-courts' : null;
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
    case 'phone/qr-scanned':
    case 'phone/key-entered':
    case 'phone/messages-opened':
      return applyPhoneEvent(world, event);
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
  const applied = settleAfterEvent(clocked, dispatch(clocked, event));
  const keepNotice = event.type === 'trainee/hint-requested' || event.type === 'mail/opened';
  return { world: keepNotice ? applied.world : withNotice(applied.world, applied.outcome), outcome: applied.outcome };
}
