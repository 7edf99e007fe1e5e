/** Card-number arithmetic every payment screen of the simulated sites shares. */

export const CARD_TYPES = ['Visa', 'MasterCard', 'American Express', 'Discover'] as const;
export type CardType = (typeof CARD_TYPES)[number];

/** The Luhn checksum every card number carries (a mistyped digit fails it). */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** A card number as typed, without the spaces and dashes people put in it. */
export function cardDigits(typed: string): string {
  return typed.replace(/[\s-]/g, '');
}

/** A plausible card number: 13 to 19 digits that pass the Luhn check. */
export function isCardNumber(digits: string): boolean {
  return /^\d{13,19}$/.test(digits) && passesLuhn(digits);
}

/** The brand a card number belongs to by its prefix and length, or null. */
export function cardTypeOf(digits: string): CardType | null {
  const prefix2 = Number(digits.slice(0, 2));
  const prefix4 = Number(digits.slice(0, 4));
  const prefix3 = Number(digits.slice(0, 3));
  if (/^4/.test(digits) && [13, 16, 19].includes(digits.length)) return 'Visa';
  if (((prefix2 >= 51 && prefix2 <= 55) || (prefix4 >= 2221 && prefix4 <= 2720)) && digits.length === 16) return 'MasterCard';
  if ((prefix2 === 34 || prefix2 === 37) && digits.length === 15) return 'American Express';
  if ((digits.startsWith('6011') || digits.startsWith('65') || (prefix3 >= 644 && prefix3 <= 649)) && digits.length === 16) {
    return 'Discover';
  }
  return null;
}
