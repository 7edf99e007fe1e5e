import { formatDollars } from '../../pacer/account/payments';
import type { Court, World } from '../../world';

/**
 * The attorney reinstatement filing's own state (seed 002, "Attorney
 * Reinstatement"): the filing being entered screen by screen, the court fees
 * charged through PACER's payment screens, the filings made, and which of
 * them the court's overnight run has processed.
 */

/** The screens after the event selection, in the order seed 002 walks them (steps 9-21). */
export const REINSTATEMENT_STEPS = [
  'case',
  'statement',
  'attorney',
  'fee',
  'pay-login',
  'pay-method',
  'pay-review',
  'returned',
  'docket-text',
] as const;
export type ReinstatementStep = (typeof REINSTATEMENT_STEPS)[number];

export function stepIndex(step: ReinstatementStep): number {
  return REINSTATEMENT_STEPS.indexOf(step);
}

/** The later of two steps: going back and pressing Next again never loses what was reached. */
export function furthest(a: ReinstatementStep, b: ReinstatementStep): ReinstatementStep {
  return stepIndex(a) >= stepIndex(b) ? a : b;
}

/** How the fee is paid: only what a receipt shows is kept (never a full card or bank account number). */
export interface PaymentMethodUsed {
  /** "Visa ending in 1111" */
  description: string;
  holder: string;
  /** A stored payment method of the payer's PACER account, or null for a card typed for this payment. */
  storedPaymentId: string | null;
}

export interface ReinstatementDraft {
  courtId: string;
  ecfAccountId: string;
  /** The furthest screen the filer has reached; earlier screens stay reachable with Back. */
  reached: ReinstatementStep;
  attorneyName: string | null;
  barNumber: string | null;
  /** PACER account number logged in on the payment screens (step 14). */
  payer: string | null;
  method: PaymentMethodUsed | null;
  /** Receipt number once the fee is charged: the fee is charged once per filing. */
  receiptNumber: string | null;
}

export interface CourtFeePayment {
  receiptNumber: string;
  courtId: string;
  /** PACER account that paid. */
  accountNumber: string;
  amountCents: number;
  description: string;
  method: PaymentMethodUsed;
  paidAt: string;
  receiptEmail: string;
}

export interface ReinstatementFiling {
  id: string;
  courtId: string;
  ecfAccountId: string;
  attorneyName: string;
  barNumber: string;
  receiptNumber: string;
  feeCents: number;
  caseNumber: string;
  caseName: string;
  docketText: string;
  filedAt: string;
  /** Filed today, processed by the court's overnight update (seed 002, NOTE after step 21). */
  status: 'awaiting-overnight-update' | 'processed';
  processedAt: string | null;
}

export interface ReinstatementState {
  draft: ReinstatementDraft | null;
  payments: CourtFeePayment[];
  filings: ReinstatementFiling[];
  nextReceiptNumber: number;
}

/** First receipt number the simulated payment system issues. */
const FIRST_RECEIPT_NUMBER = 6_532_718;

export function initialReinstatementState(): ReinstatementState {
  return { draft: null, payments: [], filings: [], nextReceiptNumber: FIRST_RECEIPT_NUMBER };
}

/** The state, also for worlds saved before this part had any. */
export function reinstatementOf(world: World): ReinstatementState {
  return world.reinstatement ?? initialReinstatementState();
}

export function withReinstatement(world: World, change: Partial<ReinstatementState>): World {
  return { ...world, reinstatement: { ...reinstatementOf(world), ...change } };
}

/** The court's reinstatement settings, with the defaults a court that sets none gets. */
export interface ReinstatementSettings {
  feeCents: number;
  caseNumber: string;
  caseName: string;
}

const DEFAULT_SETTINGS: ReinstatementSettings = {
  feeCents: 10_000,
  caseNumber: '1:00-mc-00001',
  caseName: 'In re: Attorney Reinstatements',
};

export function reinstatementSettings(court: Court): ReinstatementSettings {
  return court.reinstatement ?? DEFAULT_SETTINGS;
}

/** "$100.00" */
export function formatFee(cents: number): string {
  return formatDollars(cents);
}

/** The receipt number a CM/ECF court fee paid through PACER carries, e.g. "AMOWDC-6532718". */
export function receiptNumberFor(court: Court, serial: number): string {
  return `A${court.id.toUpperCase()}DC-${serial}`;
}
