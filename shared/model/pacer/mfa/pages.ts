import { CSO_HOST, type ParsedAddress } from '../../addresses';
import type { World } from '../../world';
import { accountState } from '../account/state';
import { PSC_HOST, pscUrl } from '../hosts';
import { isEnrolled, mfaAccount, mfaState, SKIPS_ALLOWED, unusedBackupCodes, type EnrolmentStep } from './state';

/**
 * The MFA screens. Their addresses are not documented publicly [I]: the
 * sign-on's screen is on the central sign-on host, beside its login page
 * (FIDELITY 1.7.4, `mfaForm:mfaInput`); enrolment and Manage MFA Settings
 * are in Manage My Account (FIDELITY 8, "Where").
 */
export const MFA_PATHS = {
  signOn: '/csologin/mfa.jsf',
  enrol: '/pscof/manage/mfa/enroll.jsf',
  settings: '/pscof/manage/mfa/settings.jsf',
} as const;

export type MfaSignOnStage = 'prompt' | 'update-required' | 'code';

export type MfaPage =
  /** After the password: the enrolment pop-up, "User Update Required", or the one-time code. */
  | { kind: 'mfa-sign-on'; accountNumber: string; stage: MfaSignOnStage; skipsLeft: number }
  | { kind: 'mfa-enrol'; accountNumber: string; step: EnrolmentStep }
  | { kind: 'mfa-settings'; accountNumber: string };

export const MFA_PAGE_KINDS = ['mfa-sign-on', 'mfa-enrol', 'mfa-settings'] as const satisfies readonly MfaPage['kind'][];

export function mfaSignOnUrl(courtId: string | null): string {
  return `https://${CSO_HOST}${MFA_PATHS.signOn}${courtId ? `?court=${courtId}` : ''}`;
}

export function mfaEnrolUrl(): string {
  return pscUrl(MFA_PATHS.enrol);
}

export function mfaSettingsUrl(): string {
  return pscUrl(MFA_PATHS.settings);
}

/** The sign-on's MFA screen, or null when no sign-on waits for it (the address then shows the login page). */
export function mfaSignOnPage(world: World): Extract<MfaPage, { kind: 'mfa-sign-on' }> | null {
  const pending = mfaState(world).pending;
  if (!pending) return null;
  const account = mfaAccount(world, pending.accountNumber);
  const skipsLeft = Math.max(0, SKIPS_ALLOWED - account.skipsUsed);
  const usable = account.apps.length > 0 || unusedBackupCodes(account) > 0;
  if (isEnrolled(account) && usable) return { kind: 'mfa-sign-on', accountNumber: pending.accountNumber, stage: 'code', skipsLeft };
  return { kind: 'mfa-sign-on', accountNumber: pending.accountNumber, stage: skipsLeft > 0 ? 'prompt' : 'update-required', skipsLeft };
}

/** The MFA page at an address of the central sign-on or PACER Service Center host, if the address is one of them. */
export function mfaPageAt(world: World, address: ParsedAddress): MfaPage | { kind: 'pacer-login'; courtId: null } | { kind: 'mma-login'; form: true } | null {
  if (address.host === CSO_HOST && address.path === MFA_PATHS.signOn) return mfaSignOnPage(world) ?? { kind: 'pacer-login', courtId: null };
  if (address.host !== PSC_HOST) return null;
  if (address.path === MFA_PATHS.enrol) {
    const enrolment = mfaState(world).enrolment;
    if (enrolment) return { kind: 'mfa-enrol', accountNumber: enrolment.accountNumber, step: enrolment.step };
  } else if (address.path !== MFA_PATHS.settings) {
    return null;
  }
  const signedIn = accountState(world).signedIn;
  if (signedIn === null || !world.pacerAccounts[signedIn]) return { kind: 'mma-login', form: true };
  return { kind: 'mfa-settings', accountNumber: signedIn };
}
