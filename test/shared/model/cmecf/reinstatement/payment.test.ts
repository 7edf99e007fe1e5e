import { describe, expect, it } from 'vitest';
import { PAYMENT_MESSAGES } from '../../../../../shared/model/cmecf/reinstatement/payment-forms';
import { reinstatementOf } from '../../../../../shared/model/cmecf/reinstatement/state';
import { describeEvent } from '../../../../../shared/model/describe';
import { toSecret } from '../../../../../shared/model/credentials';
import { NOT_ON_THIS_PAGE } from '../../../../../shared/model/transitions';
import { scenarioVariant, SALT } from '../../../../support/attempt';
import { FIRM_PAA, MARISOL, MOW, PRACTICE_CARD, RECEIPT_FIELDS, ReinstatingAttorney } from './reinstatement-trainee';

const atPaymentLogin = () => {
  const trainee = new ReinstatingAttorney().reachFee();
  trainee.submit('cmecf/reinstatement/fee', 'next');
  return trainee;
};

describe('step 14: the PACER login for the payment', () => {
  it('refuses short, wrong or missing credentials with PACER’s messages', () => {
    const cases: [string, string, string][] = [
      ['', MARISOL.password, PAYMENT_MESSAGES.usernameTooShort],
      ['mfer', MARISOL.password, PAYMENT_MESSAGES.usernameTooShort],
      [MARISOL.username, 'short', PAYMENT_MESSAGES.passwordTooShort],
      [MARISOL.username, 'Wrong*Password1', PAYMENT_MESSAGES.invalidLogin],
      ['nosuchuser', MARISOL.password, PAYMENT_MESSAGES.invalidLogin],
    ];
    for (const [username, password, message] of cases) {
      const trainee = atPaymentLogin();
      expect(trainee.payLogin(username, password)).toEqual({ status: 'refused', mistake: 'pacer-credentials-invalid', message });
      expect(trainee.page.kind).toBe('pacer-fee-login');
    }
  });

  it('refuses the firm’s PACER Administrative Account (seed 003)', () => {
    const trainee = atPaymentLogin();
    const outcome = trainee.payLogin(FIRM_PAA.username, FIRM_PAA.password);
    expect(outcome).toEqual({ status: 'refused', mistake: 'paa-pays-court-fee', message: PAYMENT_MESSAGES.administrativeAccount });
    expect(reinstatementOf(trainee.world).draft?.payer).toBeNull();
  });

  it('refuses a colleague’s individual PACER account: the fee is paid from the filer’s own', () => {
    const scenario = scenarioVariant('cmecf-attorney-reinstatement', (raw) => {
      raw.world.pacerAccounts.push({
        accountNumber: '4611112',
        username: 'kosei1978',
        password: 'Crown*Center33',
        kind: 'upgraded',
        userType: 'individual',
        name: 'Kwame Osei',
        email: 'kosei@ferrante-osei.example',
      });
    });
    const trainee = new ReinstatingAttorney(scenario).reachFee();
    trainee.submit('cmecf/reinstatement/fee', 'next');
    expect(trainee.payLogin('kosei1978', 'Crown*Center33')).toEqual({ status: 'refused', mistake: null, message: PAYMENT_MESSAGES.otherAccount });
  });

  it('accepts the filer’s own PACER account and shows Select a Payment Method', () => {
    const trainee = atPaymentLogin();
    expect(trainee.payLogin(MARISOL.username.toUpperCase(), MARISOL.password).status).toBe('accepted');
    expect(trainee.page).toEqual({ kind: 'pacer-fee-method', courtId: MOW });
    expect(reinstatementOf(trainee.world).draft?.payer).toBe(MARISOL.accountNumber);
  });

  it('never quotes the password when describing the login', () => {
    const trainee = atPaymentLogin();
    const text = describeEvent(
      { type: 'form/submitted', form: 'pacer/court-fee/login', button: 'login', fields: { username: 'mferrante' }, secrets: { password: toSecret(SALT, MARISOL.password) } },
      trainee.world,
    );
    expect(text).toBe('Logged in to PACER\'s payment screens as "mferrante"');
    expect(text).not.toContain(MARISOL.password);
  });
});

describe('steps 15-16: Select a Payment Method', () => {
  const atMethod = (scenario?: Parameters<typeof scenarioVariant>[0]) => {
    const trainee = scenario ? new ReinstatingAttorney(scenarioVariant(scenario, () => {})) : new ReinstatingAttorney();
    trainee.reachFee();
    trainee.submit('cmecf/reinstatement/fee', 'next');
    trainee.payLogin(MARISOL.username, MARISOL.password);
    return trainee;
  };

  it('refuses Next with no payment method, and each bad card field with its message', () => {
    const cases: [Record<string, string>, string, string][] = [
      [{}, '737', PAYMENT_MESSAGES.selectMethod],
      [{ ...PRACTICE_CARD, method: 'stored:nothing' }, '737', PAYMENT_MESSAGES.selectMethod],
      [{ ...PRACTICE_CARD, cardHolder: '' }, '737', PAYMENT_MESSAGES.holderRequired],
      [{ ...PRACTICE_CARD, cardHolder: 'M'.repeat(101) }, '737', PAYMENT_MESSAGES.holderTooLong],
      [{ ...PRACTICE_CARD, cardNumber: '' }, '737', PAYMENT_MESSAGES.cardRequired],
      [{ ...PRACTICE_CARD, cardNumber: '4111 1111 1111 1112' }, '737', PAYMENT_MESSAGES.cardInvalid],
      [{ ...PRACTICE_CARD, cardNumber: '<b>4111</b>' }, '737', PAYMENT_MESSAGES.cardInvalid],
      [{ ...PRACTICE_CARD, cardNumber: '4'.repeat(500) }, '737', PAYMENT_MESSAGES.cardInvalid],
      [{ ...PRACTICE_CARD, expirationMonth: '' }, '737', PAYMENT_MESSAGES.expiryRequired],
      [{ ...PRACTICE_CARD, expirationMonth: '13' }, '737', PAYMENT_MESSAGES.expiryRequired],
      [{ ...PRACTICE_CARD, expirationMonth: '05', expirationYear: '2018' }, '737', PAYMENT_MESSAGES.expired],
      [{ ...PRACTICE_CARD }, '', PAYMENT_MESSAGES.securityCode],
      [{ ...PRACTICE_CARD }, '73', PAYMENT_MESSAGES.securityCode],
      [{ ...PRACTICE_CARD }, 'abc', PAYMENT_MESSAGES.securityCode],
      [{ ...PRACTICE_CARD, billingZip: '641' }, '737', PAYMENT_MESSAGES.zip],
    ];
    for (const [fields, code, message] of cases) {
      const trainee = atMethod();
      expect(trainee.chooseMethod(fields, code), message).toEqual({ status: 'refused', mistake: null, message });
      expect(trainee.page.kind).toBe('pacer-fee-method');
    }
  });

  it('accepts the practice card, keeping only its brand and last four digits', () => {
    const trainee = atMethod();
    expect(trainee.chooseMethod({ ...PRACTICE_CARD }).status).toBe('accepted');
    expect(trainee.page).toEqual({ kind: 'pacer-fee-review', courtId: MOW });
    const draft = reinstatementOf(trainee.world).draft;
    expect(draft?.method).toEqual({ description: 'Visa ending in 1111', holder: 'Marisol K. Ferrante', storedPaymentId: null });
    expect(JSON.stringify(trainee.world)).not.toContain('4111 1111 1111 1111');
  });

  it('offers the payer’s stored payment methods from Manage My Account', () => {
    const scenario = scenarioVariant('cmecf-attorney-reinstatement', (raw) => {
      const account = raw.world.pacerAccounts[0] as Record<string, unknown>;
      account.storedPayments = [
        { id: 'visa-4242', method: 'card', holderName: 'Marisol K. Ferrante', label: 'Visa', lastFour: '4242', expires: '2020-12', feeTypes: ['A', 'E'] },
        { id: 'old-mc', method: 'card', holderName: 'Marisol K. Ferrante', label: 'MasterCard', lastFour: '5454', expires: '2017-01', feeTypes: [] },
      ];
    });
    const trainee = new ReinstatingAttorney(scenario).reachFee();
    trainee.submit('cmecf/reinstatement/fee', 'next');
    trainee.payLogin(MARISOL.username, MARISOL.password);
    expect(trainee.chooseMethod({ method: 'stored:old-mc' }, '')).toMatchObject({ status: 'refused', message: PAYMENT_MESSAGES.expired });
    expect(trainee.chooseMethod({ method: 'stored:visa-4242' }, '').status).toBe('accepted');
    expect(reinstatementOf(trainee.world).draft?.method).toEqual({ description: 'Visa ending in 4242', holder: 'Marisol K. Ferrante', storedPaymentId: 'visa-4242' });
  });
});

describe('steps 17-19: review, Court Specific information, Email Receipts, Authorization, Submit', () => {
  it('refuses bad receipts information with its message', () => {
    const cases: [Record<string, string>, string][] = [
      [{ ...RECEIPT_FIELDS, courtAttorneyName: '' }, PAYMENT_MESSAGES.attorneyNameRequired],
      [{ ...RECEIPT_FIELDS, courtAttorneyName: 'A'.repeat(101) }, PAYMENT_MESSAGES.attorneyNameTooLong],
      [{ ...RECEIPT_FIELDS, email: 'not-an-address' }, PAYMENT_MESSAGES.emailInvalid],
      [{ ...RECEIPT_FIELDS, confirmEmail: 'other@ferrante-osei.example' }, PAYMENT_MESSAGES.emailMismatch],
      [{ ...RECEIPT_FIELDS, ccEmail: '<script>' }, PAYMENT_MESSAGES.ccInvalid],
    ];
    for (const [fields, message] of cases) {
      const trainee = new ReinstatingAttorney().reachPaymentReview();
      expect(trainee.submitPayment(fields), message).toEqual({ status: 'refused', mistake: null, message });
      expect(reinstatementOf(trainee.world).payments).toHaveLength(0);
    }
  });

  it('refuses Submit without the Authorization box checked', () => {
    const trainee = new ReinstatingAttorney().reachPaymentReview();
    const { authorize: _ignored, ...unchecked } = RECEIPT_FIELDS;
    expect(trainee.submitPayment(unchecked)).toEqual({
      status: 'refused',
      mistake: 'payment-not-authorized',
      message: PAYMENT_MESSAGES.authorizationRequired,
    });
    expect(reinstatementOf(trainee.world).payments).toHaveLength(0);
  });

  it('charges the fee once, e-mails the receipt and returns to the filing system', () => {
    const trainee = new ReinstatingAttorney().reachPaymentReview();
    expect(trainee.submitPayment().status).toBe('accepted');
    expect(trainee.page).toEqual({ kind: 'cmecf-reinstatement-returned', courtId: MOW });
    const [payment] = reinstatementOf(trainee.world).payments;
    expect(payment).toMatchObject({ receiptNumber: 'AMOWDC-6532718', accountNumber: MARISOL.accountNumber, amountCents: 10_000 });
    const receipt = trainee.world.mailbox.find((mail) => mail.template === 'court-fee-receipt');
    expect(receipt?.to).toBe(RECEIPT_FIELDS.email);
    expect(receipt?.fields).toContainEqual({ label: 'Amount', value: '$100.00' });
    expect(receipt?.fields).toContainEqual({ label: 'Payment Method', value: 'Visa ending in 1111' });
  });

  it('a double submit charges once: the second post is refused', () => {
    const trainee = new ReinstatingAttorney().reachPaymentReview();
    trainee.submitPayment();
    expect(trainee.submitPayment().message).toBe(NOT_ON_THIS_PAGE);
    // Back to the review screen and Submit again: PACER says it is paid already.
    trainee.back();
    expect(trainee.page.kind).toBe('pacer-fee-review');
    expect(trainee.submitPayment()).toEqual({ status: 'refused', mistake: null, message: PAYMENT_MESSAGES.alreadyPaid('AMOWDC-6532718') });
    expect(reinstatementOf(trainee.world).payments).toHaveLength(1);
    expect(trainee.world.mailbox.filter((mail) => mail.template === 'court-fee-receipt')).toHaveLength(1);
  });

  it('starting the event over after paying keeps the payment: the fee screen goes straight back to the filing', () => {
    const trainee = new ReinstatingAttorney().pay();
    trainee.openReinstatement();
    trainee.chooseEvent('atty-reinstatement');
    trainee.submit('cmecf/reinstatement/case', 'next');
    trainee.submit('cmecf/reinstatement/statement', 'next');
    trainee.enterAttorney('Marisol K. Ferrante', '58214');
    trainee.submit('cmecf/reinstatement/fee', 'next');
    expect(trainee.page.kind).toBe('cmecf-reinstatement-returned');
    expect(reinstatementOf(trainee.world).payments).toHaveLength(1);
  });
});
