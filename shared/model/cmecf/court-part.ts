import { z } from 'zod';
import { cmecfHomeUrl, ecfUrl } from '../addresses';
import { isBlank } from '../credentials';
import { field, readFields, secret, ticked, type FormSubmission, type ModelPart } from '../form-kit';
import type { MistakeCode } from '../mistakes';
import { ACCEPTED, pushAddress, refused, onPage, type Applied } from '../transitions';
import { courtById, ecfAccountLinkedTo, signedInAccount, type Court, type World } from '../world';
import { courtSideOf, withCourtSide } from './court-state';
import { completeLink, LINK_MESSAGES, linkMistake, recordFailedLink } from './link-core';

/**
 * The court side beyond the district/bankruptcy link screens:
 * - a CurrentGen court's own CM/ECF login (court-issued login and password);
 * - the appellate "Link my filer account to my PACER account" screen.
 * Both are posted forms (form-kit.ts); the district/bankruptcy link flow
 * keeps its own events in reducer.ts.
 */

export const COURT_SIDE_FORMS = {
  currentGenLogin: 'cmecf/currentgen-login',
  appellateLink: 'cmecf/appellate-link',
} as const;

/** Field names as the pages post them. */
export const COURT_SIDE_FIELDS = {
  login: 'login',
  password: 'password',
  clientCode: 'clientCode',
  redaction: 'redaction',
} as const;

export const COURT_SIDE_MESSAGES = {
  passwordRequired: 'Password is required.',
  redactionRequired: 'You must check the box to acknowledge the redaction notice before you log in.',
  /** A CurrentGen login page: court-issued credentials only, and they are case sensitive. */
  currentGenLoginFailed: 'Login failed: invalid login or password. CM/ECF logins and passwords are case sensitive.',
  filerLinkFailed: 'The filer account could not be linked: invalid filer username or password.',
  /** What the new landing page says once the filer account is linked. */
  filerLinked: 'Your filer account has been linked to your PACER account.',
} as const;

/** The login field, named as its page labels it ("Login", "Filer username"). */
const loginSchema = (label: string) =>
  z.object({
    [COURT_SIDE_FIELDS.login]: z.string().min(1, `${label} is required.`).max(64, `${label} must be at most 64 characters.`),
  });

function typedPacerCredentials(world: World, login: string, submission: FormSubmission): boolean {
  const password = secret(submission, COURT_SIDE_FIELDS.password);
  return Object.values(world.pacerAccounts).some(
    (account) => account.username.toLowerCase() === login.toLowerCase() && account.passwordDigest === password?.digest,
  );
}

/**
 * A CurrentGen court's login page (seed 004: "The CurrentGen CM/ECF system
 * requires two separate usernames and passwords"). The redaction notice is
 * part of the page; the court-issued login opens the court's CM/ECF.
 */
function logInToCurrentGen(world: World, submission: FormSubmission): Applied {
  const page = onPage(world, 'cmecf-currentgen-login');
  const court = page ? courtById(world, page.courtId) : null;
  if (!page || !court) return { world, outcome: refused(LINK_MESSAGES.notLive) };
  const fields = readFields(loginSchema('Login'), submission);
  if (!fields.ok) return { world, outcome: refused(fields.message) };
  const password = secret(submission, COURT_SIDE_FIELDS.password);
  if (!password || isBlank(password)) return { world, outcome: refused(COURT_SIDE_MESSAGES.passwordRequired) };
  if (!ticked(submission, COURT_SIDE_FIELDS.redaction)) {
    return { world, outcome: refused(COURT_SIDE_MESSAGES.redactionRequired, 'redaction-notice-skipped') };
  }

  const login = field(submission, COURT_SIDE_FIELDS.login);
  const ecf = Object.values(world.ecfAccounts).find((candidate) => candidate.courtId === court.id && candidate.login === login);
  if (!ecf || ecf.passwordDigest !== password.digest) {
    return { world, outcome: refused(COURT_SIDE_MESSAGES.currentGenLoginFailed, currentGenMistake(world, court, login, submission)) };
  }
  const loggedIn = withCourtSide(world, { currentGenLogins: { ...courtSideOf(world).currentGenLogins, [court.id]: ecf.id } });
  return { world: pushAddress(loggedIn, ecfUrl(court)), outcome: ACCEPTED };
}

/**
 * PACER credentials at a court not yet on NextGen. Before a scheduled go-live
 * that is what seed 003's letter warns of: until the upgrade the court files
 * with the CM/ECF login and password (cmecf/currentgen-password/mistakes.ts).
 */
function currentGenMistake(world: World, court: Court, login: string, submission: FormSubmission): MistakeCode {
  if (!typedPacerCredentials(world, login, submission)) return 'cmecf-credentials-invalid';
  return court.nextGenGoLive === null ? 'pacer-credentials-at-currentgen-login' : 'pacer-credentials-before-go-live';
}

/**
 * The appellate link (FIDELITY 1.11): the legacy appellate filer username and
 * password, then Submit; on success the new NextGen landing page appears.
 * There is no verify screen, which is why the courts say to log out of
 * PACER fully first: whoever is signed in gets linked.
 */
function linkAppellateFiler(world: World, submission: FormSubmission): Applied {
  const page = onPage(world, 'cmecf-appellate-link');
  const court = page ? courtById(world, page.courtId) : null;
  const account = signedInAccount(world);
  if (!page || !court || !account) return { world, outcome: refused(LINK_MESSAGES.notLive) };
  if (account.kind === 'legacy') return { world, outcome: refused(LINK_MESSAGES.legacyAccount, 'legacy-account-linked') };
  if (ecfAccountLinkedTo(world, court.id, account.accountNumber)) {
    return { world, outcome: refused(LINK_MESSAGES.pacerAlreadyLinked, 'account-already-linked') };
  }
  const fields = readFields(loginSchema('Filer username'), submission);
  if (!fields.ok) return { world, outcome: refused(fields.message) };
  const password = secret(submission, COURT_SIDE_FIELDS.password);
  if (!password || isBlank(password)) return { world, outcome: refused(COURT_SIDE_MESSAGES.passwordRequired) };

  const login = field(submission, COURT_SIDE_FIELDS.login);
  const atCourt = Object.values(world.ecfAccounts).filter((candidate) => candidate.courtId === court.id);
  const ecf = atCourt.find((candidate) => candidate.login === login);
  if (!ecf || ecf.passwordDigest !== password.digest) {
    const capitals = atCourt.some(
      (candidate) => candidate.login === login.toLowerCase() && login !== candidate.login && candidate.passwordDigest === password.digest,
    );
    const mistake: MistakeCode = capitals
      ? 'appellate-username-capitals'
      : typedPacerCredentials(world, login, submission)
        ? 'pacer-credentials-on-link-form'
        : 'cmecf-credentials-invalid';
    return { world, outcome: refused(COURT_SIDE_MESSAGES.filerLinkFailed, mistake) };
  }
  if (ecf.linkedPacerAccount !== null) return { world, outcome: refused(LINK_MESSAGES.ecfAlreadyLinked, 'account-already-linked') };
  if (ecf.linkFails === true) {
    const failed = recordFailedLink(world, ecf);
    return { world: failed.world, outcome: refused(failed.message) };
  }

  const linked = completeLink(world, court, account, ecf);
  // The new landing page is a fresh page load: it shows the filer's menus at once.
  const session = linked.session.courtSessions[court.id];
  const refreshed: World = session
    ? { ...linked, session: { ...linked.session, courtSessions: { ...linked.session.courtSessions, [court.id]: { ...session, filingMenusShown: true } } } }
    : linked;
  return {
    world: pushAddress(refreshed, cmecfHomeUrl(court)),
    outcome: { status: 'accepted', mistake: linkMistake(account, ecf), message: null },
  };
}

export const COURT_SIDE: ModelPart = {
  forms: {
    [COURT_SIDE_FORMS.currentGenLogin]: {
      title: 'CM/ECF Login',
      pages: ['cmecf-currentgen-login'],
      handle: logInToCurrentGen,
      describe: (submission, worldBefore) => {
        const page = onPage(worldBefore, 'cmecf-currentgen-login');
        const court = page ? courtById(worldBefore, page.courtId) : null;
        const accepted = logInToCurrentGen(worldBefore, submission).outcome.status === 'accepted';
        const where = court ? `the ${court.district} court’s own CM/ECF` : 'a court’s own CM/ECF';
        return `${accepted ? 'Logged in to' : 'Tried to log in to'} ${where} as "${field(submission, COURT_SIDE_FIELDS.login).slice(0, 64)}"`;
      },
    },
    [COURT_SIDE_FORMS.appellateLink]: {
      title: 'Link my filer account to my PACER account',
      pages: ['cmecf-appellate-link'],
      handle: linkAppellateFiler,
      describe: (submission) =>
        `Submitted appellate filer username "${field(submission, COURT_SIDE_FIELDS.login).slice(0, 64)}" to link it to the PACER account`,
    },
  },
};
