import type { ParsedAddress } from '../../addresses';
import type { World } from '../../world';
import { isPacerInfoHost, PSC_HOST, pacerUrl, pscUrl } from '../hosts';
import { isRegistrationType, type RegistrationStep, type RegistrationType } from './state';

/**
 * Addresses of the PACER information site's registration pages and of the
 * PACER Service Center's registration wizard. The home page, Register for
 * an Account and the Court CM/ECF Lookup are PACER_ENTRY in ../hosts.ts.
 */
export const REGISTRATION_TYPE_PATHS: Record<RegistrationType, string> = {
  'case-search': '/register-account/pacer-case-search-only',
  'attorney-filers': '/register-account/attorney-filers-cmecf',
  'non-attorney-filers': '/register-account/non-attorney-filers',
  administrative: '/register-account/pacer-administrative-account',
};

export const COURT_LOOKUP_PATH = '/file-case/court-cmecf-lookup';
/** Path of PACER_ENTRY.activate. */
export const ACTIVATION_PATH = '/pscof/manage/activate.jsf';

export const WIZARD_PATHS: Record<'account' | RegistrationStep, string> = {
  account: '/pscof/registration/account.jsf',
  'possible-duplicate': '/pscof/registration/duplicate.jsf',
  validation: '/pscof/registration/validate.jsf',
  security: '/pscof/registration/security.jsf',
  payment: '/pscof/registration/payment.jsf',
  policies: '/pscof/registration/policies.jsf',
  complete: '/pscof/registration/complete.jsf',
};

export function registrationTypeUrl(type: RegistrationType): string {
  return pacerUrl(REGISTRATION_TYPE_PATHS[type]);
}

/** The Account Information form, for the account type the trainee chose. */
export function registrationFormUrl(type: RegistrationType): string {
  return pscUrl(WIZARD_PATHS.account, `type=${type}`);
}

export function wizardUrl(step: RegistrationStep): string {
  return pscUrl(WIZARD_PATHS[step]);
}

export function activationDoneUrl(accountNumber: string): string {
  return pscUrl(ACTIVATION_PATH, `activated=${accountNumber}`);
}

export function courtDetailsUrl(courtId: string): string {
  return pacerUrl(COURT_LOOKUP_PATH, `court=${encodeURIComponent(courtId)}`);
}

/** Pages of the PACER information site (home, Register for an Account, Court CM/ECF Lookup) and of registration. */
export type RegistrationPage =
  | { kind: 'pacer-home' }
  | { kind: 'pacer-register-options' }
  | { kind: 'pacer-register-type'; registrationType: RegistrationType }
  | { kind: 'pacer-cmecf-lookup' }
  | { kind: 'pacer-court-details'; lookupCourt: string }
  | { kind: 'pacer-registration-account'; registrationType: RegistrationType }
  | { kind: 'pacer-registration-duplicate' }
  | { kind: 'pacer-registration-validation' }
  | { kind: 'pacer-registration-security' }
  | { kind: 'pacer-registration-payment' }
  | { kind: 'pacer-registration-policies' }
  | { kind: 'pacer-registration-complete'; accountNumber: string }
  /** `activatedAccount`: the account whose code was just accepted, shown as a confirmation. */
  | { kind: 'pacer-activation'; activatedAccount: string | null };

/** Every kind of RegistrationPage, so the site view can tell these pages apart. */
export const REGISTRATION_PAGE_KINDS = [
  'pacer-home',
  'pacer-register-options',
  'pacer-register-type',
  'pacer-cmecf-lookup',
  'pacer-court-details',
  'pacer-registration-account',
  'pacer-registration-duplicate',
  'pacer-registration-validation',
  'pacer-registration-security',
  'pacer-registration-payment',
  'pacer-registration-policies',
  'pacer-registration-complete',
  'pacer-activation',
] as const satisfies readonly RegistrationPage['kind'][];

const STEP_PAGES: Record<Exclude<RegistrationStep, 'complete'>, RegistrationPage> = {
  'possible-duplicate': { kind: 'pacer-registration-duplicate' },
  validation: { kind: 'pacer-registration-validation' },
  security: { kind: 'pacer-registration-security' },
  payment: { kind: 'pacer-registration-payment' },
  policies: { kind: 'pacer-registration-policies' },
};

function infoPage(world: World, address: ParsedAddress): RegistrationPage | null {
  const path = address.path.replace(/(.)\/$/, '$1');
  if (path === '/') return { kind: 'pacer-home' };
  if (path === '/register-account') return { kind: 'pacer-register-options' };
  const type = (Object.keys(REGISTRATION_TYPE_PATHS) as RegistrationType[]).find((key) => REGISTRATION_TYPE_PATHS[key] === path);
  if (type) return { kind: 'pacer-register-type', registrationType: type };
  if (path === COURT_LOOKUP_PATH) {
    const court = address.query.get('court');
    return court !== null && Object.hasOwn(world.courts, court) ? { kind: 'pacer-court-details', lookupCourt: court } : { kind: 'pacer-cmecf-lookup' };
  }
  return null;
}

/**
 * The wizard's screens. The server keeps the registration in progress, so
 * a step's address shows the step the registration is really at (an old
 * address from the browser's history cannot skip or repeat a step).
 */
function wizardPage(world: World, address: ParsedAddress): RegistrationPage | null {
  const state = world.registration;
  if (address.path === WIZARD_PATHS.account) {
    const type = address.query.get('type');
    return { kind: 'pacer-registration-account', registrationType: isRegistrationType(type) ? type : 'case-search' };
  }
  if (!(Object.values(WIZARD_PATHS) as string[]).includes(address.path)) return null;
  const draft = state?.draft ?? null;
  if (draft && draft.step !== 'complete') return STEP_PAGES[draft.step];
  if (state?.completedAccount) return { kind: 'pacer-registration-complete', accountNumber: state.completedAccount };
  return { kind: 'pacer-registration-account', registrationType: 'case-search' };
}

export function registrationPageAt(world: World, address: ParsedAddress): RegistrationPage | null {
  if (isPacerInfoHost(address.host)) return infoPage(world, address);
  if (address.host !== PSC_HOST) return null;
  if (address.path === ACTIVATION_PATH) {
    const activated = address.query.get('activated');
    const account = activated !== null && Object.hasOwn(world.pacerAccounts, activated) ? world.pacerAccounts[activated] : undefined;
    return { kind: 'pacer-activation', activatedAccount: account?.caseSearchStatus === 'active' ? account.accountNumber : null };
  }
  return wizardPage(world, address);
}
