import { describe, expect, it } from 'vitest';
import { COURT_SIDE_MESSAGES } from '../../../../../shared/model/cmecf/court-part';
import { CURRENTGEN_PASSWORD_MESSAGES, newPasswordProblem } from '../../../../../shared/model/cmecf/currentgen-password/part';
import { toSecret } from '../../../../../shared/model/credentials';
import { describeEvent } from '../../../../../shared/model/describe';
import { MISTAKES } from '../../../../../shared/model/mistakes';
import { checkHolds } from '../../../../../shared/scenario/checks';
import { Attempt, scenarioVariant, SALT } from '../../../../support/attempt';
import { builtinScenario } from '../../../../support/scenarios';

/**
 * "Forgot Your Password" at the W.D. Mo. district court before its NextGen
 * go-live (seed 003, the court's letter): the CM/ECF login page, the court's
 * e-mail, a new password, and the login with the CM/ECF credentials.
 */

const scenario = builtinScenario('cmecf-currentgen-forgot-password');
const LOGIN_PAGE = 'https://ecf.mow.uscourts.gov';
const FORGOT = 'https://ecf.mow.uscourts.gov/cgi-bin/ForgotPassword.pl';
const RESET = 'https://ecf.mow.uscourts.gov/cgi-bin/ResetPassword.pl?request=61480';
const CMECF = { login: 'th5127', forgotten: 'Swope#Park1896', chosen: 'Union#Station1914' } as const;
const PACER = { username: 'tholloway.kc', password: 'Liberty#Memorial26' } as const;

function logInToCmecf(trainee: Attempt, login: string, password: string) {
  return trainee.submit('cmecf/currentgen-login', 'login', { login, redaction: 'on' }, { password });
}

function requestReset(trainee: Attempt, login: string = CMECF.login) {
  trainee.goTo(LOGIN_PAGE);
  trainee.goTo(FORGOT, 'link');
  return trainee.submit('cmecf/forgot-password', 'submit', { login });
}

function resetPassword(trainee: Attempt, password: string = CMECF.chosen, confirm: string = password) {
  return trainee.submit('cmecf/reset-password', 'submit', {}, { newPassword: password, confirmPassword: confirm });
}

describe('the CM/ECF login page before the upgrade is the court’s own', () => {
  it('ecf.mow.uscourts.gov shows the CurrentGen login, and its Forgot Your Password page', () => {
    const trainee = new Attempt(scenario);
    trainee.goTo('ecf.mow.uscourts.gov');
    expect(trainee.page).toEqual({ kind: 'cmecf-currentgen-login', courtId: 'mow' });
    trainee.goTo(FORGOT, 'link');
    expect(trainee.page).toEqual({ kind: 'cmecf-forgot-password', courtId: 'mow' });
  });

  it('after the go-live the same addresses are NextGen’s: the PACER login, no court password pages', () => {
    const afterGoLive = scenarioVariant('cmecf-currentgen-forgot-password', (draft) => {
      draft.clock.start = '2018-04-23T08:00:00';
    });
    const trainee = new Attempt(afterGoLive);
    trainee.goTo(FORGOT);
    expect(trainee.page).toEqual({ kind: 'pacer-login', courtId: 'mow' });
    trainee.goTo(RESET);
    expect(trainee.page.kind).toBe('pacer-login');
  });
});

describe('Forgot Your Password', () => {
  it('the login is required, and must be one of this court’s CM/ECF logins (case sensitive)', () => {
    const trainee = new Attempt(scenario);
    expect(requestReset(trainee, '')).toEqual({ status: 'refused', mistake: null, message: 'Login is required.' });
    for (const wrong of ['TH5127', PACER.username]) {
      expect(trainee.submit('cmecf/forgot-password', 'submit', { login: wrong })).toEqual({
        status: 'refused',
        mistake: null,
        message: CURRENTGEN_PASSWORD_MESSAGES.unknownLogin,
      });
    }
    expect(trainee.world.mailbox).toEqual([]);
    expect(trainee.page.kind).toBe('cmecf-forgot-password');
  });

  it('the court e-mails a reset link to the login’s primary address and the login page says so', () => {
    const trainee = new Attempt(scenario);
    expect(requestReset(trainee)).toEqual({ status: 'accepted', mistake: null, message: CURRENTGEN_PASSWORD_MESSAGES.linkSent });
    expect(trainee.page).toEqual({ kind: 'cmecf-currentgen-login', courtId: 'mow' });
    const [mail] = trainee.world.mailbox;
    expect(mail).toMatchObject({
      id: 'mail-1',
      template: 'cmecf-password-reset',
      to: 'tholloway@holloway-beck.example',
      from: 'cmecf_helpdesk@mow.uscourts.gov',
      subject: 'CM/ECF password reset: MISSOURI WESTERN DISTRICT COURT',
      link: { label: 'Reset Your Password', address: RESET },
    });
    expect(mail?.fields).toContainEqual({ label: 'Login', value: CMECF.login });
    expect(mail?.fields).toContainEqual({ label: 'Link Active Until', value: '04/03/2018 09:10:27 CST' });
    expect(checkHolds({ kind: 'mail-received', template: 'cmecf-password-reset' }, trainee.world)).toBe(true);
    expect(describeEvent(trainee.events[3]!, trainee.world)).toBe('Asked the court to e-mail a password reset link for CM/ECF login "th5127"');
  });
});

describe('the e-mailed link sets a new CM/ECF password', () => {
  it('CM/ECF’s password rules, one message at a time', () => {
    const secret = (password: string) => toSecret(SALT, password);
    expect(newPasswordProblem(null, null)).toBe(CURRENTGEN_PASSWORD_MESSAGES.newPasswordRequired);
    expect(newPasswordProblem(secret('Ab#1'), secret('Ab#1'))).toBe(CURRENTGEN_PASSWORD_MESSAGES.tooShort);
    expect(newPasswordProblem(secret('Ab#1'.repeat(17)), null)).toBe(CURRENTGEN_PASSWORD_MESSAGES.tooLong);
    expect(newPasswordProblem(secret(CMECF.chosen), null)).toBe(CURRENTGEN_PASSWORD_MESSAGES.confirmRequired);
    expect(newPasswordProblem(secret(CMECF.chosen), secret('Union#Station1915'))).toBe(CURRENTGEN_PASSWORD_MESSAGES.mismatch);
    expect(newPasswordProblem(secret(CMECF.chosen), secret(CMECF.chosen))).toBeNull();
  });

  it('the link’s page takes the new password once; the world keeps only its salted digest', () => {
    const trainee = new Attempt(scenario);
    requestReset(trainee);
    trainee.openMail('mail-1');
    trainee.goTo(RESET, 'link');
    expect(trainee.page).toEqual({ kind: 'cmecf-reset-password', courtId: 'mow', request: '61480', valid: true });
    expect(resetPassword(trainee, CMECF.chosen, 'Union#Station1915').message).toBe(CURRENTGEN_PASSWORD_MESSAGES.mismatch);
    expect(resetPassword(trainee)).toEqual({ status: 'accepted', mistake: null, message: CURRENTGEN_PASSWORD_MESSAGES.passwordChanged });
    expect(trainee.page).toEqual({ kind: 'cmecf-currentgen-login', courtId: 'mow' });
    expect(checkHolds({ kind: 'currentgen-password-reset', courtId: 'mow', ecfLogin: CMECF.login }, trainee.world)).toBe(true);
    expect(JSON.stringify(trainee.world)).not.toContain(CMECF.chosen);

    trainee.goTo(RESET, 'link');
    expect(trainee.page).toEqual({ kind: 'cmecf-reset-password', courtId: 'mow', request: '61480', valid: false });
    expect(resetPassword(trainee, 'Another#Pass77').message).toBe(CURRENTGEN_PASSWORD_MESSAGES.linkInvalid);
  });

  it('the link is active for 24 hours', () => {
    const trainee = new Attempt(scenario);
    requestReset(trainee);
    trainee.wait(1);
    // The next business day opens at 9:00, minutes before the link's 24 hours are up.
    trainee.goTo(RESET, 'link');
    expect(trainee.page).toMatchObject({ kind: 'cmecf-reset-password', valid: true });
    trainee.wait(1);
    trainee.goTo(RESET, 'link');
    expect(trainee.page).toMatchObject({ kind: 'cmecf-reset-password', valid: false });
    expect(checkHolds({ kind: 'currentgen-password-reset', courtId: 'mow', ecfLogin: CMECF.login }, trainee.world)).toBe(false);
  });

  it('an address with a link the court never sent opens no form', () => {
    const trainee = new Attempt(scenario);
    trainee.goTo('https://ecf.mow.uscourts.gov/cgi-bin/ResetPassword.pl?request=61480');
    expect(trainee.page).toMatchObject({ kind: 'cmecf-reset-password', valid: false });
  });
});

describe('the login with the CM/ECF credentials', () => {
  it('PACER credentials there are pacer-credentials-before-go-live, with the letter’s rule', () => {
    const trainee = new Attempt(scenario);
    trainee.goTo(LOGIN_PAGE);
    expect(logInToCmecf(trainee, PACER.username, PACER.password)).toEqual({
      status: 'refused',
      mistake: 'pacer-credentials-before-go-live',
      message: COURT_SIDE_MESSAGES.currentGenLoginFailed,
    });
    const definition = MISTAKES['pacer-credentials-before-go-live'];
    expect(definition.rule).toContain('Each attorney must know his/her current CM/ECF login and password for filing documents.');
    expect(definition.rule).toContain('please use the “Forgot Your Password” feature from the CM/ECF login page');
    expect(definition.source).toMatch(/W\.D\. Mo\.: letter to office managers on the NextGen upgrade/);
  });

  it('after the reset the old password no longer opens CM/ECF and the new one does', () => {
    const trainee = new Attempt(scenario);
    requestReset(trainee);
    trainee.goTo(RESET, 'link');
    resetPassword(trainee);
    expect(logInToCmecf(trainee, CMECF.login, CMECF.forgotten)).toMatchObject({ status: 'refused', mistake: 'cmecf-credentials-invalid' });
    expect(checkHolds({ kind: 'currentgen-logged-in', courtId: 'mow' }, trainee.world)).toBe(false);
    expect(logInToCmecf(trainee, CMECF.login, CMECF.chosen)).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: 'mow' });
    expect(trainee.menus('mow')).toContain('Civil');
    expect(trainee.world.session.signedInAccount).toBeNull();
    expect(checkHolds({ kind: 'currentgen-logged-in', courtId: 'mow' }, trainee.world)).toBe(true);
  });
});
