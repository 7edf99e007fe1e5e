import type { ModelPart } from '../../form-kit';

/** PACER registration (pacer.psc.uscourts.gov/pscof/registration): account types, Account Information, validation token, credentials, payment, policies; the mailed activation code. */
export const REGISTRATION: ModelPart = { forms: {} };
