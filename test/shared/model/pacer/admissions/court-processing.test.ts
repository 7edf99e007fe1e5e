import { describe, expect, test } from 'vitest';
import { feePaymentUrl } from '../../../../../shared/model/pacer/admissions/addresses';
import { FEE_MESSAGES, isCardNumber } from '../../../../../shared/model/pacer/admissions/fee-payment';
import { admissionsOf } from '../../../../../shared/model/pacer/admissions/state';
import { PACER_ENTRY } from '../../../../../shared/model/pacer/hosts';
import { ACCEPTED } from '../../../../../shared/model/transitions';
import { ecfAccountLinkedTo } from '../../../../../shared/model/world';
import { hasFilingRights } from '../../../../../shared/model/menus';
import { Desk, EFILE } from './desk';

const refusedWith = (message: string, mistake: string | null = null) => ({ status: 'refused', message, mistake });
const CARD = { paymentMethod: 'new', cardholderName: 'Alicia M. Ferreira', cardNumber: '4111 1111 1111 1111', expirationMonth: '12', expirationYear: '2021', authorize: 'on' };

describe("the court's review of an admission", () => {
  test('nothing happens before the processing time; then the fee-due e-mail carries the payment link', () => {
    const desk = Desk.district().submitAdmission();
    desk.wait(1);
    expect(admissionsOf(desk.world).requests[0]?.status).toBe('pending');
    desk.wait(1);
    const request = admissionsOf(desk.world).requests[0]!;
    expect(request.status).toBe('fee-due');
    const mail = desk.world.mailbox.at(-1)!;
    expect(mail.template).toBe('admission-fee-due');
    expect(mail.link).toEqual({ label: 'Pay Admission Fee', address: feePaymentUrl('52017') });
    expect(mail.fields).toContainEqual({ label: 'Transaction Status', value: 'Approved - Fee Due' });
    expect(ecfAccountLinkedTo(desk.world, 'mow', '5520318')).toBeNull();
  });

  test('a court that decides at once sends the decision with the confirmation', () => {
    const desk = Desk.district((scenario) => {
      scenario.world.admissions = { processingBusinessDays: 0, filingAgentAccounts: [] };
    }).submitAdmission();
    expect(desk.world.mailbox.map((mail) => mail.template)).toEqual(['efile-request-received', 'admission-fee-due']);
  });

  test('a federal government attorney who asks for the fee waiver is admitted without a fee', () => {
    const desk = Desk.district((scenario) => {
      scenario.world.pacerAccounts[0]!.userType = 'federal-government';
      scenario.world.admissions = { processingBusinessDays: 0, filingAgentAccounts: [] };
    });
    desk.logInToManageMyAccount().openAttorneyAdmissions();
    desk.chooseCourt();
    desk.chooseRequestType('admission');
    desk.sections('add-bar', { newBar: 'Missouri', newBarNumber: '68421' });
    desk.sections('use-sample-pdf', { feeChoice: 'waiver', waiverReason: 'Assistant United States Attorney' });
    desk.sections('next', { feeChoice: 'waiver', waiverReason: 'Assistant United States Attorney' });
    desk.submit('pacer/efile/registration', 'next', EFILE);
    desk.submit('pacer/efile/payment-defaults', 'next');
    desk.submit('pacer/efile/acknowledgments', 'submit', { admissionPolicies: 'on', termsOfUse: 'on', termsSignature: 'on' });
    expect(admissionsOf(desk.world).requests[0]?.status).toBe('processed');
    expect(ecfAccountLinkedTo(desk.world, 'mow', '5520318')?.role).toBe('attorney');
  });
});

describe('paying the admission fee online', () => {
  const feeDue = (edit?: Parameters<typeof Desk.district>[0]) => {
    const desk = Desk.district(edit).submitAdmission();
    desk.wait(2);
    desk.goTo(feePaymentUrl('52017'), 'link');
    return desk;
  };
  const pay = (desk: Desk, fields: Record<string, string>) => desk.submit('pacer/efile/admission-fee', 'submit', { ...CARD, ...fields });

  test('the card is checked: name, number, expiry, authorization', () => {
    const desk = feeDue();
    expect(desk.page.kind).toBe('admission-fee-payment');
    expect(pay(desk, { paymentMethod: '' })).toEqual(refusedWith(FEE_MESSAGES.method));
    expect(pay(desk, { cardholderName: '' })).toEqual(refusedWith(FEE_MESSAGES.cardholder));
    expect(pay(desk, { cardholderName: 'x'.repeat(121) })).toEqual(refusedWith(FEE_MESSAGES.tooLong));
    expect(pay(desk, { cardNumber: '4111 1111 1111 1112' })).toEqual(refusedWith(FEE_MESSAGES.cardNumber));
    expect(pay(desk, { expirationMonth: '' })).toEqual(refusedWith(FEE_MESSAGES.expiration));
    expect(pay(desk, { expirationYear: '2018' })).toEqual(refusedWith(FEE_MESSAGES.expired));
    expect(pay(desk, { authorize: '' })).toEqual(refusedWith(FEE_MESSAGES.authorize));
    expect(admissionsOf(desk.world).requests[0]?.feePaidAt).toBeNull();
  });

  test('paid: receipt, e-filing privileges, and the filing menus once signed in', () => {
    const desk = feeDue();
    expect(pay(desk, {})).toEqual(ACCEPTED);
    expect(desk.page).toEqual({ kind: 'admission-fee-receipt', transactionId: '52017' });
    expect(admissionsOf(desk.world).requests[0]).toMatchObject({ status: 'processed', feeReceipt: 'ADM-52017' });
    expect(desk.world.mailbox.slice(-2).map((mail) => mail.template)).toEqual(['admission-fee-receipt', 'efile-request-processed']);
    expect(JSON.stringify(desk.world)).not.toContain('4111111111111111');
    desk.goTo('https://ecf.mow.uscourts.gov/');
    desk.logIn('aferreira', 'Union*Station19');
    expect(hasFilingRights(desk.world, 'mow')).toBe(true);
    // The fee cannot be paid twice.
    desk.goTo(feePaymentUrl('52017'));
    expect(pay(desk, {}).status).toBe('refused');
  });

  test("the firm's PAA card is refused for the admission fee", () => {
    const desk = feeDue((scenario) => {
      scenario.world.pacerAccounts.push({
        accountNumber: '9000001',
        username: 'brightwaterpaa',
        password: 'Central*Billing1',
        kind: 'upgraded',
        userType: 'individual',
        name: 'Brightwater Hale LLP',
        email: 'billing@brightwater-hale.example',
        administrative: true,
      });
      scenario.world.pacerAccounts[0]!.paaAccountNumber = '9000001';
    });
    expect(pay(desk, { paymentMethod: 'paa' })).toEqual(refusedWith(FEE_MESSAGES.paa, 'paa-card-for-admission-fee'));
  });

  test('a stored card with the admissions fee type pays it', () => {
    const desk = feeDue((scenario) => {
      scenario.world.pacerAccounts[0]!.storedPayments = [
        { id: 'visa-1111', method: 'card', holderName: 'Alicia M. Ferreira', label: 'Visa', lastFour: '1111', expires: '2021-12', feeTypes: ['E', 'A'] },
      ];
    });
    expect(pay(desk, { paymentMethod: 'stored:visa-1111' })).toEqual(ACCEPTED);
    expect(desk.world.mailbox.find((mail) => mail.template === 'admission-fee-receipt')?.fields).toContainEqual({ label: 'Paid With', value: 'Visa ending in 1111' });
  });

  test('Luhn: a mistyped digit fails', () => {
    expect(isCardNumber('4111111111111111')).toBe(true);
    expect(isCardNumber('4111111111111121')).toBe(false);
    expect(isCardNumber('41111')).toBe(false);
  });
});

describe('a filer who already has a CM/ECF account in the court', () => {
  const withOldAccount = (linkFails = false) =>
    Desk.district((scenario) => {
      scenario.world.ecfAccounts.push({
        id: 'ferreira-mow',
        courtId: 'mow',
        login: 'amf3310',
        password: 'Old*Login2017',
        name: 'Alicia Ferreira',
        role: 'attorney',
        primaryEmail: 'aferreira@brightwater-hale.example',
        linkFails,
      });
      scenario.world.admissions = { processingBusinessDays: 0, filingAgentAccounts: [] };
    });

  test('should link instead: the request is a mistake and the court rejects it', () => {
    const desk = withOldAccount();
    desk.logInToManageMyAccount().openAttorneyAdmissions();
    desk.chooseCourt();
    desk.chooseRequestType('efile-only');
    desk.submit('pacer/efile/registration', 'next', EFILE);
    desk.submit('pacer/efile/payment-defaults', 'next');
    const outcome = desk.submit('pacer/efile/acknowledgments', 'submit', { termsOfUse: 'on', policies: 'on' });
    expect(outcome).toEqual({ status: 'accepted', mistake: 'efile-request-duplicate', message: null });
    expect(admissionsOf(desk.world).requests[0]?.status).toBe('rejected');
  });

  test('after the link has failed, a new E-File Registration Only request is the fallback (seed 004) and is granted', () => {
    const desk = withOldAccount(true);
    desk.link({ username: 'aferreira', password: 'Union*Station19' }, { login: 'amf3310', password: 'Old*Login2017' }, 'mow');
    expect(ecfAccountLinkedTo(desk.world, 'mow', '5520318')).toBeNull();
    desk.logInToManageMyAccount().openAttorneyAdmissions();
    desk.chooseCourt();
    desk.chooseRequestType('efile-only');
    desk.submit('pacer/efile/registration', 'next', EFILE);
    desk.submit('pacer/efile/payment-defaults', 'next');
    expect(desk.submit('pacer/efile/acknowledgments', 'submit', { termsOfUse: 'on', policies: 'on' })).toEqual(ACCEPTED);
    expect(admissionsOf(desk.world).requests[0]?.status).toBe('processed');
    expect(ecfAccountLinkedTo(desk.world, 'mow', '5520318')).not.toBeNull();
  });

  test('once a filer already linked, the court refuses a new request', () => {
    const desk = Desk.district((scenario) => {
      scenario.world.ecfAccounts.push({
        id: 'ferreira-mow',
        courtId: 'mow',
        login: 'amf3310',
        password: 'Old*Login2017',
        name: 'Alicia Ferreira',
        role: 'attorney',
        primaryEmail: 'aferreira@brightwater-hale.example',
        linkedPacerAccount: '5520318',
      });
    });
    desk.logInToManageMyAccount().openAttorneyAdmissions();
    expect(desk.chooseCourt().mistake).toBe('efile-request-duplicate');
  });
});

describe('Non-Attorney E-File Registration', () => {
  const nonAttorney = () => {
    const desk = Desk.district((scenario) => {
      scenario.world.admissions = { processingBusinessDays: 1, filingAgentAccounts: ['5520318'] };
    }).logInToManageMyAccount();
    desk.goTo(PACER_ENTRY.nonAttorneyEfile, 'link');
    return desk;
  };
  const register = (desk: Desk, fields: Record<string, string>) =>
    desk.submit('pacer/efile/non-attorney', 'next', { courtType: 'district', court: 'mow', role: 'Filing Agent', individualAcknowledged: 'on', emailFormat: 'HTML', ...fields });

  test('court, Role in Court and the acknowledgment on one screen', () => {
    const desk = nonAttorney();
    expect(desk.page.kind).toBe('admission-non-attorney');
    expect(register(desk, { court: '' }).status).toBe('refused');
    expect(register(desk, { role: 'Attorney' })).toEqual(refusedWith('Role in Court is required.'));
    expect(register(desk, { role: 'Creditor' })).toEqual(refusedWith('Role in Court is required.'));
    expect(register(desk, { individualAcknowledged: '' }).mistake).toBe('efile-acknowledgment-skipped');
    expect(register(desk, {})).toEqual(ACCEPTED);
    expect(desk.page.kind).toBe('admission-payment-defaults');
  });

  test('the filing agent is approved as a filing agent after the processing time', () => {
    const desk = nonAttorney();
    register(desk, {});
    desk.submit('pacer/efile/payment-defaults', 'next');
    expect(desk.submit('pacer/efile/acknowledgments', 'submit', { nonAttorneyTerms: 'on' }).mistake).toBe('efile-acknowledgment-skipped');
    expect(desk.submit('pacer/efile/acknowledgments', 'submit', { nonAttorneyTerms: 'on', nonAttorneySignature: 'on' })).toEqual(ACCEPTED);
    expect(desk.page).toMatchObject({ kind: 'admission-confirmation', path: 'non-attorney' });
    desk.wait(1);
    expect(admissionsOf(desk.world).requests[0]).toMatchObject({ status: 'processed', role: 'Filing Agent', ecfRole: 'filing-agent' });
    expect(ecfAccountLinkedTo(desk.world, 'mow', '5520318')?.role).toBe('filing-agent');
  });
});
