import { describe, expect, it } from 'vitest';
import { currentPage } from '../../../../../shared/model/pages';
import { cardExpired, cardTypeOf, formatDollars, isRoutingNumber, parseDollars, passesLuhn } from '../../../../../shared/model/pacer/account/payments';
import { accountState } from '../../../../../shared/model/pacer/account/state';
import { scenarioVariant } from '../../../../support/attempt';
import { ACH, CARD, GRACE, KARIN, MmaDesk, PAA } from './support';

describe('card and bank account checks', () => {
  it.each([
    ['4111111111111111', true, 'Visa'],
    ['5555555555554444', true, 'MasterCard'],
    ['2221000000000009', true, 'MasterCard'],
    ['378282246310005', true, 'American Express'],
    ['6011111111111117', true, 'Discover'],
    ['4111111111111112', false, 'Visa'],
    ['1234567812345678', false, null],
  ])('%s: Luhn %s, type %s', (digits, luhn, type) => {
    expect(passesLuhn(digits)).toBe(luhn);
    expect(cardTypeOf(digits)).toBe(type);
  });

  it('checks routing numbers, expiry against the simulated clock, and money', () => {
    expect(isRoutingNumber('101000019')).toBe(true);
    expect(isRoutingNumber('101000018')).toBe(false);
    expect(isRoutingNumber('10100001')).toBe(false);
    expect(cardExpired('2019-07', '2019-08-06T09:40:00')).toBe(true);
    expect(cardExpired('2019-08', '2019-08-06T09:40:00')).toBe(false);
    expect(parseDollars('$12.3')).toBe(1230);
    expect(parseDollars('12.345')).toBeNull();
    expect(parseDollars('-4')).toBeNull();
    expect(formatDollars(1205)).toBe('$12.05');
  });
});

function atStored(detail?: string, id: Parameters<typeof MmaDesk.of>[0] = 'pacer-stored-payment') {
  const desk = MmaDesk.of(id);
  desk.loginAt(GRACE.username, GRACE.password);
  desk.openOption('stored-payment', detail);
  return desk;
}

function storedPayments(desk: MmaDesk, accountNumber: string = GRACE.accountNumber) {
  return desk.world.pacerAccounts[accountNumber]!.storedPayments ?? [];
}

describe('Manage My Stored Payment Information (seed 002)', () => {
  it('keeps only the card type and the last four digits', () => {
    const desk = atStored('add-card');
    expect(desk.submit('pacer/account/payments/add-card', 'submit', CARD).message).toBe('Your payment information has been saved.');
    expect(storedPayments(desk)).toEqual([
      { id: 'pm-1', method: 'card', holderName: 'Grace A. Okonkwo', label: 'Visa', lastFour: '1111', expires: '2022-11', feeTypes: [] },
    ]);
    const everything = JSON.stringify(desk.world);
    expect(everything).not.toContain('4111 1111');
    expect(everything).not.toContain('4111111111111111');
    expect(currentPage(desk.world)).toMatchObject({ kind: 'mma-option', option: 'stored-payment', detail: null });
  });

  it('refuses Autobill PACER fees without the acknowledgment in the pop-up', () => {
    const desk = atStored('add-card');
    expect(desk.submit('pacer/account/payments/add-card', 'submit', { ...CARD, feeP: 'on' })).toEqual({
      status: 'refused',
      mistake: 'autobill-not-acknowledged',
      message: 'You must check the box in the PACER Search Fees Auto Billing Acknowledgment before you can set Autobill PACER fees.',
    });
    expect(storedPayments(desk)).toEqual([]);
    expect(desk.submit('pacer/account/payments/add-card', 'submit', { ...CARD, feeP: 'on', autobillAcknowledged: 'on' }).status).toBe('accepted');
    expect(storedPayments(desk)[0]!.feeTypes).toEqual(['P']);
  });

  it.each([
    [{ cardNumber: '' }, 'Card Number is required.'],
    [{ cardNumber: '4111 1111 1111 1112' }, 'The Card Number is not valid. Check the number and try again.'],
    [{ cardNumber: 'abcd efgh' }, 'The Card Number is not valid. Check the number and try again.'],
    [{ cardNumber: '5555 5555 5555 4444' }, 'The Card Number does not match the Card Type.'],
    [{ cardType: '' }, 'Card Type is required.'],
    [{ expMonth: '13' }, 'Expiration Month is required.'],
    [{ expMonth: '07', expYear: '2019' }, 'The card has expired. Check the Expiration Month and Year.'],
    [{ securityCode: '12' }, 'Security Code must be 3 or 4 digits.'],
    [{ securityCode: '1234' }, 'Security Code must be 3 digits.'],
    [{ holderName: '' }, 'Name on Card is required.'],
    [{ holderName: 'x'.repeat(81) }, 'Name on Card must be at most 80 characters.'],
    [{ state: 'XX' }, 'Select a State from the list.'],
    [{ zip: 'ABCDE' }, 'Enter a valid Zip Code, e.g. 64106.'],
  ])('refuses a card with %j', (change, message) => {
    const desk = atStored('add-card');
    expect(desk.submit('pacer/account/payments/add-card', 'submit', { ...CARD, ...change })).toEqual({ status: 'refused', mistake: null, message });
    expect(storedPayments(desk)).toEqual([]);
  });

  it('keeps a hostile holder name as plain text', () => {
    const desk = atStored('add-card');
    desk.submit('pacer/account/payments/add-card', 'submit', { ...CARD, holderName: '<script>alert(1)</script>' });
    expect(storedPayments(desk)[0]!.holderName).toBe('<script>alert(1)</script>');
  });

  it('sets and turns off the e-filing fees default; each fee type has one method', () => {
    const desk = atStored('add-card');
    desk.submit('pacer/account/payments/add-card', 'submit', CARD);
    desk.openOption('stored-payment', 'add-ach');
    desk.submit('pacer/account/payments/add-ach', 'submit', { ...ACH, feeE: 'on' });
    expect(storedPayments(desk).map((payment) => payment.feeTypes)).toEqual([[], ['E']]);

    const set = desk.submit('pacer/account/payments/fee-type', 'set', { paymentId: 'pm-1', feeType: 'E' });
    expect(set.message).toBe('Visa ending in 1111 is now set for E-filing fees default.');
    expect(storedPayments(desk).map((payment) => payment.feeTypes)).toEqual([['E'], []]);

    desk.submit('pacer/account/payments/fee-type', 'turn-off', { paymentId: 'pm-1', feeType: 'E' });
    expect(storedPayments(desk).map((payment) => payment.feeTypes)).toEqual([[], []]);
  });

  it('asks for the acknowledgment when Autobill is set on a stored method', () => {
    const desk = atStored('add-card');
    desk.submit('pacer/account/payments/add-card', 'submit', CARD);
    expect(desk.submit('pacer/account/payments/fee-type', 'set', { paymentId: 'pm-1', feeType: 'P' }).mistake).toBe('autobill-not-acknowledged');
    expect(desk.submit('pacer/account/payments/fee-type', 'set', { paymentId: 'pm-1', feeType: 'P', autobillAcknowledged: 'on' }).status).toBe('accepted');
    expect(storedPayments(desk)[0]!.feeTypes).toEqual(['P']);
  });

  it('refuses fee-type changes for a method that is not stored, and removes a method', () => {
    const desk = atStored('add-card');
    desk.submit('pacer/account/payments/add-card', 'submit', CARD);
    expect(desk.submit('pacer/account/payments/fee-type', 'set', { paymentId: 'pm-9', feeType: 'E' }).message).toBe('That payment method is no longer stored.');
    expect(desk.submit('pacer/account/payments/fee-type', 'set', { paymentId: 'pm-1', feeType: 'Z' }).message).toBe('Choose a fee type.');
    expect(desk.submit('pacer/account/payments/fee-type', 'remove', { paymentId: 'pm-1', feeType: '' }).message).toBe('Visa ending in 1111 has been removed.');
    expect(storedPayments(desk)).toEqual([]);
  });

  it.each([
    [{ routingNumber: '123456789' }, 'The Routing Number is not valid. It is the 9-digit number at the bottom left of a check.'],
    [{ confirmBankAccountNumber: '4471902256' }, 'Bank Account Numbers do not match.'],
    [{ bankAccountNumber: '12', confirmBankAccountNumber: '12' }, 'Bank Account Number must be 4 to 17 digits.'],
    [{ accountType: 'Brokerage' }, 'Account Type is required.'],
  ])('refuses a bank account with %j', (change, message) => {
    const desk = atStored('add-ach');
    expect(desk.submit('pacer/account/payments/add-ach', 'submit', { ...ACH, ...change })).toEqual({ status: 'refused', mistake: null, message });
  });

  it('updates a card’s expiry and holder name', () => {
    const desk = atStored('add-card');
    desk.submit('pacer/account/payments/add-card', 'submit', CARD);
    desk.openOption('stored-payment', 'update-pm-1');
    expect(desk.submit('pacer/account/payments/update', 'submit', { holderName: 'Grace Okonkwo', expMonth: '01', expYear: '2019' }).message).toBe(
      'The card has expired. Check the Expiration Month and Year.',
    );
    desk.submit('pacer/account/payments/update', 'submit', { holderName: 'Grace Okonkwo', expMonth: '01', expYear: '2024' });
    expect(storedPayments(desk)[0]).toMatchObject({ holderName: 'Grace Okonkwo', expires: '2024-01', lastFour: '1111' });
  });

  it('lets a legacy account store a payment without upgrading (payments are the exception)', () => {
    const desk = MmaDesk.of('pacer-upgrade-legacy');
    desk.loginAt(KARIN.username, KARIN.password);
    desk.openOption('stored-payment', 'add-card');
    expect(desk.submit('pacer/account/payments/add-card', 'submit', { ...CARD, expYear: '2020', expMonth: '01', holderName: 'Karin Halvorsen' })).toMatchObject({
      status: 'accepted',
      mistake: null,
    });
  });

  it('refuses e-filing and admissions fee types on a PAA card (seed 003)', () => {
    const desk = MmaDesk.of('pacer-paa-firm');
    desk.loginAt(PAA.username, PAA.password);
    desk.openOption('stored-payment', 'add-card');
    const card = { ...CARD, holderName: 'Brandt Okafor LLP', expYear: '2020' };
    expect(desk.submit('pacer/account/payments/add-card', 'submit', { ...card, feeE: 'on' })).toMatchObject({
      status: 'refused',
      mistake: 'paa-card-for-court-fees',
    });
    expect(desk.submit('pacer/account/payments/add-card', 'submit', { ...card, feeA: 'on' }).mistake).toBe('paa-card-for-court-fees');
    expect(desk.submit('pacer/account/payments/add-card', 'submit', { ...card, feeP: 'on', autobillAcknowledged: 'on' }).status).toBe('accepted');
  });
});

describe('Make One-Time PACER Fee Payment', () => {
  function billed() {
    const scenario = scenarioVariant('pacer-stored-payment', (raw) => {
      raw.world.pacerAccounts[0]!.transactions = [
        { date: '2019-04-10', court: 'MOWDC', description: 'Docket Report', pages: 300, costCents: 3000 },
        { date: '2019-05-02', court: 'MOWDC', description: 'Image 9-1', pages: 30, costCents: 300 },
      ];
      raw.world.pacerAccounts[0]!.storedPayments = [
        { id: 'visa', method: 'card', holderName: 'Grace A. Okonkwo', label: 'Visa', lastFour: '1111', expires: '2022-11', feeTypes: [] },
      ];
    });
    const desk = new MmaDesk(scenario);
    desk.loginAt(GRACE.username, GRACE.password);
    desk.openOption('one-time-payment');
    return desk;
  }

  it('pays part of the balance with a stored card and e-mails a receipt', () => {
    const desk = billed();
    expect(desk.submit('pacer/account/payments/one-time', 'submit', { paymentId: 'visa', amount: '10.00' }).message).toBe(
      'Payment of $10.00 received. Receipt number PSC00000001.',
    );
    expect(accountState(desk.world).payments[0]).toMatchObject({ amountCents: 1000, paidWith: 'Visa ending in 1111' });
    expect(desk.world.mailbox.at(-1)!.template).toBe('pacer-payment-receipt');
  });

  it.each([
    [{ paymentId: '', amount: '10' }, 'Select a stored payment method.'],
    [{ paymentId: 'visa', amount: '' }, 'Payment Amount is required.'],
    [{ paymentId: 'visa', amount: 'ten' }, 'Enter the Payment Amount in dollars and cents, e.g. 42.30.'],
    [{ paymentId: 'visa', amount: '0' }, 'Payment Amount must be more than $0.00.'],
    [{ paymentId: 'visa', amount: '33.01' }, 'Payment Amount cannot be more than the balance due ($33.00).'],
  ])('refuses %j', (fields, message) => {
    expect(billed().submit('pacer/account/payments/one-time', 'submit', fields)).toEqual({ status: 'refused', mistake: null, message });
  });

  it('has nothing to pay when the quarter’s fees were waived ($30 or less)', () => {
    const desk = MmaDesk.of('pacer-stored-payment');
    desk.loginAt(GRACE.username, GRACE.password);
    desk.openOption('one-time-payment');
    expect(desk.submit('pacer/account/payments/one-time', 'submit', { paymentId: 'x', amount: '1' }).message).toBe('You have no balance due.');
  });
});

describe('double submits', () => {
  it('a second Submit of the add-card form stores nothing more (the page has moved on)', () => {
    const desk = atStored('add-card');
    desk.submit('pacer/account/payments/add-card', 'submit', CARD);
    expect(desk.submit('pacer/account/payments/add-card', 'submit', CARD).status).toBe('refused');
    expect(storedPayments(desk)).toHaveLength(1);
  });
});
