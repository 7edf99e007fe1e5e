import type { CaseFilingState } from './cmecf/case-filing/state';
import type { CourtSideState } from './cmecf/court-state';
import type { CurrentGenPasswordState } from './cmecf/currentgen-password/state';
import type { ReinstatementSettings, ReinstatementState } from './cmecf/reinstatement/state';
import type { EcfMaintenanceState } from './cmecf/maintenance/state';
import type { MailTemplate } from './mail-templates';
import type { AdmissionsState, EfileRequestType } from './pacer/admissions/state';
import type { RegistrationState } from './pacer/registration/state';
import type { StoredPayment } from './pacer/account/payments';
import type { ManageAccountState, PacerAddress } from './pacer/account/state';
import type { PacerTransaction } from './pacer/account/usage';
import type { MfaState } from './pacer/mfa/state';
import type { PhoneState } from './phone/state';

/**
 * The simulated world of one attempt. Everything a screen shows is derived
 * from this value; it changes only through `apply` in reducer.ts.
 *
 * The world is plain, JSON-serialisable data: no classes, no functions, no
 * Dates, so it can be compared, snapshotted and replayed exactly.
 */

export type CourtType = 'district' | 'bankruptcy' | 'appellate';

export interface Court {
  id: string;
  /** Full name, e.g. "United States Bankruptcy Court for the Eastern District of Missouri". */
  name: string;
  /** Short district name used in link labels, e.g. "Eastern District of Missouri". */
  district: string;
  type: CourtType;
  /** NextGen go-live date (YYYY-MM-DD), or null for a court still on CurrentGen. */
  nextGenGoLive: string | null;
  /** Public website host, e.g. "www.moeb.uscourts.gov". */
  website: string;
  /** CM/ECF host, e.g. "ecf.moeb.uscourts.gov". */
  ecfHost: string;
  /** The court as it appears in e-mail notices, e.g. "MISSOURI EASTERN BANKRUPTCY COURT". */
  noticeName: string;
  /** Time-zone label used in notices, e.g. "CST". */
  timeZone: string;
  // How courts differ in the way in (seed 000 at moeb, seed 002 at mow). Optional so that
  // courts stored before these fields existed still load; read them through the helpers
  // below, which supply the moeb-style defaults.
  /** Label of the website's entry into CM/ECF: "E-Filing (CM/ECF)" (moeb) or "District CM/ECF" (mow). */
  websiteEfilingLabel?: string;
  /** Label of the link into the filing system, e.g. "Western District of Missouri-Document Filing System". */
  filingSystemLabel?: string | null;
  /**
   * Where that link is: on the court website's E-Filing page before login
   * (moeb), or on a landing page shown after the login and redaction notice (mow).
   */
  filingSystemLinkPlacement?: FilingSystemLinkPlacement;
  /**
   * What the court accepts through Manage My Account > Attorney Admissions/E-File
   * Registration (FIDELITY 1.5 B, "set depends on court"); absent, the defaults
   * of its court type (pacer/admissions/court-options.ts).
   */
  efileRequestTypes?: EfileRequestType[];
  /** Attorney reinstatement at this court (seed 002): the fee and the case the event is filed in; absent, the defaults of cmecf/reinstatement/state.ts. */
  reinstatement?: ReinstatementSettings;
}

export type FilingSystemLinkPlacement = 'court-website' | 'after-login';

export const DEFAULT_WEBSITE_EFILING_LABEL = 'E-Filing (CM/ECF)';

export function websiteEfilingLabel(court: Court): string {
  return court.websiteEfilingLabel ?? DEFAULT_WEBSITE_EFILING_LABEL;
}

/** The filing-system link's label; by default "<district> Filing System", as at moeb. */
export function filingSystemLabel(court: Court): string {
  return court.filingSystemLabel ?? `${court.district} Filing System`;
}

/** Whether the filing-system link follows the login (a landing page) rather than preceding it. */
export function filingSystemLinkAfterLogin(court: Court): boolean {
  return court.filingSystemLinkPlacement === 'after-login';
}

export type PacerAccountKind = 'legacy' | 'upgraded';
export type PacerUserType = 'individual' | 'firm' | 'federal-government' | 'state-government' | 'commercial';
export type CaseSearchStatus = 'active' | 'inactive' | 'awaiting-activation';

export interface PacerAccount {
  accountNumber: string;
  username: string;
  /** Salted digest; clear-text passwords never enter the world. */
  passwordDigest: string;
  kind: PacerAccountKind;
  userType: PacerUserType;
  /** The name PACER shows: a person's name, or a firm's name for a shared account. */
  name: string;
  firm: string | null;
  email: string;
  caseSearchStatus: CaseSearchStatus;
  /** Usernames retired by an upgrade: they no longer log in. */
  retiredUsernames: string[];
  /** Date of birth (YYYY-MM-DD), permanent to the account; registration's duplicate check compares it. */
  dateOfBirth?: string | null;
  /**
   * A PACER Administrative Account (PAA): billing and management of a firm's
   * accounts only, no case search and no e-filing (seed 003). Registered
   * through Register for an Account > PACER Administrative Account.
   */
  administrative?: boolean;
  /** The PACER Administrative Account this account has joined (billed through it), if any (FIDELITY 1.6). */
  paaAccountNumber?: string | null;
  /** Address and phone rows (Update Address Information, the upgrade's Address tab). */
  address?: PacerAddress | null;
  /** Payments ▸ Manage My Stored Payment Information: type and last four digits only, never a full number. */
  storedPayments?: StoredPayment[];
  /** Billable searches the Usage tab lists (given by the scenario). */
  transactions?: PacerTransaction[];
  /**
   * Today's rules (FIDELITY 8): the day the password was last set
   * (YYYY-MM-DD). Null or absent: recently, so no change is due.
   */
  passwordChangedOn?: string | null;
  /** Times the login's 180-day password prompt was skipped since the password was last set (three are allowed). */
  passwordPromptSkips?: number;
}

export type EcfRole = 'attorney' | 'trustee' | 'limited-filer' | 'non-attorney' | 'filing-agent';

export interface EcfAccount {
  id: string;
  courtId: string;
  login: string;
  passwordDigest: string;
  name: string;
  role: EcfRole;
  /** Account number of the PACER account this CM/ECF account is linked to. */
  linkedPacerAccount: string | null;
  primaryEmail: string;
  secondaryEmails: string[];
  standing: 'active' | 'needs-reinstatement';
  /** Where and how the court sends notices (Maintain Your ECF Account ▸ Email Information); absent means the defaults. */
  notices?: NoticeSettings;
  /** Filing agents an attorney or trustee has linked to this account, with their permissions (seed 002, "Filing Agents"). */
  filingAgents?: FilingAgentLink[];
  /**
   * The court's system cannot link this account (seed 004: "If the linking
   * process failed, please try again … If the linking process still does not
   * work …"): every Submit on the verify screen fails. Absent: links normally.
   */
  linkFails?: boolean;
  /** The attorney's bar number on the court's record; the reinstatement event checks what is typed against it. */
  barNumber?: string | null;
}

export type NoticeFrequency = 'each-filing' | 'daily-summary';
export type NoticeFormat = 'html' | 'text';

export interface NoticeSettings {
  toPrimary: boolean;
  /** "To the Secondary Addresses" (seed 002, "Adding Additional Email Accounts in CM/ECF", step 6). */
  toSecondary: boolean;
  frequency: NoticeFrequency;
  format: NoticeFormat;
}

export interface FilingAgentLink {
  /** The filing agent's own CM/ECF account at the same court. */
  ecfAccountId: string;
  /** "Update Filing Agent Permissions": may the agent pay filing fees online for the principal. */
  internetPayment: boolean;
}

export interface MailItem {
  id: string;
  kind: 'email' | 'letter';
  /** Which notice this is; objectives refer to it. */
  template: MailTemplate;
  to: string;
  from: string;
  subject: string;
  /** Simulated time it arrived (YYYY-MM-DDTHH:mm:ss). */
  receivedAt: string;
  /** Ordered label/value rows of the notice body, as the real e-mail lists them. */
  fields: { label: string; value: string }[];
  intro: string;
  read: boolean;
  /** A link the message carries (e.g. "Pay Admission Fee"): following it opens the address in the simulated browser. */
  link?: { label: string; address: string };
}

export interface CourtRequest {
  transactionId: string;
  accountNumber: string;
  courtId: string;
  request: 'Link';
  status: 'Processed';
  submittedAt: string;
}

/** A CM/ECF session at one court, opened through central sign-on. */
export interface CourtSession {
  courtId: string;
  redactionAcknowledged: boolean;
  /**
   * Whether the menu bar shows the filing menus. It is refreshed from the
   * link state only on a menu click, a reload or a new login, as the courts
   * say ("if you click on any menu item on top bar, all menu items ... will
   * become available").
   */
  filingMenusShown: boolean;
}

export interface PendingLink {
  courtId: string;
  ecfAccountId: string;
}

export interface Session {
  /** Addresses visited in the simulated browser, and where we are in them. */
  history: string[];
  historyIndex: number;
  /** PACER account signed in through central sign-on, if any. */
  signedInAccount: string | null;
  /** The court whose filing system the sign-on was started from. */
  signOnCourt: string | null;
  courtSessions: Record<string, CourtSession>;
  pendingLink: PendingLink | null;
  /** The message the current page shows after a refused action (the real system's error text). */
  notice: { tone: 'error' | 'info'; text: string } | null;
}

export interface World {
  scenarioId: string;
  /** Simulated wall clock (YYYY-MM-DDTHH:mm:ss); it moves only by events. */
  clock: string;
  courts: Record<string, Court>;
  pacerAccounts: Record<string, PacerAccount>;
  ecfAccounts: Record<string, EcfAccount>;
  requests: CourtRequest[];
  mailbox: MailItem[];
  session: Session;
  /** The trainee's own e-mail address: where notices arrive. */
  traineeEmail: string;
  /** Next transaction id the court's system will assign. */
  nextTransactionId: number;
  /** Password salt of this attempt (from its first event). */
  salt: string;
  mode: AttemptMode;
  /** Maintain Your ECF Account: changes not yet submitted, and whom each filing agent files for (cmecf/maintenance/state.ts). */
  ecfMaintenance?: EcfMaintenanceState;
  /** Whose rules apply (password rules, MFA): the scenario's era. Absent in older worlds: the seeds' era. */
  era?: Era;
  /** PACER registration's own state: the registration in progress, letters due, counters (pacer/registration/state.ts). */
  registration?: RegistrationState;
  /** Manage My Account's own state: its sign-in, the upgrade in progress, reset links, PAA invitations (pacer/account/state.ts). */
  manageAccount?: ManageAccountState;
  /** Admissions and e-file registration requests and the forms being filled in (pacer/admissions/state.ts). */
  admissions?: AdmissionsState;
  /** The court side beyond NextGen linking: CurrentGen logins, failed link attempts (cmecf/court-state.ts). */
  courtSide?: CourtSideState;
  /** "Forgot Your Password" at CurrentGen courts: reset links e-mailed and passwords set (cmecf/currentgen-password/state.ts). */
  currentGenPassword?: CurrentGenPasswordState;
  /** Attorney reinstatement filings, their court fees and the overnight status update (cmecf/reinstatement/state.ts). */
  reinstatement?: ReinstatementState;
  /** The court's civil cases, the filing being entered and the filings made (cmecf/case-filing/state.ts). */
  caseFiling?: CaseFilingState;
  /** Multifactor authentication (2025 era): enrolments, the sign-on waiting for its code, the enrolment in progress (pacer/mfa/state.ts). */
  mfa?: MfaState;
  /** The trainee's simulated phone and its authenticator app (phone/state.ts). */
  phone?: PhoneState;
}

export type Era = '2018-2022' | '2025';

export type AttemptMode = 'practice' | 'assess' | 'watch';

export function currentUrl(world: World): string | null {
  return world.session.history[world.session.historyIndex] ?? null;
}

/**
 * The scenario's court with this id, or null. Court ids arrive in events and
 * addresses typed by the trainee, so only the world's own courts count
 * ("constructor" or "__proto__" are not courts).
 */
export function courtById(world: World, id: string | null): Court | null {
  return id !== null && Object.hasOwn(world.courts, id) ? (world.courts[id] ?? null) : null;
}

export function signedInAccount(world: World): PacerAccount | null {
  const number = world.session.signedInAccount;
  return number ? (world.pacerAccounts[number] ?? null) : null;
}

export function isNextGenLive(court: Court, clock: string): boolean {
  return court.nextGenGoLive !== null && clock.slice(0, 10) >= court.nextGenGoLive;
}

export function ecfAccountLinkedTo(world: World, courtId: string, accountNumber: string): EcfAccount | null {
  return (
    Object.values(world.ecfAccounts).find(
      (account) => account.courtId === courtId && account.linkedPacerAccount === accountNumber,
    ) ?? null
  );
}

/** A PACER account may file only if it is an individual, upgraded account. */
export function canFile(account: PacerAccount): boolean {
  return account.kind === 'upgraded' && account.userType !== 'firm';
}
