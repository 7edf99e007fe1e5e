import type { PacerUserType } from '../../world';

/**
 * PACER registration's own part of the world: the registration being filled
 * in, the letters the PACER Service Center has still to post, and the
 * counters that make new account numbers and codes deterministic.
 */

/** Which "Register for an Account" choice the registration started from (FIDELITY 1.1). */
export const REGISTRATION_TYPES = ['case-search', 'attorney-filers', 'non-attorney-filers', 'administrative'] as const;
export type RegistrationType = (typeof REGISTRATION_TYPES)[number];

export function isRegistrationType(value: string | null): value is RegistrationType {
  return value !== null && (REGISTRATION_TYPES as readonly string[]).includes(value);
}

/** The wizard's screens after Account Information, in order (seed 002, steps 5-17). */
export type RegistrationStep = 'possible-duplicate' | 'validation' | 'security' | 'payment' | 'policies' | 'complete';

/** What Account Information collected (no secrets: passwords never enter the draft). */
export interface RegistrantDetails {
  prefix: string;
  firstName: string;
  middleName: string;
  lastName: string;
  generation: string;
  dateOfBirth: string;
  firm: string;
  unit: string;
  address: string;
  room: string;
  city: string;
  state: string;
  county: string;
  zip: string;
  country: string;
  primaryPhone: string;
  email: string;
  userType: PacerUserType;
  agencyCode: string;
  division: string;
  district: string;
  cjaPanel: boolean;
}

export interface RegistrationDraft {
  type: RegistrationType;
  step: RegistrationStep;
  details: RegistrantDetails;
  /** The token e-mailed for this registration (the latest one if it was sent again). */
  validationToken: string;
  tokensSent: number;
  username: string;
  /** Salted digest of the chosen password; filled by the Security screen. */
  passwordDigest: string;
  securityQuestions: { question: string; answer: string }[];
  /** Last four digits of the card the trainee gave, or null when they skipped payment. */
  cardLastFour: string | null;
  /**
   * Why the registration will be held with Case Search Status Inactive
   * rather than opened: it matched an existing account on name, date of
   * birth and e-mail, or used a "+" alias e-mail (FIDELITY 1.2).
   */
  hold: 'duplicate' | 'email-alias' | null;
}

/** An activation-code letter the PACER Service Center posts for an account registered without a card. */
export interface ActivationLetter {
  accountNumber: string;
  code: string;
  /** When it reaches the trainee's mailbox (YYYY-MM-DDTHH:mm:ss). */
  dueAt: string;
  delivered: boolean;
}

/** Who the scenario says the registrant is: the user type and filing path the court's steps call for. */
export interface Registrant {
  userType: 'individual' | 'federal-government' | 'state-government';
  /** Whether the person will e-file, and as what: an attorney, a non-attorney (filing agent, creditor), or not at all. */
  files: 'attorney' | 'non-attorney' | 'no';
}

/** A registration the trainee submitted: what it asked for (no secrets), for objectives and the results screen. */
export interface CompletedRegistration {
  accountNumber: string;
  type: RegistrationType;
  details: RegistrantDetails;
  cardLastFour: string | null;
  hold: RegistrationDraft['hold'];
  submittedAt: string;
}

export interface RegistrationState {
  draft: RegistrationDraft | null;
  /** The last registration completed in this browser session, for the thank-you screen. */
  completedAccount: string | null;
  registrations: CompletedRegistration[];
  letters: ActivationLetter[];
  /** Account number the next registration receives (skipping numbers already in use). */
  nextAccountNumber: number;
  registrant: Registrant | null;
}

/** Worlds saved before registration existed have no state of their own: they start from this. */
export function registrationState(world: { registration?: RegistrationState }): RegistrationState {
  return world.registration ?? initialRegistrationState(null);
}

export const FIRST_NEW_ACCOUNT_NUMBER = 5_208_311;

export function initialRegistrationState(registrant: Registrant | null): RegistrationState {
  return {
    draft: null,
    completedAccount: null,
    registrations: [],
    letters: [],
    nextAccountNumber: FIRST_NEW_ACCOUNT_NUMBER,
    registrant,
  };
}
