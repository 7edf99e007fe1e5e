import { describe, expect, it } from 'vitest';
import { currentPage } from '../../../../../shared/model/pages';
import { PACER_ENTRY } from '../../../../../shared/model/pacer/hosts';
import { accountState, mmaSignedInAccount } from '../../../../../shared/model/pacer/account/state';
import { homeUrl, optionUrl } from '../../../../../shared/model/pacer/account/routes';
import { GRACE, KARIN, MmaDesk } from './support';

describe('Manage My Account login (FIDELITY 1.3)', () => {
  it('opens the login page from the PACER navigation, then the form behind "Log in to Manage My Account"', () => {
    const desk = MmaDesk.of('pacer-stored-payment');
    desk.goTo(PACER_ENTRY.manageMyAccountLogin, 'link');
    expect(currentPage(desk.world)).toEqual({ kind: 'mma-login', form: false });
    desk.goTo(`${PACER_ENTRY.manageMyAccountLogin}?form=login`, 'link');
    expect(currentPage(desk.world)).toEqual({ kind: 'mma-login', form: true });
  });

  it('logs in with the PACER username and password and shows the account, without signing in to CM/ECF', () => {
    const desk = MmaDesk.of('pacer-stored-payment');
    expect(desk.loginAt(GRACE.username, GRACE.password)).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(currentPage(desk.world)).toEqual({ kind: 'mma-home', accountNumber: GRACE.accountNumber, tab: 'settings' });
    expect(mmaSignedInAccount(desk.world)?.accountNumber).toBe(GRACE.accountNumber);
    expect(desk.world.session.signedInAccount).toBeNull();
  });

  it('accepts the username in any case, as PACER does', () => {
    const desk = MmaDesk.of('pacer-stored-payment');
    expect(desk.loginAt('GOKONKWO', GRACE.password).status).toBe('accepted');
  });

  it.each([
    ['', GRACE.password, 'Username is required.'],
    [GRACE.username, '', 'Password is required.'],
    ['gok', GRACE.password, 'Username must be at least 6 characters.'],
    [GRACE.username, 'short', 'Password must be at least 8 characters.'],
    [GRACE.username, 'Wrong*Password1', 'Invalid username or password.'],
    ['nobody-here', GRACE.password, 'Invalid username or password.'],
  ])('refuses username %j with the site wording', (username, password, message) => {
    const desk = MmaDesk.of('pacer-stored-payment');
    const outcome = desk.loginAt(username, password);
    expect(outcome).toEqual({ status: 'refused', mistake: 'pacer-credentials-invalid', message });
    expect(accountState(desk.world).signedIn).toBeNull();
    expect(desk.kind).toBe('mma-login');
  });

  it('refuses an over-long or hostile username without echoing markup anywhere but as text', () => {
    const desk = MmaDesk.of('pacer-stored-payment');
    const outcome = desk.loginAt(`<img src=x onerror=alert(1)>${'a'.repeat(300)}`, GRACE.password);
    expect(outcome.status).toBe('refused');
    expect(outcome.message).toBe('Invalid username or password.');
  });

  it('shows the login form for any page behind it while logged out, and again after Logout', () => {
    const desk = MmaDesk.of('pacer-stored-payment');
    desk.goTo(optionUrl('stored-payment'), 'address-bar');
    expect(currentPage(desk.world)).toEqual({ kind: 'mma-login', form: true });
    desk.loginAt(GRACE.username, GRACE.password);
    desk.openOption('change-password');
    expect(desk.kind).toBe('mma-option');
    expect(desk.submit('pacer/account/logout', 'logout')).toEqual({
      status: 'accepted',
      mistake: null,
      message: 'You have been logged out of Manage My Account.',
    });
    desk.goTo(homeUrl(), 'address-bar');
    expect(currentPage(desk.world)).toEqual({ kind: 'mma-login', form: true });
  });

  it('refuses a login posted from a page that has no login form', () => {
    const desk = MmaDesk.of('pacer-stored-payment');
    desk.goTo(PACER_ENTRY.home, 'address-bar');
    const outcome = desk.submit('pacer/account/login', 'login', { username: GRACE.username }, { password: GRACE.password });
    expect(outcome.status).toBe('refused');
  });

  it('keeps the legacy username working until the upgrade', () => {
    const desk = MmaDesk.of('pacer-upgrade-legacy');
    expect(desk.loginAt(KARIN.username, KARIN.password).status).toBe('accepted');
  });
});

describe('Forgot Your Password? and Forgot Username?', () => {
  function requestReset(desk: MmaDesk, fields: Record<string, string>) {
    desk.goTo('https://pacer.psc.uscourts.gov/pscof/forgotPassword.jsf', 'link');
    return desk.submit('pacer/account/forgot-password', 'submit', fields);
  }

  it('e-mails a reset link when the e-mail and one identifier match; the link sets a new password once', () => {
    const desk = MmaDesk.of('pacer-stored-payment');
    const outcome = requestReset(desk, { email: 'grace@okonkwo-law.example', username: 'gokonkwo' });
    expect(outcome.status).toBe('accepted');
    const mail = desk.world.mailbox.at(-1)!;
    expect(mail.template).toBe('pacer-password-reset');
    expect(mail.to).toBe('grace@okonkwo-law.example');
    const link = mail.fields.find((row) => row.label === 'Reset PACER Password')!.value;
    desk.goTo(link, 'address-bar');
    expect(currentPage(desk.world)).toMatchObject({ kind: 'mma-reset-password', valid: true });

    expect(desk.submit('pacer/account/reset-password', 'submit', { token: link.split('token=')[1]! }, { newPassword: 'New*Password2019', confirmPassword: 'Other*Password2019' }).message).toBe(
      'Passwords do not match.',
    );
    expect(desk.submit('pacer/account/reset-password', 'submit', { token: link.split('token=')[1]! }, { newPassword: 'short', confirmPassword: 'short' }).message).toBe(
      'Password must be at least 8 characters.',
    );
    const reset = desk.submit('pacer/account/reset-password', 'submit', { token: link.split('token=')[1]! }, { newPassword: 'New*Password2019', confirmPassword: 'New*Password2019' });
    expect(reset.status).toBe('accepted');
    expect(desk.loginAt(GRACE.username, GRACE.password).status).toBe('refused');
    expect(desk.loginAt(GRACE.username, 'New*Password2019').status).toBe('accepted');

    desk.goTo(link, 'address-bar');
    expect(currentPage(desk.world)).toMatchObject({ kind: 'mma-reset-password', valid: false });
  });

  it('accepts the date of birth or the account number instead of the username', () => {
    const desk = MmaDesk.of('pacer-stored-payment');
    requestReset(desk, { email: 'grace@okonkwo-law.example', dateOfBirth: '02/19/1981' });
    requestReset(desk, { email: 'grace@okonkwo-law.example', accountNumber: '5120334' });
    expect(desk.world.mailbox.filter((mail) => mail.template === 'pacer-password-reset')).toHaveLength(2);
  });

  it('says the same when nothing matches, and sends nothing', () => {
    const desk = MmaDesk.of('pacer-stored-payment');
    const outcome = requestReset(desk, { email: 'grace@okonkwo-law.example', dateOfBirth: '01/01/1990' });
    expect(outcome.message).toMatch(/If the information you entered matches a PACER account/);
    expect(desk.world.mailbox).toHaveLength(0);
  });

  it.each([
    [{ email: '' }, 'Email Address is required.'],
    [{ email: 'not-an-address' }, 'Enter a valid email address.'],
    [{ email: 'grace@okonkwo-law.example' }, 'Enter your Username, Account Number or Date of Birth with your email address.'],
    [{ email: 'grace@okonkwo-law.example', dateOfBirth: '02/30/1981' }, 'Enter the Date of Birth as MM/DD/YYYY.'],
    [{ email: 'grace@okonkwo-law.example', accountNumber: '12ab' }, 'Account Number must be 6 to 8 digits.'],
    [{ email: `${'a'.repeat(120)}@example.com`, username: 'gokonkwo' }, 'Email Address must be at most 100 characters.'],
  ])('refuses bad input %j', (fields, message) => {
    const desk = MmaDesk.of('pacer-stored-payment');
    expect(requestReset(desk, fields as Record<string, string>)).toEqual({ status: 'refused', mistake: null, message });
  });

  it('a made-up reset link does not open the form', () => {
    const desk = MmaDesk.of('pacer-stored-payment');
    desk.goTo('https://pacer.psc.uscourts.gov/pscof/resetPassword.jsf?token=abc', 'address-bar');
    expect(currentPage(desk.world)).toMatchObject({ kind: 'mma-reset-password', valid: false });
    expect(desk.submit('pacer/account/reset-password', 'submit', { token: 'abc' }, { newPassword: 'New*Password2019', confirmPassword: 'New*Password2019' }).status).toBe('refused');
  });

  it('Forgot Username? e-mails the username', () => {
    const desk = MmaDesk.of('pacer-stored-payment');
    desk.goTo('https://pacer.psc.uscourts.gov/pscof/forgotUsername.jsf', 'link');
    expect(desk.submit('pacer/account/forgot-username', 'submit', { email: 'grace@okonkwo-law.example' }).message).toBe(
      'Enter your Account Number or Date of Birth with your email address.',
    );
    desk.submit('pacer/account/forgot-username', 'submit', { email: 'GRACE@okonkwo-law.example', accountNumber: '5120334' });
    const mail = desk.world.mailbox.at(-1)!;
    expect(mail.template).toBe('pacer-username-reminder');
    expect(mail.fields).toContainEqual({ label: 'Username', value: 'gokonkwo' });
  });
});
