import { isCardNumber } from '../../card-numbers';

export { isCardNumber } from '../../card-numbers';
import { field, ticked, type FormDefinition, type FormSubmission } from '../../form-kit';
import { currentPage } from '../../pages';
import { NOT_ON_THIS_PAGE, pushAddress, refused, type Applied } from '../../transitions';
import { courtById, type PacerAccount, type World } from '../../world';
import { feeReceiptUrl } from './addresses';
import { feeReceiptNotice } from './mail-templates';
import { grantRequest, withMail } from './processing';
import { administrativeAccountOf, manageAccountSignedIn, storedPaymentMethods } from './session';
import { replaceRequest, requestByTransaction, type EfileRequest } from './state';

/**
 * Paying the admission fee online through the link in the court's e-mail
 * (seed 002: "you must pay the admission fee online"): a stored payment
 * method or a card entered now. The firm's PAA card cannot pay it (seed 003).
 */

export const FEE_MESSAGES = {
  method: 'Select a payment method.',
  paa: 'A PACER Administrative Account’s payment method can pay PACER search fees only. Pay the admission fee with a card in your own account.',
  cardholder: 'Name on Card is required.',
  cardNumber: 'Enter a valid Card Number.',
  expiration: 'Enter the card’s Expiration Date.',
  expired: 'The card has expired. Use another card.',
  authorize: 'Check the box to authorize the charge.',
  tooLong: 'Name on Card is at most 120 characters.',
} as const;

/** The admission fee can be paid only while the court says it is due (after approval, before payment). */
export function feeDue(request: EfileRequest): boolean {
  return request.status === 'fee-due';
}

const storedChoice = (id: string) => `stored:${id}`;

export interface FeePaymentChoice {
  value: string;
  label: string;
}

/**
 * What Select a Payment Method lists, and which is chosen to begin with:
 * the stored methods (the admissions-fee default, fee type A, chosen), the
 * firm's PAA when the account has joined one (listed as on the real site,
 * though it cannot pay this fee: seed 003), and a new card (chosen when
 * nothing is stored).
 */
export function feePaymentChoices(world: World, account: PacerAccount): { choices: FeePaymentChoice[]; initial: string } {
  const stored = storedPaymentMethods(account);
  const paa = administrativeAccountOf(world, account);
  const admissionsDefault = stored.find((candidate) => candidate.feeTypes.includes('A'));
  const choices = [
    ...stored.map((candidate) => ({
      value: storedChoice(candidate.id),
      label: `${candidate.label}${candidate.feeTypes.includes('A') ? ' (admissions fees default)' : ''}`,
    })),
    ...(paa ? [{ value: 'paa', label: `Bill to the PACER Administrative Account of ${paa.name}` }] : []),
    { value: 'new', label: 'Enter a new credit card' },
  ];
  const initial = admissionsDefault ? storedChoice(admissionsDefault.id) : stored.length > 0 ? '' : 'new';
  return { choices, initial };
}

type Payment = { ok: true; paidWith: string } | { ok: false; message: string; paa: boolean };

function readPayment(world: World, submission: FormSubmission): Payment {
  const account = manageAccountSignedIn(world);
  const method = field(submission, 'paymentMethod');
  if (!account || !method) return { ok: false, message: FEE_MESSAGES.method, paa: false };
  if (method === 'paa') {
    return administrativeAccountOf(world, account)
      ? { ok: false, message: FEE_MESSAGES.paa, paa: true }
      : { ok: false, message: FEE_MESSAGES.method, paa: false };
  }
  if (method.startsWith('stored:')) {
    const stored = storedPaymentMethods(account).find((candidate) => storedChoice(candidate.id) === method);
    return stored ? { ok: true, paidWith: stored.label } : { ok: false, message: FEE_MESSAGES.method, paa: false };
  }
  if (method !== 'new') return { ok: false, message: FEE_MESSAGES.method, paa: false };
  const name = field(submission, 'cardholderName');
  if (!name) return { ok: false, message: FEE_MESSAGES.cardholder, paa: false };
  if (name.length > 120) return { ok: false, message: FEE_MESSAGES.tooLong, paa: false };
  const digits = field(submission, 'cardNumber').replace(/[\s-]/g, '');
  if (!isCardNumber(digits)) return { ok: false, message: FEE_MESSAGES.cardNumber, paa: false };
  const month = Number(field(submission, 'expirationMonth'));
  const year = Number(field(submission, 'expirationYear'));
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(year) || year < 1900) {
    return { ok: false, message: FEE_MESSAGES.expiration, paa: false };
  }
  const [nowYear = 0, nowMonth = 0] = world.clock.split('-').map(Number);
  if (year < nowYear || (year === nowYear && month < nowMonth)) return { ok: false, message: FEE_MESSAGES.expired, paa: false };
  return { ok: true, paidWith: `Card ending ${digits.slice(-4)}` };
}

function payFee(world: World, submission: FormSubmission): Applied {
  const page = currentPage(world);
  const account = manageAccountSignedIn(world);
  const request = page.kind === 'admission-fee-payment' ? requestByTransaction(world, page.transactionId) : null;
  const court = courtById(world, request?.courtId ?? null);
  if (!account || !request || !court || request.accountNumber !== account.accountNumber) return { world, outcome: refused(NOT_ON_THIS_PAGE) };
  if (!feeDue(request)) return { world, outcome: refused(NOT_ON_THIS_PAGE) };
  const payment = readPayment(world, submission);
  if (!payment.ok) return { world, outcome: refused(payment.message, payment.paa ? 'paa-card-for-admission-fee' : null) };
  if (!ticked(submission, 'authorize')) return { world, outcome: refused(FEE_MESSAGES.authorize) };

  const receipt = `ADM-${request.transactionId}`;
  const paid = { ...request, feePaidAt: world.clock, feeReceipt: receipt };
  const receiptMail = feeReceiptNotice(
    { id: `mail-${world.mailbox.length + 1}`, to: world.traineeEmail, account, court, request: paid, at: world.clock },
    receipt,
    payment.paidWith,
  );
  const recorded = withMail(replaceRequest(world, paid), receiptMail);
  const granted = grantRequest(recorded, paid, world.clock);
  return { world: pushAddress(granted, feeReceiptUrl(request.transactionId)), outcome: { status: 'accepted', mistake: null, message: null } };
}

export const FEE_FORMS: Record<string, FormDefinition> = {
  'pacer/efile/admission-fee': {
    title: 'Pay Admission Fee',
    pages: ['admission-fee-payment'],
    handle: payFee,
    describe: (submission) => {
      const method = field(submission, 'paymentMethod');
      const how = method === 'new' ? 'a new card' : method === 'paa' ? 'the PACER Administrative Account' : method ? 'a stored payment method' : 'no payment method';
      return `Paid the admission fee with ${how}`;
    },
  },
};
