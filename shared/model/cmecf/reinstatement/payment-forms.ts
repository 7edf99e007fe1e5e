import { z } from 'zod';
import { shorterThan } from '../../credentials';
import { field, readFields, secret, ticked, type FormDefinition, type FormSubmission } from '../../form-kit';
import { ACCEPTED, type Applied } from '../../transitions';
import type { World } from '../../world';
import { advance, draftContext, nextMailId, notOnThisPage, refuse } from './context';
import { feeReceiptMail } from './notices';
import { courtFeeUrl, reinstatementStepUrl } from './pages';
import { cardDigits, cardExpired, cardTypeOf, describePayment, passesLuhn, type StoredPayment } from '../../pacer/account/payments';
import {
  formatFee,
  receiptNumberFor,
  reinstatementOf,
  reinstatementSettings,
  withReinstatement,
  type CourtFeePayment,
  type PaymentMethodUsed,
} from './state';

/**
 * PACER's payment screens for the reinstatement fee (seed 002, "Attorney
 * Reinstatement", steps 14-19): the PACER login, Select a Payment Method,
 * and the review with Court Specific information, Email Receipts and the
 * Authorization. The fee is charged once, on Submit.
 */

export const PAYMENT_MESSAGES = {
  invalidLogin: 'Invalid username or password.',
  usernameTooShort: 'Username must be at least 6 characters.',
  passwordTooShort: 'Password must be at least 8 characters.',
  administrativeAccount:
    'This is a PACER Administrative Account. PACER Administrative Accounts cannot be used to pay individual attorney court fees; log in with your own PACER account.',
  otherAccount: 'Log in with the PACER account you are filing with: the fee is paid from the filer’s own account.',
  selectMethod: 'Select a payment method.',
  holderRequired: 'Name on Card is required.',
  holderTooLong: 'Name on Card must be at most 100 characters.',
  cardRequired: 'Card Number is required.',
  cardInvalid: 'Card Number is not a valid card number.',
  expiryRequired: 'Expiration Date is required.',
  expired: 'The card has expired. Use a card that is still valid.',
  securityCode: 'Security Code must be 3 or 4 digits.',
  zip: 'Billing ZIP Code must be 5 digits.',
  attorneyNameRequired: 'Attorney Name is required under Court Specific Information.',
  attorneyNameTooLong: 'Attorney Name must be at most 100 characters.',
  emailInvalid: 'Email Address must be a valid e-mail address.',
  ccInvalid: 'Additional Email Address must be a valid e-mail address.',
  emailMismatch: 'Email Address and Confirm Email Address do not match.',
  authorizationRequired: 'Read the Authorization and check the box before you click Submit.',
  alreadyPaid: (receipt: string) => `This payment has already been submitted (receipt number ${receipt}). You have not been charged again.`,
} as const;

function logInToPay(world: World, submission: FormSubmission): Applied {
  const context = draftContext(world);
  if (!context) return notOnThisPage(world);
  const username = field(submission, 'username');
  const password = secret(submission, 'password');
  if (username.length < 6) return refuse(world, PAYMENT_MESSAGES.usernameTooShort, 'pacer-credentials-invalid');
  if (!password || shorterThan(password, 8)) return refuse(world, PAYMENT_MESSAGES.passwordTooShort, 'pacer-credentials-invalid');
  const sameName = (candidate: string) => candidate.toLowerCase() === username.toLowerCase();
  const accounts = Object.values(world.pacerAccounts);
  const account = accounts.find((candidate) => sameName(candidate.username));
  if (!account || account.passwordDigest !== password.digest) {
    const retired = accounts.some((candidate) => candidate.retiredUsernames.some(sameName));
    return refuse(world, PAYMENT_MESSAGES.invalidLogin, retired ? 'legacy-credentials-used' : 'pacer-credentials-invalid');
  }
  if (account.administrative) return refuse(world, PAYMENT_MESSAGES.administrativeAccount, 'paa-pays-court-fee');
  if (account.accountNumber !== world.session.signedInAccount) return refuse(world, PAYMENT_MESSAGES.otherAccount);
  return {
    world: advance(world, context.draft, 'pay-method', courtFeeUrl(context.court, 'method'), { payer: account.accountNumber }),
    outcome: ACCEPTED,
  };
}

/** The option value of "Select a Payment Method" for a card typed for this payment. */
export const NEW_CARD = 'new-card';
/** The option value of a stored payment method. */
export function storedOption(id: string): string {
  return `stored:${id}`;
}

/** The payer's stored payment methods (Manage My Account ▸ Payments), the A (admissions/renewal) default first. */
export function storedPaymentsOf(world: World, accountNumber: string | null): StoredPayment[] {
  const account = accountNumber ? world.pacerAccounts[accountNumber] : undefined;
  const stored = account?.storedPayments ?? [];
  return [...stored].sort((a, b) => Number(b.feeTypes.includes('A')) - Number(a.feeTypes.includes('A')));
}

const newCardSchema = z.object({
  cardHolder: z.string().min(1, PAYMENT_MESSAGES.holderRequired).max(100, PAYMENT_MESSAGES.holderTooLong),
  cardNumber: z
    .string()
    .min(1, PAYMENT_MESSAGES.cardRequired)
    .max(40, PAYMENT_MESSAGES.cardInvalid)
    .refine((typed) => passesLuhn(cardDigits(typed)) && cardTypeOf(cardDigits(typed)) !== null, PAYMENT_MESSAGES.cardInvalid),
  expirationMonth: z.string().regex(/^(0[1-9]|1[0-2])$/, PAYMENT_MESSAGES.expiryRequired),
  expirationYear: z.string().regex(/^\d{4}$/, PAYMENT_MESSAGES.expiryRequired),
  billingZip: z.string().regex(/^\d{5}(-\d{4})?$/, PAYMENT_MESSAGES.zip),
});

function typedCard(world: World, submission: FormSubmission): { ok: true; method: PaymentMethodUsed } | { ok: false; message: string } {
  const read = readFields(newCardSchema, submission);
  if (!read.ok) return read;
  const card = read.value;
  if (cardExpired(`${card.expirationYear}-${card.expirationMonth}`, world.clock)) return { ok: false, message: PAYMENT_MESSAGES.expired };
  const code = secret(submission, 'securityCode');
  if (!code || !code.securityCodeShape) return { ok: false, message: PAYMENT_MESSAGES.securityCode };
  const digits = cardDigits(card.cardNumber);
  return { ok: true, method: { description: `${cardTypeOf(digits) ?? 'Card'} ending in ${digits.slice(-4)}`, holder: card.cardHolder, storedPaymentId: null } };
}

function selectPaymentMethod(world: World, submission: FormSubmission): Applied {
  const context = draftContext(world);
  if (!context) return notOnThisPage(world);
  const choice = field(submission, 'method');
  let method: PaymentMethodUsed;
  if (choice === NEW_CARD) {
    const card = typedCard(world, submission);
    if (!card.ok) return refuse(world, card.message);
    method = card.method;
  } else {
    const stored = storedPaymentsOf(world, context.draft.payer).find((payment) => storedOption(payment.id) === choice);
    if (!stored) return refuse(world, PAYMENT_MESSAGES.selectMethod);
    if (stored.expires !== null && cardExpired(stored.expires, world.clock)) return refuse(world, PAYMENT_MESSAGES.expired);
    method = { description: describePayment(stored), holder: stored.holderName, storedPaymentId: stored.id };
  }
  return {
    world: advance(world, context.draft, 'pay-review', courtFeeUrl(context.court, 'review'), { method }),
    outcome: ACCEPTED,
  };
}

const reviewSchema = z
  .object({
    courtAttorneyName: z.string().min(1, PAYMENT_MESSAGES.attorneyNameRequired).max(100, PAYMENT_MESSAGES.attorneyNameTooLong),
    email: z.email(PAYMENT_MESSAGES.emailInvalid).max(254, PAYMENT_MESSAGES.emailInvalid),
    confirmEmail: z.string().max(254, PAYMENT_MESSAGES.emailMismatch),
    ccEmail: z.union([z.literal(''), z.email(PAYMENT_MESSAGES.ccInvalid).max(254, PAYMENT_MESSAGES.ccInvalid)]).default(''),
  })
  .refine((value) => value.email.toLowerCase() === value.confirmEmail.toLowerCase(), PAYMENT_MESSAGES.emailMismatch);

/** Step 19: Submit charges the fee once and sends the filer back to the filing system. */
function submitPayment(world: World, submission: FormSubmission): Applied {
  const context = draftContext(world);
  if (!context) return notOnThisPage(world);
  const { court, draft } = context;
  if (draft.receiptNumber) return refuse(world, PAYMENT_MESSAGES.alreadyPaid(draft.receiptNumber));
  if (!draft.payer || !draft.method) return notOnThisPage(world);
  const read = readFields(reviewSchema, submission);
  if (!read.ok) return refuse(world, read.message);
  if (!ticked(submission, 'authorize')) return refuse(world, PAYMENT_MESSAGES.authorizationRequired, 'payment-not-authorized');

  const state = reinstatementOf(world);
  const settings = reinstatementSettings(court);
  const payment: CourtFeePayment = {
    receiptNumber: receiptNumberFor(court, state.nextReceiptNumber),
    courtId: court.id,
    accountNumber: draft.payer,
    amountCents: settings.feeCents,
    description: `Attorney reinstatement fee (${read.value.courtAttorneyName})`,
    method: draft.method,
    paidAt: world.clock,
    receiptEmail: read.value.email,
  };
  const charged = withReinstatement(world, { payments: [...state.payments, payment], nextReceiptNumber: state.nextReceiptNumber + 1 });
  const mailed: World = { ...charged, mailbox: [...charged.mailbox, feeReceiptMail(nextMailId(charged), court, payment)] };
  return {
    world: advance(mailed, draft, 'returned', reinstatementStepUrl(court, 'returned'), { receiptNumber: payment.receiptNumber }),
    outcome: ACCEPTED,
  };
}

export const PAYMENT_FORMS = {
  'pacer/court-fee/login': {
    title: 'PACER Login (payment)',
    pages: ['pacer-fee-login'],
    handle: logInToPay,
    describe: (submission) => `Logged in to PACER's payment screens as "${field(submission, 'username').slice(0, 64)}"`,
  },
  'pacer/court-fee/method': {
    title: 'Select a Payment Method',
    pages: ['pacer-fee-method'],
    handle: selectPaymentMethod,
    describe: (submission, worldBefore) => {
      const choice = field(submission, 'method');
      if (choice === NEW_CARD) {
        const digits = cardDigits(field(submission, 'cardNumber'));
        return digits.length >= 4 ? `Entered a credit card ending in ${digits.slice(-4)} and clicked Next` : 'Chose a new credit card and clicked Next';
      }
      const payer = reinstatementOf(worldBefore).draft?.payer ?? null;
      const stored = storedPaymentsOf(worldBefore, payer).find((payment) => storedOption(payment.id) === choice);
      return stored ? `Chose the stored ${describePayment(stored)} and clicked Next` : 'Clicked Next on Select a Payment Method with no payment method';
    },
  },
  'pacer/court-fee/review': {
    title: 'Payment Details',
    pages: ['pacer-fee-review'],
    handle: submitPayment,
    describe: (submission, worldBefore) => {
      const fee = reinstatementOf(worldBefore).draft ? formatFee(feeOf(worldBefore)) : 'the fee';
      return ticked(submission, 'authorize')
        ? `Checked the Authorization box and submitted the payment of ${fee}`
        : `Clicked Submit on the payment of ${fee} without checking the Authorization box`;
    },
  },
} satisfies Record<string, FormDefinition>;

function feeOf(world: World): number {
  const draft = reinstatementOf(world).draft;
  const court = draft ? world.courts[draft.courtId] : undefined;
  return court ? reinstatementSettings(court).feeCents : 0;
}
