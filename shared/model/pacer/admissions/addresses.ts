import { PACER_ENTRY, pscUrl } from '../hosts';
import type { EfilePath } from './state';

/**
 * Addresses of the admissions screens under Manage My Account. Each path is
 * one wizard; `step` says which screen of it, as the real JSF pages keep
 * the step on the server (here: the draft in the world).
 */

export const EFILE_PATHS = {
  attorney: '/pscof/manage/efile/attorney.jsf',
  'non-attorney': '/pscof/manage/efile/non-attorney.jsf',
  fee: '/pscof/manage/efile/fee.jsf',
} as const;

export type AttorneyStep = 'type' | 'admission' | 'registration' | 'payment' | 'acknowledge' | 'confirmation';
export type NonAttorneyStep = 'payment' | 'acknowledge' | 'confirmation';

export function attorneyStepUrl(step: AttorneyStep | null, transactionId?: string): string {
  if (step === null) return PACER_ENTRY.attorneyAdmissions;
  return pscUrl(EFILE_PATHS.attorney, `step=${step}${transactionId ? `&request=${transactionId}` : ''}`);
}

export function nonAttorneyStepUrl(step: NonAttorneyStep | null, transactionId?: string): string {
  if (step === null) return PACER_ENTRY.nonAttorneyEfile;
  return pscUrl(EFILE_PATHS['non-attorney'], `step=${step}${transactionId ? `&request=${transactionId}` : ''}`);
}

export function stepUrl(path: EfilePath, step: 'payment' | 'acknowledge' | 'confirmation', transactionId?: string): string {
  return path === 'attorney' ? attorneyStepUrl(step, transactionId) : nonAttorneyStepUrl(step, transactionId);
}

/** The fee payment screen the court's e-mail links to (seed 002: "a link to pay the admission fee online"). */
export function feePaymentUrl(transactionId: string): string {
  return pscUrl(EFILE_PATHS.fee, `request=${transactionId}`);
}

export function feeReceiptUrl(transactionId: string): string {
  return pscUrl(EFILE_PATHS.fee, `request=${transactionId}&step=receipt`);
}
