import {
  CMECF_PATHS,
  CSO_HOST,
  CSO_LOGIN_PATH,
  CSO_LOGOUT_PATH,
  courtByEcfHost,
  courtByWebsite,
  parseAddress,
  type ParsedAddress,
} from './addresses';
import type { MenuName } from './events';
import { MENU_NAMES } from './events';
import { CASE_FILING_PAGE_KINDS, caseFilingPageAt, type CaseFilingPage } from './cmecf/case-filing/pages';
import { failedLinkCount } from './cmecf/court-state';
import { appellatePageAt, COURT_SIDE_PAGE_KINDS, currentGenPageAt, type CourtSidePage } from './cmecf/court-pages';
import {
  CURRENTGEN_PASSWORD_PAGE_KINDS,
  currentGenPasswordPageAt,
  type CurrentGenPasswordPage,
} from './cmecf/currentgen-password/pages';
import { ECF_MAINTENANCE_PAGE_KINDS, ecfMaintenancePageAt, type EcfMaintenancePage } from './cmecf/maintenance/pages';
import { courtFeePageAt, REINSTATEMENT_PAGE_KINDS, reinstatementPageAt, type ReinstatementPage } from './cmecf/reinstatement/pages';
import { menuBar, utilitiesGroup } from './menus';
import { outsideSimulation } from './moved-pages';
import { ACCOUNT_PAGE_KINDS, accountPageAt, type AccountPage } from './pacer/account/pages';
import { passwordUpdatePageAt } from './pacer/account/password-prompt';
import { ADMISSION_PAGE_KINDS, admissionPageAt, type AdmissionPage } from './pacer/admissions/pages';
import { isPacerInfoHost, PSC_HOST } from './pacer/hosts';
import { REGISTRATION_PAGE_KINDS, registrationPageAt, type RegistrationPage } from './pacer/registration/pages';
import { MFA_PAGE_KINDS, mfaPageAt, type MfaPage } from './pacer/mfa/pages';
import { courtById, currentUrl, ecfAccountLinkedTo, filingSystemLinkAfterLogin, type World } from './world';

/**
 * Which screen the simulated browser shows. It is a pure function of the
 * world: the address on top of the history plus the session (signed in or
 * not, redaction notice acknowledged or not, a link waiting for Submit).
 */
export type Page =
  | { kind: 'blank' }
  /** `outside`: what the page is, when the address is a real one this simulator deliberately does not draw. */
  | { kind: 'not-found'; address: string; outside?: string }
  | { kind: 'court-home'; courtId: string }
  | { kind: 'court-efiling'; courtId: string }
  | { kind: 'pacer-login'; courtId: string | null }
  | { kind: 'pacer-signed-in' }
  | { kind: 'pacer-logged-out' }
  | { kind: 'redaction-notice'; courtId: string }
  /** After login at a court whose filing-system link follows the sign-on (seed 002, step 5). */
  | { kind: 'ecf-landing'; courtId: string }
  | { kind: 'cmecf-main'; courtId: string }
  /** `group`: the one Utilities group the page opened into (Your Account), if any. */
  | { kind: 'cmecf-menu'; courtId: string; menu: MenuName; group?: string }
  | CourtSidePage
  | CurrentGenPasswordPage
  | { kind: 'cmecf-link-credentials'; courtId: string }
  | { kind: 'cmecf-link-verify'; courtId: string; ecfAccountId: string }
  | { kind: 'cmecf-link-done'; courtId: string; ecfAccountId: string }
  | RegistrationPage
  | AccountPage
  | AdmissionPage
  | EcfMaintenancePage
  | ReinstatementPage
  | CaseFilingPage
  | MfaPage;

export type PageKind = Page['kind'];

export const COURT_WEBSITE_PATHS = { home: '/', efiling: '/e-filing-cmecf' } as const;

function isMenuName(value: string | null): value is MenuName {
  return value !== null && (MENU_NAMES as readonly string[]).includes(value);
}

export function pageAt(world: World, address: string | null): Page {
  if (address === null) return { kind: 'blank' };
  const parsed = parseAddress(address);
  if (!parsed) return { kind: 'not-found', address };
  const page = simulatedPageAt(world, address, parsed);
  const outside = page.kind === 'not-found' ? outsideSimulation(parsed) : null;
  return outside ? { kind: 'not-found', address, outside: outside.title } : page;
}

function simulatedPageAt(world: World, address: string, parsed: ParsedAddress): Page {

  const mfa = mfaPageAt(world, parsed);
  if (mfa) return mfa;
  if (parsed.host === CSO_HOST) {
    if (parsed.path === CSO_LOGOUT_PATH) return { kind: 'pacer-logged-out' };
    const prompt = passwordUpdatePageAt(world, parsed);
    if (prompt) return prompt;
    if (parsed.path !== CSO_LOGIN_PATH) return { kind: 'not-found', address };
    const court = courtById(world, parsed.query.get('court'));
    if (world.session.signedInAccount === null) return { kind: 'pacer-login', courtId: court?.id ?? null };
    if (court && world.session.courtSessions[court.id]?.redactionAcknowledged === false) {
      return { kind: 'redaction-notice', courtId: court.id };
    }
    return { kind: 'pacer-signed-in' };
  }

  if (isPacerInfoHost(parsed.host) || parsed.host === PSC_HOST) {
    return (
      registrationPageAt(world, parsed) ??
      accountPageAt(world, parsed) ??
      admissionPageAt(world, parsed) ??
      (parsed.host === PSC_HOST ? courtFeePageAt(world, parsed) : null) ?? { kind: 'not-found', address }
    );
  }

  const websiteCourt = courtByWebsite(world, parsed.host);
  if (websiteCourt) {
    if (parsed.path === COURT_WEBSITE_PATHS.home) return { kind: 'court-home', courtId: websiteCourt.id };
    if (parsed.path === COURT_WEBSITE_PATHS.efiling) return { kind: 'court-efiling', courtId: websiteCourt.id };
    return { kind: 'not-found', address };
  }

  const ecfCourt = courtByEcfHost(world, parsed.host);
  if (ecfCourt) {
    const courtId = ecfCourt.id;
    const currentGen = currentGenPasswordPageAt(world, courtId, parsed) ?? currentGenPageAt(world, courtId, parsed);
    if (currentGen) return currentGen;
    const courtSession = world.session.courtSessions[courtId];
    if (world.session.signedInAccount === null || !courtSession) return { kind: 'pacer-login', courtId };
    if (!courtSession.redactionAcknowledged) return { kind: 'redaction-notice', courtId };
    return (
      appellatePageAt(world, courtId, parsed) ??
      ecfMaintenancePageAt(world, courtId, parsed) ??
      reinstatementPageAt(world, courtId, parsed) ??
      caseFilingPageAt(world, courtId, parsed) ??
      cmecfPage(world, courtId, parsed)
    );
  }

  return { kind: 'not-found', address };
}

function cmecfPage(world: World, courtId: string, parsed: ParsedAddress): Page {
  const court = courtById(world, courtId);
  const { path } = parsed;
  const step = parsed.query.get('step') ?? parsed.query.get('menu');
  switch (path) {
    case '/':
      if (court && filingSystemLinkAfterLogin(court)) return { kind: 'ecf-landing', courtId };
      return { kind: 'cmecf-main', courtId };
    case CMECF_PATHS.main:
      return { kind: 'cmecf-main', courtId };
    case CMECF_PATHS.menu:
      // A menu the bar does not offer (a filing menu before linking, or another court type's) is not there to open.
      return isMenuName(step) && menuBar(world, courtId).includes(step)
        ? menuPage(world, courtId, step, parsed.query.get('group'))
        : { kind: 'cmecf-main', courtId };
    case CMECF_PATHS.link: {
      const pending = world.session.pendingLink;
      if (step === 'verify' && pending?.courtId === courtId) {
        return { kind: 'cmecf-link-verify', courtId, ecfAccountId: pending.ecfAccountId };
      }
      if (step === 'failed' && pending?.courtId === courtId && failedLinkCount(world, pending.ecfAccountId) > 0) {
        return { kind: 'cmecf-link-failed', courtId, ecfAccountId: pending.ecfAccountId };
      }
      const signedIn = world.session.signedInAccount;
      const linked = signedIn ? ecfAccountLinkedTo(world, courtId, signedIn) : null;
      if (step === 'done' && linked) return { kind: 'cmecf-link-done', courtId, ecfAccountId: linked.id };
      return { kind: 'cmecf-link-credentials', courtId };
    }
    default:
      return { kind: 'not-found', address: `https://${court?.ecfHost ?? ''}${path}` };
  }
}

/** A menu's page, opened into one of its groups when the address names one. */
function menuPage(world: World, courtId: string, menu: MenuName, group: string | null): Extract<Page, { kind: 'cmecf-menu' }> {
  const opened = utilitiesGroup(world, courtId, menu, group);
  return opened === null ? { kind: 'cmecf-menu', courtId, menu } : { kind: 'cmecf-menu', courtId, menu, group: opened };
}

export function currentPage(world: World): Page {
  return pageAt(world, currentUrl(world));
}

/** Court whose CM/ECF (or sign-on for it) the page belongs to, if any. */
export function pageCourtId(page: Page): string | null {
  return 'courtId' in page ? page.courtId : null;
}

function hasKind<K extends string>(kinds: readonly K[], page: Page): boolean {
  return (kinds as readonly string[]).includes(page.kind);
}

export function isRegistrationPage(page: Page): page is RegistrationPage {
  return hasKind(REGISTRATION_PAGE_KINDS, page);
}
export function isAccountPage(page: Page): page is AccountPage {
  return hasKind(ACCOUNT_PAGE_KINDS, page);
}
export function isAdmissionPage(page: Page): page is AdmissionPage {
  return hasKind(ADMISSION_PAGE_KINDS, page);
}
export function isEcfMaintenancePage(page: Page): page is EcfMaintenancePage {
  return hasKind(ECF_MAINTENANCE_PAGE_KINDS, page);
}
export function isCourtSidePage(page: Page): page is CourtSidePage {
  return hasKind(COURT_SIDE_PAGE_KINDS, page);
}
export function isCurrentGenPasswordPage(page: Page): page is CurrentGenPasswordPage {
  return hasKind(CURRENTGEN_PASSWORD_PAGE_KINDS, page);
}
export function isReinstatementPage(page: Page): page is ReinstatementPage {
  return hasKind(REINSTATEMENT_PAGE_KINDS, page);
}
export function isCaseFilingPage(page: Page): page is CaseFilingPage {
  return hasKind(CASE_FILING_PAGE_KINDS, page);
}
export function isMfaPage(page: Page): page is MfaPage {
  return hasKind(MFA_PAGE_KINDS, page);
}
