import type { CourtSession, World } from '../../world';

/**
 * Multifactor authentication at PACER's central sign-on, in the 2025 era
 * (FIDELITY 8): per account, the authenticator apps and backup codes it is
 * enrolled with and how often it has skipped the enrolment prompt; the
 * sign-on waiting for its second factor; the enrolment in progress. The
 * 2018-2022 era never reaches any of this.
 */

export interface MfaApp {
  id: string;
  /** The name the filer gave it, e.g. "My phone". */
  name: string;
  /** Base32 setup key the app was given. */
  setupKey: string;
  addedAt: string;
}

export interface BackupCode {
  code: string;
  used: boolean;
}

export interface MfaAccountState {
  apps: MfaApp[];
  backupCodes: BackupCode[];
  /** Whether the filer confirmed saving the current backup codes. */
  backupCodesSaved: boolean;
  /** Times the login pop-up was skipped; after three, the login stops at "User Update Required". */
  skipsUsed: number;
  /** Whether the CM/ECF-level pop-up is shown to this account (filers are selected and prompted; PACER-only users are not). */
  prompted: boolean;
}

/** A sign-on whose password was accepted and that waits for its second factor (or for the pop-up's answer). */
export interface PendingSignOn {
  accountNumber: string;
  /** Where the sign-on leads once done: the court's CM/ECF (central sign-on) or Manage My Account. */
  target: 'court' | 'manage-account';
  courtId: string | null;
  /** The address the sign-on would have opened. */
  address: string;
  /** The court's CM/ECF session as the login opened it, restored when the sign-on goes through. */
  courtSessions: Record<string, CourtSession>;
}

export type EnrolmentStep = 'method' | 'email-code' | 'app-key' | 'backup-codes';

export interface Enrolment {
  accountNumber: string;
  step: EnrolmentStep;
  /** Which e-mailed security code this enrolment waits for (the count of codes sent to the account). */
  emailCodeNumber: number | null;
  /** The setup key shown on the app step. */
  setupKey: string | null;
  /** Where the enrolment returns: the sign-on it interrupted, or Manage MFA Settings. */
  returnTo: 'sign-on' | 'settings';
}

/** A sign-on completed with a second factor, kept for objectives. */
export interface MfaSignOn {
  accountNumber: string;
  method: 'authenticator-app' | 'backup-code';
  target: PendingSignOn['target'];
  courtId: string | null;
  at: string;
}

export interface MfaState {
  accounts: Record<string, MfaAccountState>;
  pending: PendingSignOn | null;
  enrolment: Enrolment | null;
  signOns: MfaSignOn[];
  /** Apps removed in Manage MFA Settings, with their names (a lost phone's app is removed this way). */
  removedApps: { accountNumber: string; name: string; at: string }[];
  /** Numbers handed out so far: app ids, e-mailed security codes, backup-code sets. */
  issued: number;
}

export const MAX_APPS = 5;
export const BACKUP_CODE_COUNT = 10;
export const SKIPS_ALLOWED = 3;

const EMPTY_STATE: MfaState = { accounts: {}, pending: null, enrolment: null, signOns: [], removedApps: [], issued: 0 };
const NOT_ENROLLED: MfaAccountState = { apps: [], backupCodes: [], backupCodesSaved: false, skipsUsed: 0, prompted: false };

export function mfaState(world: World): MfaState {
  return world.mfa ?? EMPTY_STATE;
}

export function withMfaState(world: World, change: Partial<MfaState>): World {
  return { ...world, mfa: { ...mfaState(world), ...change } };
}

export function mfaAccount(world: World, accountNumber: string): MfaAccountState {
  const state = mfaState(world).accounts;
  return (Object.hasOwn(state, accountNumber) ? state[accountNumber] : undefined) ?? NOT_ENROLLED;
}

export function withMfaAccount(world: World, accountNumber: string, change: Partial<MfaAccountState>): World {
  const state = mfaState(world);
  return withMfaState(world, { accounts: { ...state.accounts, [accountNumber]: { ...mfaAccount(world, accountNumber), ...change } } });
}

/** Enrolled: an authenticator app, or backup codes, stand behind the password. */
export function isEnrolled(account: MfaAccountState): boolean {
  return account.apps.length > 0 || account.backupCodes.length > 0;
}

export function unusedBackupCodes(account: MfaAccountState): number {
  return account.backupCodes.filter((code) => !code.used).length;
}

/** Whether today's rules apply: MFA exists only in the 2025 era. */
export function mfaInForce(world: World): boolean {
  return world.era === '2025';
}

/** Whether a sign-on of this account must stop for MFA: enrolled (the code), or prompted (the pop-up). */
export function signOnNeedsMfa(world: World, accountNumber: string): boolean {
  if (!mfaInForce(world)) return false;
  const account = mfaAccount(world, accountNumber);
  return isEnrolled(account) || account.prompted;
}
