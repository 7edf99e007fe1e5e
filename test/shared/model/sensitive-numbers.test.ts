import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskBankAccountNumber, maskCardNumber } from '../../../shared/model/sensitive-numbers';

const SALT = 'unit-test-salt-01';

function luhnValid(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((char, index) => {
    let digit = Number(char);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  });
  return sum % 10 === 0;
}

describe('card and bank-account numbers are posted as stand-ins', () => {
  it('a card number keeps its length, brand digits, last four and Luhn result, and loses the rest', () => {
    const typed = '4111 1111 1111 1111';
    const standIn = maskCardNumber(SALT, typed);
    expect(standIn).toHaveLength(16);
    expect(standIn.startsWith('411111')).toBe(true);
    expect(standIn.endsWith('1111')).toBe(true);
    expect(luhnValid(standIn)).toBe(true);
    expect(standIn).not.toBe('4111111111111111');
  });

  it('for any number: same validity, same ends, equal in equal out, different in different out', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12,19}$/), fc.stringMatching(/^\d{12,19}$/), (a, b) => {
        const maskedA = maskCardNumber(SALT, a);
        expect(maskedA).toHaveLength(a.length);
        expect(luhnValid(maskedA)).toBe(luhnValid(a));
        expect(maskedA.slice(0, 6) + maskedA.slice(-4)).toBe(a.slice(0, 6) + a.slice(-4));
        expect(maskCardNumber(SALT, a)).toBe(maskedA);
        if (a !== b && a.length === b.length) expect(maskBankAccountNumber(SALT, a)).not.toBe(maskBankAccountNumber(SALT, b));
      }),
    );
  });

  it('a bank account number keeps its length and last four only; text that is not a number stays not a number', () => {
    const standIn = maskBankAccountNumber(SALT, '000123456789');
    expect(standIn).toHaveLength(12);
    expect(standIn.endsWith('6789')).toBe(true);
    expect(standIn).not.toContain('12345');
    expect(maskCardNumber(SALT, '4111-abcd')).toBe('xxxxxxxxx');
    expect(maskCardNumber(SALT, '')).toBe('');
  });
});
