import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardTypeOf, passesLuhn } from '../../../shared/model/card-numbers';
import {
  maskBankAccountConfirmation,
  maskBankAccountNumber,
  maskCardFields,
  maskCardNumber,
  maskSecurityCode,
} from '../../../shared/model/sensitive-numbers';

function luhnValid(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((char, index) => {
    let digit = Number(char);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  });
  return sum % 10 === 0;
}

/** A number of `length` digits that starts with `start`, ends with `end`, has random digits between. */
const cardLike = (start: string, length: number) =>
  fc.tuple(fc.stringMatching(new RegExp(`^\\d{${length - start.length}}$`))).map(([rest]) => start + rest);

describe('card and bank-account numbers are posted as stand-ins', () => {
  it('a card number keeps its length, brand, last four and Luhn result; the other digits are gone', () => {
    const standIn = maskCardNumber('4111 1111 1111 1111');
    expect(standIn).toBe('4000000000061111');
    expect(cardTypeOf(standIn)).toBe('Visa');
    expect(luhnValid(standIn)).toBe(true);
    expect(maskCardNumber('5555 5555 5555 4444')).toMatch(/^51000000000\d4444$/);
    expect(cardTypeOf(maskCardNumber('378282246310005'))).toBe('American Express');
    expect(cardTypeOf(maskCardNumber('6011111111111117'))).toBe('Discover');
  });

  it('for any number: same length, brand, last four and Luhn result, and nothing else of it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{5,19}$/), (typed) => {
        const standIn = maskCardNumber(typed);
        expect(standIn).toHaveLength(typed.length);
        expect(standIn.slice(-4)).toBe(typed.slice(-4));
        expect(luhnValid(standIn)).toBe(luhnValid(typed));
        expect(cardTypeOf(standIn)).toBe(cardTypeOf(typed));
      }),
    );
  });

  it('enumerating card numbers cannot be narrowed beyond brand, length, last four and Luhn: all of them share one stand-in', () => {
    // Two numbers that agree on what is kept but differ anywhere else (the first six, the middle) post the same stand-in.
    fc.assert(
      fc.property(
        fc.constantFrom(['4', 16], ['4', 13], ['51', 16], ['2221', 16], ['37', 15], ['65', 16], ['9', 16], ['', 12]),
        fc.stringMatching(/^\d{4}$/),
        fc.infiniteStream(fc.stringMatching(/^\d{15}$/)),
        ([start, length], lastFour, middles) => {
          const numbers = [...middles.take(40)].map((middle) => start + middle.slice(0, length - start.length - 4) + lastFour);
          for (const valid of [true, false]) {
            const alike = numbers.filter((number) => passesLuhn(number) === valid && cardTypeOf(number) === cardTypeOf(numbers[0]!));
            expect(new Set(alike.map(maskCardNumber)).size).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });

  it('a stand-in carries no run of the typed middle digits', () => {
    fc.assert(
      fc.property(cardLike('4', 16), (typed) => {
        const middle = typed.slice(1, 12);
        const standIn = maskCardNumber(typed);
        expect(standIn.slice(1, 11)).toBe('0000000000');
        if (/[1-9]/.test(middle.slice(0, 10))) expect(standIn.slice(1, 11)).not.toBe(middle.slice(0, 10));
      }),
    );
  });

  it('a bank account number keeps its length and last four only; text that is not a number stays not a number', () => {
    expect(maskBankAccountNumber('000123456789')).toBe('000000006789');
    expect(maskBankAccountNumber('4471902255')).toBe(maskBankAccountNumber('9999992255'));
    expect(maskBankAccountNumber('1234')).toBe('1234');
    expect(maskCardNumber('4111-abcd')).toBe('xxxxxxxxx');
    expect(maskCardNumber('')).toBe('');
  });

  it('a confirmation tells only whether it repeats the number it confirms', () => {
    expect(maskBankAccountConfirmation('4471902255', '4471902255')).toBe('0000002255');
    expect(maskBankAccountConfirmation('4471-902255', '4471902255')).toBe('0000002255');
    expect(maskBankAccountConfirmation('4471912255', '4471902255')).toBe('1111112255');
    expect(maskBankAccountConfirmation('4471902256', '4471902255')).toBe('0000002256');
    expect(maskBankAccountConfirmation('5555512255', '4471902255')).toBe(maskBankAccountConfirmation('4471912255', '4471902255'));
  });

  it('a security code keeps its length and which characters are digits', () => {
    expect(maskSecurityCode('737')).toBe('000');
    expect(maskSecurityCode('7a 1')).toBe('0x 0');
  });

  it('the payment forms\u2019 fields are masked by name, and masking a stand-in again changes nothing', () => {
    const typed = { cardNumber: '4111 1111 1111 1111', bankAccountNumber: '4471902255', confirmBankAccountNumber: '4471912255', securityCode: '737', city: 'Springfield' };
    const posted = maskCardFields(typed);
    expect(posted).toEqual({ cardNumber: '4000000000061111', bankAccountNumber: '0000002255', confirmBankAccountNumber: '1111112255', securityCode: '000', city: 'Springfield' });
    expect(maskCardFields(posted)).toEqual(posted);
  });
});
