import type { ParsedAddress } from '../../addresses';
import type { World } from '../../world';
import { PSC_HOST } from '../hosts';
import { EFILE_PATHS } from './addresses';
import { manageAccountSignedIn } from './session';
import { draftOf, requestByTransaction, type EfilePath } from './state';

/**
 * Pages of Attorney Admissions / E-File Registration and Non-Attorney
 * E-File Registration (Manage My Account ▸ Maintenance), and the admission
 * fee payment the court's e-mail links to. A step the draft has not reached
 * shows the first screen of its path, as a stale bookmark would.
 */
export type AdmissionPage =
  | { kind: 'admission-sign-in-required' }
  /** Screen A: Court Type and Court. */
  | { kind: 'admission-court' }
  /** Screen B: "What would you like to apply/register for?" */
  | { kind: 'admission-request-type'; courtId: string }
  /** Screen C: the five admission sections. */
  | { kind: 'admission-sections'; courtId: string }
  /** Screen D: E-File Registration (Role in Court). */
  | { kind: 'admission-efile'; courtId: string }
  /** Non-Attorney E-File Registration: court and Role in Court on one screen (seed 002, Non-Attorney Filers step 6). */
  | { kind: 'admission-non-attorney' }
  /** Screen E: default payment information, optional. */
  | { kind: 'admission-payment-defaults'; path: EfilePath; courtId: string }
  /** Screen F: the acknowledgments, then Submit. */
  | { kind: 'admission-acknowledgments'; path: EfilePath; courtId: string }
  /** Screen G: the request has been submitted. */
  | { kind: 'admission-confirmation'; path: EfilePath; transactionId: string }
  | { kind: 'admission-fee-payment'; transactionId: string }
  | { kind: 'admission-fee-receipt'; transactionId: string };

export const ADMISSION_PAGE_KINDS = [
  'admission-sign-in-required',
  'admission-court',
  'admission-request-type',
  'admission-sections',
  'admission-efile',
  'admission-non-attorney',
  'admission-payment-defaults',
  'admission-acknowledgments',
  'admission-confirmation',
  'admission-fee-payment',
  'admission-fee-receipt',
] as const satisfies readonly AdmissionPage['kind'][];

export function admissionPageAt(world: World, address: ParsedAddress): AdmissionPage | null {
  if (address.host !== PSC_HOST) return null;
  const path = Object.values(EFILE_PATHS) as string[];
  if (!path.includes(address.path)) return null;
  const account = manageAccountSignedIn(world);
  if (!account) return { kind: 'admission-sign-in-required' };
  const step = address.query.get('step');
  const transactionId = address.query.get('request');

  if (address.path === EFILE_PATHS.fee) {
    const request = requestByTransaction(world, transactionId);
    if (!request || request.accountNumber !== account.accountNumber || request.requestType !== 'admission') return null;
    if (step === 'receipt' && request.feePaidAt !== null) return { kind: 'admission-fee-receipt', transactionId: request.transactionId };
    return { kind: 'admission-fee-payment', transactionId: request.transactionId };
  }

  const efilePath: EfilePath = address.path === EFILE_PATHS.attorney ? 'attorney' : 'non-attorney';
  if (step === 'confirmation') {
    const request = requestByTransaction(world, transactionId);
    if (request && request.accountNumber === account.accountNumber && request.path === efilePath) {
      return { kind: 'admission-confirmation', path: efilePath, transactionId: request.transactionId };
    }
  }
  const first: AdmissionPage = efilePath === 'attorney' ? { kind: 'admission-court' } : { kind: 'admission-non-attorney' };
  const draft = draftOf(world, efilePath);
  if (!draft || draft.accountNumber !== account.accountNumber || draft.courtId === null) return first;
  const courtId = draft.courtId;

  if (efilePath === 'attorney') {
    if (step === 'type') return { kind: 'admission-request-type', courtId };
    if (draft.requestType === null) return first;
    if (step === 'admission' && draft.requestType === 'admission') return { kind: 'admission-sections', courtId };
    const registrationReached = draft.requestType !== 'admission' || draft.sectionsDone;
    if (step === 'registration' && registrationReached) return { kind: 'admission-efile', courtId };
  }
  if (draft.efile === null) return first;
  if (step === 'payment') return { kind: 'admission-payment-defaults', path: efilePath, courtId };
  if (step === 'acknowledge' && draft.paymentDefaultsDone) return { kind: 'admission-acknowledgments', path: efilePath, courtId };
  return first;
}
