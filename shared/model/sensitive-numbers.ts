import { passesLuhn } from './card-numbers';
import { digestPassword } from './credentials';

/**
 * Card and bank-account numbers a trainee types are never posted as typed:
 * trainees are told to use practice numbers, but a real one typed by habit
 * must not reach the event log or the database. The page posts a stand-in
 * that keeps exactly what the simulated sites check and show: the length,
 * the first six digits (the card brand), the last four, whether a card number
 * passes the Luhn check, and equality (two equal numbers, e.g. a number and
 * its confirmation, give equal stand-ins; different ones, different
 * stand-ins). The other digits come from a salted digest of the number.
 */

function digestDigits(salt: string, digits: string, count: number): string {
  const hex = digestPassword(salt, `number:${digits}`);
  let out = '';
  for (let index = 0; out.length < count; index += 1) out += String(parseInt(hex[index % hex.length] ?? '0', 16) % 10);
  return out;
}

/** The typed text without spaces and dashes; null when it holds anything but digits. */
function digitsOf(typed: string): string | null {
  const stripped = typed.replace(/[\s-]/g, '');
  return /^\d*$/.test(stripped) ? stripped : null;
}

/** Something that is not a number at all stays not a number, without keeping what was typed. */
function notANumber(typed: string): string {
  return typed.replace(/\s/g, '').replace(/./g, 'x');
}

export function maskBankAccountNumber(salt: string, typed: string): string {
  const digits = digitsOf(typed);
  if (digits === null) return notANumber(typed);
  if (digits.length <= 4) return digits;
  return digestDigits(salt, digits, digits.length - 4) + digits.slice(-4);
}

export function maskCardNumber(salt: string, typed: string): string {
  const digits = digitsOf(typed);
  if (digits === null) return notANumber(typed);
  if (digits.length <= 4) return digits;
  const keepStart = digits.length >= 11 ? 6 : 0;
  const middle = digestDigits(salt, digits, digits.length - 4 - keepStart);
  const standIn = digits.slice(0, keepStart) + middle + digits.slice(-4);
  const wantValid = passesLuhn(digits);
  if (passesLuhn(standIn) === wantValid) return standIn;
  // Change one stand-in digit until the Luhn result is the typed number's again.
  for (let digit = 0; digit <= 9; digit += 1) {
    const candidate = standIn.slice(0, keepStart) + String(digit) + standIn.slice(keepStart + 1);
    if (passesLuhn(candidate) === wantValid) return candidate;
  }
  return standIn;
}
