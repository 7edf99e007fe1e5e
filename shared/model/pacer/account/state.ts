import type { PacerAccount, World } from '../../world';

/**
 * Manage My Account's own part of the world.
 *
 * The Manage My Account login (pacer.psc.uscourts.gov/pscof/login.jsf) keeps
 * its own sign-in, apart from central sign-on (`session.signedInAccount`):
 * in the seeds' era they were two separate login forms, each asking for the
 * same PACER username and password. Logging in to one does not log in to the
 * other, and logging out of one leaves the other as it was.
 */

/** One step of the legacy upgrade wizard (FIDELITY 1.4): Person, Address, Security, then the result. */
export type UpgradeStep = 'person' | 'address' | 'security' | 'complete';

/** What the Person and Address tabs collected; kept until Security submits the upgrade. */
export interface UpgradeDraft {
  accountNumber: string;
  step: UpgradeStep;
  person: {
    firstName: string;
    middleName: string;
    lastName: string;
    dateOfBirth: string;
    userType: string;
    email: string;
  } | null;
  address: PacerAddress | null;
}

/** The address and phone rows of a PACER account (Update Address Information; the upgrade's Address tab). */
export interface PacerAddress {
  firm: string;
  address: string;
  room: string;
  city: string;
  state: string;
  county: string;
  zip: string;
  country: string;
  primaryPhone: string;
}

/** A "Reset PACER Password" link e-mailed by Forgot Your Password?; it works once. */
export interface PasswordResetToken {
  token: string;
  accountNumber: string;
  issuedAt: string;
  used: boolean;
}

/** A PAA's request that an existing account join it; the member accepts it in View All My Requests. */
export interface PaaInvitation {
  id: string;
  paaAccountNumber: string;
  memberAccountNumber: string;
  remark: string;
  sentAt: string;
  status: 'pending' | 'accepted' | 'declined' | 'rescinded' | 'removed';
}

/** A payment made with Make One-Time PACER Fee Payment. */
export interface OneTimePayment {
  receipt: string;
  accountNumber: string;
  /** Amount in cents. */
  amountCents: number;
  paidWith: string;
  paidAt: string;
}

/** Update E-Filer Email Noticing and Frequency. */
export interface EfilerNoticing {
  primaryEmail: string;
  secondaryEmails: string;
  frequency: 'each-filing' | 'daily-summary';
  format: 'html' | 'text';
}

export interface SecurityAnswer {
  question: string;
  /** Salted digest of the lower-cased answer: answers recover an account, like a password. */
  answerDigest: string;
}

export type PasswordChangeRoute = 'change-password' | 'reset-link' | 'login-prompt';

/**
 * A login whose password was accepted but which stops at the 180-day
 * password prompt; `resume` is where it goes once the password is changed
 * or the prompt skipped.
 */
export interface PasswordPrompt {
  accountNumber: string;
  resume: { to: 'manage-my-account'; username: string } | { to: 'central-sign-on'; courtId: string | null };
}

export interface ManageAccountState {
  /** Account number signed in to Manage My Account, if any. */
  signedIn: string | null;
  /** Every successful Manage My Account login, with the username typed: objectives read it. */
  logins: { accountNumber: string; username: string; at: string }[];
  upgrade: UpgradeDraft | null;
  resetTokens: PasswordResetToken[];
  paaInvitations: PaaInvitation[];
  payments: OneTimePayment[];
  efilerNoticing: Record<string, EfilerNoticing>;
  securityAnswers: Record<string, SecurityAnswer[]>;
  /** Accounts whose password was changed (Change Password, a reset link or the login's 180-day prompt): objectives read it. */
  passwordChanges: { accountNumber: string; at: string; via: PasswordChangeRoute }[];
  /** A login waiting at the 180-day password prompt (password-prompt.ts); absent in worlds stored before it existed. */
  passwordPrompt?: PasswordPrompt | null;
  /** Makes tokens, receipts and invitation ids deterministic. */
  counter: number;
}

export function initialManageAccountState(): ManageAccountState {
  return {
    signedIn: null,
    logins: [],
    upgrade: null,
    resetTokens: [],
    paaInvitations: [],
    payments: [],
    efilerNoticing: {},
    securityAnswers: {},
    passwordChanges: [],
    counter: 0,
  };
}

/** This part's state; worlds stored before it existed read as the initial state. */
export function accountState(world: World): ManageAccountState {
  return world.manageAccount ?? initialManageAccountState();
}

export function withAccountState(world: World, change: Partial<ManageAccountState>): World {
  return { ...world, manageAccount: { ...accountState(world), ...change } };
}

/** The PACER account logged in to Manage My Account, or null (pages under /pscof/manage/ read this). */
export function mmaSignedInAccount(world: World): PacerAccount | null {
  const number = accountState(world).signedIn;
  return number !== null && Object.hasOwn(world.pacerAccounts, number) ? (world.pacerAccounts[number] ?? null) : null;
}
