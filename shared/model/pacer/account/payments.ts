/**
 * Stored payment information (Payments ▸ Manage My Stored Payment
 * Information, seed 002 "Saving Payment Information for PACER and
 * E-Filing") and the checks a card or bank account passes before PACER
 * keeps it. A full card or bank account number is never stored: only its
 * type and last four digits, as a receipt shows them.
 */

export { CARD_TYPES, cardDigits, cardTypeOf, passesLuhn, type CardType } from '../../card-numbers';

/** P: PACER search fees (Autobill), E: e-filing fees, A: admissions and renewal fees (seed 002). */
export const FEE_TYPES = ['P', 'E', 'A'] as const;
export type FeeType = (typeof FEE_TYPES)[number];

export const FEE_TYPE_LABELS: Record<FeeType, string> = {
  P: 'Autobill PACER fees',
  E: 'E-filing fees default',
  A: 'Admissions fees default',
};


export interface StoredPayment {
  id: string;
  method: 'card' | 'ach';
  holderName: string;
  /** Card brand, or "Checking"/"Savings" for a bank account. */
  label: string;
  lastFour: string;
  /** Card expiry (YYYY-MM); null for a bank account. */
  expires: string | null;
  feeTypes: FeeType[];
}

export function isFeeType(value: string): value is FeeType {
  return (FEE_TYPES as readonly string[]).includes(value);
}

/** "Visa ending in 1111" — how the screens and receipts name a stored method. */
export function describePayment(payment: StoredPayment): string {
  return payment.method === 'card' ? `${payment.label} ending in ${payment.lastFour}` : `${payment.label} account ending in ${payment.lastFour}`;
}

/** An ABA routing number: nine digits whose weighted sum (3, 7, 1) is a multiple of 10. */
export function isRoutingNumber(typed: string): boolean {
  if (!/^\d{9}$/.test(typed)) return false;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(typed[index]), 0);
  return sum % 10 === 0;
}

/** Whether a card expiring at the end of month `expires` (YYYY-MM) is still good on `clock`. */
export function cardExpired(expires: string, clock: string): boolean {
  return expires < clock.slice(0, 7);
}

/** "$12.30" from cents. */
export function formatDollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}$${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/** "12.30" or "$12.3" typed as an amount, in cents; null if it is not an amount of money. */
export function parseDollars(typed: string): number | null {
  const match = /^\$?(\d{1,6})(?:\.(\d{1,2}))?$/.exec(typed.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}
