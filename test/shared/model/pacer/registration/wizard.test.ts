import { describe, expect, it } from 'vitest';
import { activationCode } from '../../../../../shared/model/pacer/registration/codes';
import { REGISTRATION_MESSAGES } from '../../../../../shared/model/pacer/registration/wizard';
import { FIRST_NEW_ACCOUNT_NUMBER } from '../../../../../shared/model/pacer/registration/state';
import {
  atAccountForm,
  CARD_FIELDS,
  NO_CARD,
  PASSWORD,
  PRIYA_FIELDS,
  register,
  SECURITY_FIELDS,
  tokenFor,
  toPayment,
} from './support';

const NEW_ACCOUNT = String(FIRST_NEW_ACCOUNT_NUMBER);
const ACCEPTED = { status: 'accepted', mistake: null, message: null };

describe('the validation token (seed 002, steps 8-10)', () => {
  it('Next on Account Information e-mails a security code to the address typed, and shows the Validation Token screen', () => {
    const attempt = atAccountForm();
    expect(attempt.submit('pacer/register/account-information', 'next', PRIYA_FIELDS)).toEqual(ACCEPTED);
    expect(attempt.page.kind).toBe('pacer-registration-validation');
    const [mail] = attempt.world.mailbox;
    expect(mail?.template).toBe('registration-validation-token');
    expect(mail?.to).toBe('praman@raman-ostby.example');
    expect(mail?.fields).toContainEqual({ label: 'Security Code', value: tokenFor(attempt) });
  });

  it('a wrong token is refused with its mistake and the screen stays; the right one moves on', () => {
    const attempt = atAccountForm();
    attempt.submit('pacer/register/account-information', 'next', PRIYA_FIELDS);
    expect(attempt.submit('pacer/register/validation-token', 'next', { validationToken: 'ABCD2345' })).toEqual({
      status: 'refused',
      mistake: 'validation-token-wrong',
      message: REGISTRATION_MESSAGES.tokenWrong,
    });
    expect(attempt.page.kind).toBe('pacer-registration-validation');
    expect(attempt.submit('pacer/register/validation-token', 'next', { validationToken: '' }).message).toBe('Validation Token is required.');
    // Pasted with stray spaces or in lower case it still works.
    expect(attempt.submit('pacer/register/validation-token', 'next', { validationToken: ` ${tokenFor(attempt).toLowerCase()} ` })).toEqual(ACCEPTED);
    expect(attempt.page.kind).toBe('pacer-registration-security');
  });

  it('Resend Token sends a new code; only the latest one works', () => {
    const attempt = atAccountForm();
    attempt.submit('pacer/register/account-information', 'next', PRIYA_FIELDS);
    attempt.submit('pacer/register/validation-token', 'resend');
    expect(attempt.world.mailbox).toHaveLength(2);
    expect(attempt.submit('pacer/register/validation-token', 'next', { validationToken: tokenFor(attempt, PRIYA_FIELDS.email, 1) }).mistake).toBe(
      'validation-token-wrong',
    );
    expect(attempt.submit('pacer/register/validation-token', 'next', { validationToken: tokenFor(attempt, PRIYA_FIELDS.email, 2) })).toEqual(ACCEPTED);
  });

  it('an e-mail address typed wrong (twice) sends the token elsewhere: nothing reaches the mailbox', () => {
    const attempt = atAccountForm();
    attempt.submit('pacer/register/account-information', 'next', { ...PRIYA_FIELDS, email: 'praman@raman-osby.example', confirmEmail: 'praman@raman-osby.example' });
    expect(attempt.page.kind).toBe('pacer-registration-validation');
    expect(attempt.world.mailbox).toEqual([]);
  });
});

describe('username, password and security questions (step 11)', () => {
  function atSecurity(edit?: Parameters<typeof atAccountForm>[0]) {
    const attempt = atAccountForm(edit);
    attempt.submit('pacer/register/account-information', 'next', PRIYA_FIELDS);
    attempt.submit('pacer/register/validation-token', 'next', { validationToken: tokenFor(attempt) });
    return attempt;
  }
  const submit = (attempt: ReturnType<typeof atSecurity>, fields: Record<string, string>, password = PASSWORD, confirm = password) =>
    attempt.submit('pacer/register/security', 'next', fields, { password, confirmPassword: confirm });

  it('refuses a missing, short, odd or taken username', () => {
    const attempt = atSecurity();
    expect(submit(attempt, { ...SECURITY_FIELDS, username: '' }).message).toBe('Username is required.');
    expect(submit(attempt, { ...SECURITY_FIELDS, username: 'pr' }).message).toBe('Username must be 8 to 20 characters.');
    expect(submit(attempt, { ...SECURITY_FIELDS, username: 'p raman kc' }).message).toBe(
      'Username may contain only letters, numbers, periods, hyphens and underscores.',
    );
    // The firm's shared account of the scenario already has this one (case does not matter).
    expect(submit(attempt, { ...SECURITY_FIELDS, username: 'RamanOstby' }).message).toBe('This username is not available. Please choose another username.');
    expect(attempt.page.kind).toBe('pacer-registration-security');
  });

  it('2018-2022: a password of at least 8 characters, typed the same twice', () => {
    const attempt = atSecurity();
    expect(submit(attempt, SECURITY_FIELDS, 'short1!').message).toBe('Password must be at least 8 characters.');
    expect(submit(attempt, SECURITY_FIELDS, PASSWORD, 'Union*Station89').message).toBe('Password and Confirm Password do not match.');
    expect(submit(attempt, SECURITY_FIELDS, 'alllowercase')).toEqual(ACCEPTED);
  });

  it('2025: 14 to 45 characters with lower-case, upper-case and special characters', () => {
    const attempt = atSecurity((scenario) => {
      scenario.era = '2025';
    });
    expect(attempt.world.era).toBe('2025');
    expect(submit(attempt, SECURITY_FIELDS, 'Union*Sta88').message).toBe('Password must be at least 14 characters.');
    expect(submit(attempt, SECURITY_FIELDS, 'union*station*eighty').message).toBe(
      'Password must include at least one lower-case letter, one upper-case letter and one special character.',
    );
    expect(submit(attempt, SECURITY_FIELDS, 'Union*Station*Eighty')).toEqual(ACCEPTED);
  });

  it('two different security questions, both answered', () => {
    const attempt = atSecurity();
    expect(submit(attempt, { ...SECURITY_FIELDS, securityAnswer2: '' }).message).toBe(REGISTRATION_MESSAGES.questionsRequired);
    expect(submit(attempt, { ...SECURITY_FIELDS, securityQuestion2: SECURITY_FIELDS.securityQuestion1 }).message).toBe(REGISTRATION_MESSAGES.questionsDifferent);
    expect(submit(attempt, { ...SECURITY_FIELDS, securityAnswer1: 'ab' }).message).toBe(REGISTRATION_MESSAGES.answerTooShort);
  });
});

describe('payment (steps 12-14) and policies (steps 15-17)', () => {
  it('a validated card with the quarterly authorization gives an active account at once', () => {
    const attempt = register(atAccountForm());
    const account = attempt.world.pacerAccounts[NEW_ACCOUNT];
    expect(account).toMatchObject({
      username: 'praman.kc',
      kind: 'upgraded',
      userType: 'individual',
      name: 'Priya N. Raman',
      caseSearchStatus: 'active',
      dateOfBirth: '1988-04-17',
      administrative: false,
    });
    expect(attempt.page).toEqual({ kind: 'pacer-registration-complete', accountNumber: NEW_ACCOUNT });
    expect(attempt.world.registration?.registrations[0]?.cardLastFour).toBe('1111');
    // The new password logs in at central sign-on; the clear text never entered the world.
    expect(JSON.stringify(attempt.world)).not.toContain(PASSWORD);
    attempt.goTo('https://ecf.mow.uscourts.gov/', 'link');
    expect(attempt.logIn('praman.kc', PASSWORD)).toEqual(ACCEPTED);
  });

  it('a card must be complete, pass its check digit, be unexpired and be authorized', () => {
    const attempt = toPayment(atAccountForm());
    const pay = (fields: Record<string, string>) => attempt.submit('pacer/register/payment', 'next', fields);
    expect(pay({ ...CARD_FIELDS, nameOnCard: '' }).message).toBe(REGISTRATION_MESSAGES.cardIncomplete);
    expect(pay({ ...CARD_FIELDS, cardNumber: '4111 1111 1111 1112' }).message).toBe(REGISTRATION_MESSAGES.cardNumberInvalid);
    expect(pay({ ...CARD_FIELDS, expirationYear: '2019', expirationMonth: '05' }).message).toBe(REGISTRATION_MESSAGES.cardExpired);
    const { authorizeQuarterlyCharges: _unticked, ...unauthorized } = CARD_FIELDS;
    expect(pay(unauthorized).message).toBe(REGISTRATION_MESSAGES.authorizationRequired);
    expect(attempt.page.kind).toBe('pacer-registration-payment');
  });

  it('the policies must be acknowledged; a second Submit (double click) opens no second account', () => {
    const attempt = toPayment(atAccountForm());
    attempt.submit('pacer/register/payment', 'next', CARD_FIELDS);
    expect(attempt.submit('pacer/register/policies', 'submit', {}).message).toBe(REGISTRATION_MESSAGES.policiesRequired);
    expect(attempt.submit('pacer/register/policies', 'submit', { acknowledgePolicies: 'on' })).toEqual(ACCEPTED);
    expect(attempt.submit('pacer/register/policies', 'submit', { acknowledgePolicies: 'on' }).status).toBe('refused');
    expect(Object.keys(attempt.world.pacerAccounts)).toHaveLength(2);
  });

  it('going back in the browser to an earlier step shows where the registration really is', () => {
    const attempt = toPayment(atAccountForm());
    attempt.back();
    expect(attempt.page.kind).toBe('pacer-registration-payment');
  });
});

describe('without a credit card (step 12 note): the activation code by U.S. mail', () => {
  it('the account awaits activation; logging in before it is activated is refused as a mistake', () => {
    const attempt = register(atAccountForm(), NO_CARD);
    expect(attempt.world.pacerAccounts[NEW_ACCOUNT]?.caseSearchStatus).toBe('awaiting-activation');
    attempt.goTo('https://ecf.mow.uscourts.gov/', 'link');
    const outcome = attempt.logIn('praman.kc', PASSWORD);
    expect(outcome).toMatchObject({ status: 'refused', mistake: 'access-before-activation' });
  });

  it('the letter arrives 7-10 business days later, and its code activates the account', () => {
    const attempt = register(atAccountForm(), NO_CARD);
    attempt.wait(6);
    expect(attempt.world.mailbox.filter((mail) => mail.kind === 'letter')).toEqual([]);
    attempt.wait(4);
    const letter = attempt.world.mailbox.find((mail) => mail.kind === 'letter');
    const code = activationCode(attempt.world.scenarioId, NEW_ACCOUNT);
    expect(letter?.template).toBe('registration-activation-letter');
    expect(letter?.to).toContain('1100 Main Street');
    expect(letter?.fields).toContainEqual({ label: 'Activation Code', value: code });

    attempt.goTo('https://pacer.psc.uscourts.gov/pscof/manage/activate.jsf', 'link');
    const activate = (fields: Record<string, string>, password = PASSWORD) => attempt.submit('pacer/activate', 'submit', fields, { password });
    expect(activate({ username: 'praman.kc', activationCode: code }, 'wrong-password').message).toBe('Invalid username or password.');
    expect(activate({ username: 'praman.kc', activationCode: 'ABCD-EFGH' }).mistake).toBe('activation-code-wrong');
    expect(activate({ username: 'praman.kc', activationCode: '' }).message).toBe('Activation Code is required.');
    expect(activate({ username: 'praman.kc', activationCode: code.toLowerCase() })).toEqual(ACCEPTED);
    expect(attempt.world.pacerAccounts[NEW_ACCOUNT]?.caseSearchStatus).toBe('active');
    expect(attempt.page).toEqual({ kind: 'pacer-activation', activatedAccount: NEW_ACCOUNT });
    expect(activate({ username: 'praman.kc', activationCode: code }).message).toMatch(/already|Active/);
  });

  it('signed in to Manage My Account, the activation page asks only for the code', () => {
    const attempt = register(atAccountForm(), NO_CARD);
    attempt.wait(10);
    attempt.goTo('https://pacer.psc.uscourts.gov/pscof/login.jsf?form=login', 'link');
    attempt.submit('pacer/account/login', 'login', { username: 'praman.kc' }, { password: PASSWORD });
    attempt.goTo('https://pacer.psc.uscourts.gov/pscof/manage/activate.jsf', 'link');
    const code = activationCode(attempt.world.scenarioId, NEW_ACCOUNT);
    expect(attempt.submit('pacer/activate', 'submit', { activationCode: code })).toEqual(ACCEPTED);
    expect(attempt.world.pacerAccounts[NEW_ACCOUNT]?.caseSearchStatus).toBe('active');
  });

  it('a code typed before the letter has come does not work, even the right one', () => {
    const attempt = register(atAccountForm(), NO_CARD);
    attempt.goTo('https://pacer.psc.uscourts.gov/pscof/manage/activate.jsf', 'link');
    const code = activationCode(attempt.world.scenarioId, NEW_ACCOUNT);
    expect(attempt.submit('pacer/activate', 'submit', { username: 'praman.kc', activationCode: code }, { password: PASSWORD }).mistake).toBe(
      'activation-code-wrong',
    );
  });
});
