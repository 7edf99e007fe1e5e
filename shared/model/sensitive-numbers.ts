import { cardTypeOf, passesLuhn, type CardType } from './card-numbers';

/**
 * Card and bank-account numbers a trainee types are never posted as typed:
 * trainees are told to use practice numbers, but a real one typed by habit
 * must not reach the event log or the database. The page posts a stand-in
 * that keeps only what the simulated sites check and show: the length, the
 * card brand, the last four digits and whether a card number passes the
 * Luhn check. Nothing else of the other digits survives: every number with
 * the same brand, length, last four and Luhn result gets the same stand-in.
 */

/** The first digits of a stand-in of each brand: the shortest that cardTypeOf reads as that brand. */
const BRAND_PREFIX: Record<CardType, string> = { Visa: '4', MasterCard: '51', 'American Express': '34', Discover: '6011' };

/** The typed text without spaces and dashes; null when it holds anything but digits. */
function digitsOf(typed: string): string | null {
  const stripped = typed.replace(/[\s-]/g, '');
  return /^\d*$/.test(stripped) ? stripped : null;
}

/** Something that is not a number at all stays not a number, without keeping what was typed. */
function notANumber(typed: string): string {
  return typed.replace(/\s/g, '').replace(/./g, 'x');
}

export function maskBankAccountNumber(typed: string): string {
  const digits = digitsOf(typed);
  if (digits === null) return notANumber(typed);
  if (digits.length <= 4) return digits;
  return '0'.repeat(digits.length - 4) + digits.slice(-4);
}

/**
 * A confirmation field ("Confirm Bank Account Number"): the stand-in of what
 * was typed in it, changed only when it and the number it confirms differ
 * but their stand-ins would not, so the site still sees that they differ.
 * It tells which of the two, never how.
 */
export function maskBankAccountConfirmation(typed: string, confirmed: string): string {
  const standIn = maskBankAccountNumber(typed);
  const digits = digitsOf(typed);
  if (digits === null || digits === digitsOf(confirmed) || standIn !== maskBankAccountNumber(confirmed)) return standIn;
  return '1'.repeat(digits.length - 4) + digits.slice(-4);
}

export function maskCardNumber(typed: string): string {
  const digits = digitsOf(typed);
  if (digits === null) return notANumber(typed);
  if (digits.length <= 4) return digits;
  const brand = cardTypeOf(digits);
  const start = brand ? BRAND_PREFIX[brand] : '';
  const wantValid = passesLuhn(digits);
  const filler = '0'.repeat(digits.length - start.length - 5);
  // One digit before the last four sets the Luhn result: each of 0-9 gives a different checksum.
  for (let digit = 0; digit <= 9; digit += 1) {
    const standIn = `${start}${filler}${digit}${digits.slice(-4)}`;
    if (passesLuhn(standIn) === wantValid) return standIn;
  }
  throw new Error('no stand-in digit gives the Luhn result');
}

/** A card's security code: its length and whether each character is a digit, all that the sites check. */
export function maskSecurityCode(typed: string): string {
  return typed.replace(/\d/g, '0').replace(/[^\s0]/g, 'x');
}

/**
 * The card fields of the simulated payment forms, by the names their pages
 * post them under (with a data-mask), as stand-ins: what a page posts for
 * typed values, and what a stored format-1 stand-in becomes (stored-events.ts).
 */
export function maskCardFields(fields: Readonly<Record<string, string>>): Record<string, string> {
  const masked: Record<string, string> = { ...fields };
  const { cardNumber, bankAccountNumber, confirmBankAccountNumber, securityCode } = fields;
  if (cardNumber !== undefined) masked.cardNumber = maskCardNumber(cardNumber);
  if (bankAccountNumber !== undefined) masked.bankAccountNumber = maskBankAccountNumber(bankAccountNumber);
  if (confirmBankAccountNumber !== undefined) masked.confirmBankAccountNumber = maskBankAccountConfirmation(confirmBankAccountNumber, bankAccountNumber ?? '');
  if (securityCode !== undefined) masked.securityCode = maskSecurityCode(securityCode);
  return masked;
}
