/** Card-number arithmetic every payment screen of the simulated sites shares. */

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
