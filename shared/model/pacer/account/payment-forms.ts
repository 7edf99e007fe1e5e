import { z } from 'zod';
import { field, readFields, ticked, type FormDefinition, type FormSubmission } from '../../form-kit';
import { currentPage } from '../../pages';
import { ACCEPTED, acceptedWith, pushAddress, type Applied } from '../../transitions';
import type { PacerAccount, World } from '../../world';
import { deliver, nextMailId, nextNumber, notOnThisPage, refuse, signedInForm, updateAccount } from './common';
import { paymentReceiptMail } from './mail';
import {
  cardDigits,
  cardExpired,
  cardTypeOf,
  CARD_TYPES,
  describePayment,
  FEE_TYPE_LABELS,
  formatDollars,
  isFeeType,
  isRoutingNumber,
  parseDollars,
  passesLuhn,
  type FeeType,
  type StoredPayment,
} from './payments';
import { isStateCode } from './places';
import { optionUrl } from './routes';
import { accountState, withAccountState } from './state';
import { balanceDueCents } from './usage';

/**
 * Payments (seed 002 "Saving Payment Information for PACER and E-Filing";
 * FIDELITY 1.3, 1.6): stored cards and bank accounts, the fee types each
 * pays (P PACER fees by Autobill, E e-filing fees, A admissions fees), the
 * Autobill acknowledgment, and a one-time PACER fee payment.
 */

export const PAYMENT_MESSAGES = {
  saved: 'Your payment information has been saved.',
  autobillAcknowledgment: 'You must check the box in the PACER Search Fees Auto Billing Acknowledgment before you can set Autobill PACER fees.',
  paaCourtFees:
    'A PACER Administrative Account can pay PACER fees only. Filing fees, admission fees and annual dues must be paid with a payment method stored in the attorney’s individual PACER account.',
  memberBilledToPaa: 'Your PACER fees are billed to your PACER Administrative Account; Autobill is set by the PAA.',
} as const;

function storedPage(world: World): World {
  return pushAddress(world, optionUrl('stored-payment'));
}

/** The stored-payment page (or one of its detail screens) for the signed-in account. */
function onStoredPayment(world: World, detail?: (value: string | null) => boolean): PacerAccount | null {
  const account = signedInForm(world);
  const page = currentPage(world);
  if (!account || page.kind !== 'mma-option' || page.option !== 'stored-payment') return null;
  if (detail && !detail(page.detail)) return null;
  return account;
}

/** The fee types ticked on an add form, or the refusal the rules call for. */
function chosenFeeTypes(world: World, account: PacerAccount, submission: FormSubmission): FeeType[] | Applied {
  const feeTypes = (['P', 'E', 'A'] as const).filter((type) => ticked(submission, `fee${type}`));
  return checkFeeTypes(world, account, feeTypes, ticked(submission, 'autobillAcknowledged')) ?? feeTypes;
}

function checkFeeTypes(world: World, account: PacerAccount, feeTypes: readonly FeeType[], acknowledged: boolean): Applied | null {
  if (account.administrative && (feeTypes.includes('E') || feeTypes.includes('A'))) {
    return refuse(world, PAYMENT_MESSAGES.paaCourtFees, 'paa-card-for-court-fees');
  }
  if (feeTypes.includes('P') && account.paaAccountNumber) return refuse(world, PAYMENT_MESSAGES.memberBilledToPaa);
  if (feeTypes.includes('P') && !acknowledged) return refuse(world, PAYMENT_MESSAGES.autobillAcknowledgment, 'autobill-not-acknowledged');
  return null;
}

/** Stores `payment`; the fee types it takes move off any other method (each fee type has one default). */
function store(world: World, account: PacerAccount, payment: StoredPayment): World {
  const others = (account.storedPayments ?? [])
    .filter((existing) => existing.id !== payment.id)
    .map((existing) => ({ ...existing, feeTypes: existing.feeTypes.filter((type) => !payment.feeTypes.includes(type)) }));
  const position = (account.storedPayments ?? []).findIndex((existing) => existing.id === payment.id);
  const storedPayments = position === -1 ? [...others, payment] : [...others.slice(0, position), payment, ...others.slice(position)];
  return updateAccount(world, account.accountNumber, { storedPayments });
}

const MAX_STORED = 10;
const text = (label: string, max: number) => z.string().max(max, `${label} must be at most ${max} characters.`);
const required = (label: string, max: number) => text(label, max).min(1, `${label} is required.`);

const cardSchema = z.object({
  holderName: required('Name on Card', 80),
  cardType: z.string().refine((value) => (CARD_TYPES as readonly string[]).includes(value), 'Card Type is required.'),
  cardNumber: required('Card Number', 30),
  expMonth: z.string().regex(/^(0[1-9]|1[0-2])$/, 'Expiration Month is required.'),
  expYear: z.string().regex(/^\d{4}$/, 'Expiration Year is required.'),
  securityCode: required('Security Code', 4).regex(/^\d{3,4}$/, 'Security Code must be 3 or 4 digits.'),
  address: required('Billing Address', 120),
  city: required('City', 60),
  state: z.string().min(1, 'State is required.').refine(isStateCode, 'Select a State from the list.'),
  zip: required('Zip Code', 10).regex(/^\d{5}(-\d{4})?$/, 'Enter a valid Zip Code, e.g. 64106.'),
});

function addCard(world: World, submission: FormSubmission): Applied {
  const account = onStoredPayment(world, (detail) => detail === 'add-card');
  if (!account) return notOnThisPage(world);
  if (submission.button === 'cancel') return { world: storedPage(world), outcome: ACCEPTED };
  const read = readFields(cardSchema, submission);
  if (!read.ok) return refuse(world, read.message);
  const digits = cardDigits(read.value.cardNumber);
  if (!/^\d{13,19}$/.test(digits) || !passesLuhn(digits)) return refuse(world, 'The Card Number is not valid. Check the number and try again.');
  const brand = cardTypeOf(digits);
  if (brand !== read.value.cardType) return refuse(world, 'The Card Number does not match the Card Type.');
  if (brand === 'American Express' ? read.value.securityCode.length !== 4 : read.value.securityCode.length !== 3) {
    return refuse(world, brand === 'American Express' ? 'Security Code must be 4 digits for American Express.' : 'Security Code must be 3 digits.');
  }
  const expires = `${read.value.expYear}-${read.value.expMonth}`;
  if (cardExpired(expires, world.clock)) return refuse(world, 'The card has expired. Check the Expiration Month and Year.');
  if (expires > `${Number(world.clock.slice(0, 4)) + 20}-12`) return refuse(world, 'Check the Expiration Year.');
  if ((account.storedPayments ?? []).length >= MAX_STORED) return refuse(world, `You can store at most ${MAX_STORED} payment methods.`);
  const feeTypes = chosenFeeTypes(world, account, submission);
  if (!Array.isArray(feeTypes)) return feeTypes;
  const [number, counted] = nextNumber(world);
  // Only the brand and the last four digits are kept; the full number and the security code are dropped here.
  const payment: StoredPayment = {
    id: `pm-${number}`,
    method: 'card',
    holderName: read.value.holderName,
    label: brand,
    lastFour: digits.slice(-4),
    expires,
    feeTypes,
  };
  return { world: storedPage(store(counted, account, payment)), outcome: acceptedWith(PAYMENT_MESSAGES.saved) };
}

const achSchema = z.object({
  holderName: required('Account Holder Name', 80),
  accountType: z.enum(['Checking', 'Savings'], 'Account Type is required.'),
  routingNumber: required('Routing Number', 9),
  bankAccountNumber: required('Bank Account Number', 17),
  confirmBankAccountNumber: required('Confirm Bank Account Number', 17),
});

function addAch(world: World, submission: FormSubmission): Applied {
  const account = onStoredPayment(world, (detail) => detail === 'add-ach');
  if (!account) return notOnThisPage(world);
  if (submission.button === 'cancel') return { world: storedPage(world), outcome: ACCEPTED };
  const read = readFields(achSchema, submission);
  if (!read.ok) return refuse(world, read.message);
  if (!isRoutingNumber(read.value.routingNumber)) return refuse(world, 'The Routing Number is not valid. It is the 9-digit number at the bottom left of a check.');
  if (!/^\d{4,17}$/.test(read.value.bankAccountNumber)) return refuse(world, 'Bank Account Number must be 4 to 17 digits.');
  if (read.value.bankAccountNumber !== read.value.confirmBankAccountNumber) return refuse(world, 'Bank Account Numbers do not match.');
  if ((account.storedPayments ?? []).length >= MAX_STORED) return refuse(world, `You can store at most ${MAX_STORED} payment methods.`);
  const feeTypes = chosenFeeTypes(world, account, submission);
  if (!Array.isArray(feeTypes)) return feeTypes;
  const [number, counted] = nextNumber(world);
  const payment: StoredPayment = {
    id: `pm-${number}`,
    method: 'ach',
    holderName: read.value.holderName,
    label: read.value.accountType,
    lastFour: read.value.bankAccountNumber.slice(-4),
    expires: null,
    feeTypes,
  };
  return { world: storedPage(store(counted, account, payment)), outcome: acceptedWith(PAYMENT_MESSAGES.saved) };
}

const updateSchema = z.object({
  holderName: required('Name on Card', 80),
  expMonth: z.string().regex(/^(0[1-9]|1[0-2])$/, 'Expiration Month is required.'),
  expYear: z.string().regex(/^\d{4}$/, 'Expiration Year is required.'),
});

function paymentOf(account: PacerAccount, id: string): StoredPayment | null {
  return (account.storedPayments ?? []).find((payment) => payment.id === id) ?? null;
}

function updateCard(world: World, submission: FormSubmission): Applied {
  const account = onStoredPayment(world, (detail) => detail !== null && detail.startsWith('update-'));
  if (!account) return notOnThisPage(world);
  if (submission.button === 'cancel') return { world: storedPage(world), outcome: ACCEPTED };
  const page = currentPage(world);
  const payment = page.kind === 'mma-option' ? paymentOf(account, (page.detail ?? '').slice('update-'.length)) : null;
  if (!payment) return refuse(world, 'That payment method is no longer stored.');
  if (payment.method === 'ach') {
    const holderName = field(submission, 'holderName');
    if (!holderName) return refuse(world, 'Account Holder Name is required.');
    if (holderName.length > 80) return refuse(world, 'Account Holder Name must be at most 80 characters.');
    return { world: storedPage(store(world, account, { ...payment, holderName })), outcome: acceptedWith(PAYMENT_MESSAGES.saved) };
  }
  const read = readFields(updateSchema, submission);
  if (!read.ok) return refuse(world, read.message);
  const expires = `${read.value.expYear}-${read.value.expMonth}`;
  if (cardExpired(expires, world.clock)) return refuse(world, 'The card has expired. Check the Expiration Month and Year.');
  return {
    world: storedPage(store(world, account, { ...payment, holderName: read.value.holderName, expires })),
    outcome: acceptedWith(PAYMENT_MESSAGES.saved),
  };
}

/** "Set Autobill PACER fees", "Set e-filing fees default", their "Turn Off" links, and Remove. */
function changeFeeType(world: World, submission: FormSubmission): Applied {
  const account = onStoredPayment(world, (detail) => detail === null);
  if (!account) return notOnThisPage(world);
  const payment = paymentOf(account, field(submission, 'paymentId'));
  if (!payment) return refuse(world, 'That payment method is no longer stored.');
  if (submission.button === 'remove') {
    const storedPayments = (account.storedPayments ?? []).filter((existing) => existing.id !== payment.id);
    return {
      world: updateAccount(world, account.accountNumber, { storedPayments }),
      outcome: acceptedWith(`${describePayment(payment)} has been removed.`),
    };
  }
  const feeType = field(submission, 'feeType');
  if (!isFeeType(feeType)) return refuse(world, 'Choose a fee type.');
  if (submission.button === 'turn-off') {
    return {
      world: store(world, account, { ...payment, feeTypes: payment.feeTypes.filter((type) => type !== feeType) }),
      outcome: acceptedWith(`${FEE_TYPE_LABELS[feeType]} has been turned off.`),
    };
  }
  if (submission.button !== 'set') return notOnThisPage(world);
  if (payment.method === 'card' && payment.expires && cardExpired(payment.expires, world.clock)) {
    return refuse(world, `${describePayment(payment)} has expired. Update the expiration date first.`);
  }
  const refusal = checkFeeTypes(world, account, [feeType], ticked(submission, 'autobillAcknowledged'));
  if (refusal) return refusal;
  const feeTypes = payment.feeTypes.includes(feeType) ? payment.feeTypes : [...payment.feeTypes, feeType];
  return {
    world: store(world, account, { ...payment, feeTypes }),
    outcome: acceptedWith(`${describePayment(payment)} is now set for ${FEE_TYPE_LABELS[feeType]}.`),
  };
}

function oneTimePayment(world: World, submission: FormSubmission): Applied {
  const account = signedInForm(world);
  const page = currentPage(world);
  if (!account || page.kind !== 'mma-option' || page.option !== 'one-time-payment') return notOnThisPage(world);
  if (account.paaAccountNumber) return refuse(world, 'Your PACER fees are billed to your PACER Administrative Account; the PAA pays them.');
  const due = balanceDueCents(world, account.accountNumber);
  if (due === 0) return refuse(world, 'You have no balance due.');
  const payment = paymentOf(account, field(submission, 'paymentId'));
  if (!payment) return refuse(world, 'Select a stored payment method.');
  if (payment.method === 'card' && payment.expires && cardExpired(payment.expires, world.clock)) {
    return refuse(world, `${describePayment(payment)} has expired. Update the expiration date first.`);
  }
  const amountText = field(submission, 'amount');
  if (!amountText) return refuse(world, 'Payment Amount is required.');
  const amount = parseDollars(amountText);
  if (amount === null) return refuse(world, 'Enter the Payment Amount in dollars and cents, e.g. 42.30.');
  if (amount === 0) return refuse(world, 'Payment Amount must be more than $0.00.');
  if (amount > due) return refuse(world, `Payment Amount cannot be more than the balance due (${formatDollars(due)}).`);
  const [number, counted] = nextNumber(world);
  const receipt = `PSC${String(number).padStart(8, '0')}`;
  const state = accountState(counted);
  const paid = withAccountState(counted, {
    payments: [
      ...state.payments,
      { receipt, accountNumber: account.accountNumber, amountCents: amount, paidWith: describePayment(payment), paidAt: world.clock },
    ],
  });
  const mail = paymentReceiptMail(nextMailId(paid), account, receipt, formatDollars(amount), describePayment(payment), world.clock);
  return {
    world: deliver(paid, mail),
    outcome: acceptedWith(`Payment of ${formatDollars(amount)} received. Receipt number ${receipt}.`),
  };
}

export const PAYMENT_FORMS: Record<string, FormDefinition> = {
  'pacer/account/payments/add-card': {
    title: 'Add/Update Credit Card Payment',
    pages: ['mma-option'],
    handle: addCard,
    describe: (submission) =>
      submission.button === 'cancel'
        ? 'Cancelled adding a credit card'
        : `Submitted a ${field(submission, 'cardType') || 'credit'} card ending in ${cardDigits(field(submission, 'cardNumber')).slice(-4) || '(no number)'}`,
  },
  'pacer/account/payments/add-ach': {
    title: 'Add/Update ACH Payment',
    pages: ['mma-option'],
    handle: addAch,
    describe: (submission) =>
      submission.button === 'cancel'
        ? 'Cancelled adding an ACH payment'
        : `Submitted a bank account ending in ${field(submission, 'bankAccountNumber').slice(-4) || '(no number)'}`,
  },
  'pacer/account/payments/update': { title: 'Update Payment Information', pages: ['mma-option'], handle: updateCard },
  'pacer/account/payments/fee-type': {
    title: 'Manage My Stored Payment Information',
    pages: ['mma-option'],
    handle: changeFeeType,
    describe: (submission) => {
      const feeType = field(submission, 'feeType');
      const label = isFeeType(feeType) ? FEE_TYPE_LABELS[feeType] : 'a fee type';
      if (submission.button === 'remove') return 'Removed a stored payment method';
      return submission.button === 'turn-off' ? `Turned off ${label}` : `Set ${label}`;
    },
  },
  'pacer/account/payments/one-time': {
    title: 'Make One-Time PACER Fee Payment',
    pages: ['mma-option'],
    handle: oneTimePayment,
    describe: (submission) => `Submitted a one-time PACER fee payment of ${field(submission, 'amount').slice(0, 12) || 'no amount'}`,
  },
};
