import { describe, expect, test } from 'vitest';
import { ManageAccount } from './poms/account';
import { CourtSide } from './poms/court-side';
import { scenarioSession } from './support/scenario-session';

/**
 * cmecf-currentgen-forgot-password: the W.D. Mo. district court's letter before
 * its NextGen go-live (seed 003), followed word for word in April 2018: "If an
 * attorney does not currently know his/her login or password, please use the
 * 'Forgot Your Password' feature from the CM/ECF login page at
 * https://ecf.mow.uscourts.gov." Then "go to www.pacer.gov, Manage My Account,
 * and login with the attorney's current PACER credentials. Note the display in
 * Account Type."
 */

const CMECF = { login: 'th5127', newPassword: 'Union#Station1914' } as const;
const PACER = { username: 'tholloway.kc', password: 'Liberty#Memorial26' } as const;

describe('cmecf-currentgen-forgot-password in assess mode, by the letter', () => {
  const session = scenarioSession();
  const court = () => new CourtSide(session.page);
  const status = () => session.page.getByRole('status').filter({ hasText: /./ }).first();

  test('https://ecf.mow.uscourts.gov is the court’s own CurrentGen login: Login and Password, not the PACER sign-on', async () => {
    await session.openScenario('cmecf-currentgen-forgot-password');
    await session.sim.goTo('https://ecf.mow.uscourts.gov');
    await expect.poll(() => session.sim.heading('CM/ECF Login').isVisible()).toBe(true);
    expect(await session.page.getByLabel('Login', { exact: true }).isVisible()).toBe(true);
    expect(await session.page.getByLabel('Password', { exact: true }).isVisible()).toBe(true);
    expect(await session.page.getByLabel('Username', { exact: true }).count()).toBe(0);
    expect(await session.page.locator('.site-root').textContent()).toContain('The court moves to NextGen CM/ECF on April 23, 2018');
    await session.expectAccessible('CurrentGen CM/ECF login before the go-live');
  });

  test('“use the ‘Forgot Your Password’ feature from the CM/ECF login page”: the login, then Submit', async () => {
    await court().forgotPassword(CMECF.login);
    await expect.poll(async () => (await status().textContent()) ?? '').toContain('A link to reset your password has been sent');
    expect(await session.sim.heading('CM/ECF Login').isVisible()).toBe(true);
  });

  test('the court’s e-mail carries the reset link for the login', async () => {
    const mail = await court().openPasswordResetMail();
    const text = (await mail.textContent()) ?? '';
    expect(text).toContain('tholloway@holloway-beck.example');
    expect(text).toContain(CMECF.login);
    expect(text).toContain('Link Active Until');
    await session.expectAccessible('mailbox with the password reset e-mail open');
    await court().followResetLink(mail);
  });

  test('the link’s page takes the new password twice', async () => {
    await session.expectAccessible('Reset Your Password');
    await court().setNewPassword(CMECF.newPassword);
    await expect.poll(async () => (await status().textContent()) ?? '').toContain('Your password has been changed');
  });

  test('the CM/ECF login and the new password open the court’s CM/ECF', async () => {
    await court().logInToCurrentGen(CMECF.login, CMECF.newPassword);
    await expect.poll(() => session.sim.menuItem('Utilities').isVisible()).toBe(true);
    expect(await session.sim.menuItem('Civil').isVisible()).toBe(true);
    expect(await session.page.locator('.site-root').textContent()).toContain('This court uses CurrentGen CM/ECF');
  });

  test('“go to www.pacer.gov, Manage My Account, and login … Note the display in Account Type.”', async () => {
    const account = new ManageAccount(session.page);
    await account.openLoginForm();
    await account.logIn(PACER.username, PACER.password);
    await expect.poll(async () => (await account.row('Account Type').textContent()) ?? '').toContain('Upgraded PACER Account');
  });

  test('finishing shows a full, passing score', async () => {
    await session.finish(100);
  });
});

describe('cmecf-currentgen-forgot-password in practice: the PACER login at the court’s CM/ECF login', () => {
  const session = scenarioSession();

  test('from the court’s website, PACER credentials at the CM/ECF login get the letter’s rule', async () => {
    await session.openScenario('cmecf-currentgen-forgot-password', 'practice');
    await session.sim.goTo('www.mow.uscourts.gov');
    // The court's "District CM/ECF" leads straight to its CM/ECF login.
    await session.sim.clickLink('District CM/ECF');
    await expect.poll(() => session.sim.heading('CM/ECF Login').isVisible()).toBe(true);
    await new CourtSide(session.page).logInToCurrentGen(PACER.username, PACER.password);
    const feedback = session.page.getByRole('region', { name: 'Feedback on your last step' });
    await expect.poll(async () => (await feedback.textContent()) ?? '').toContain(
      'PACER login typed at the court’s CM/ECF login before its NextGen upgrade',
    );
    expect(await feedback.textContent()).toContain('Each attorney must know his/her current CM/ECF login and password for filing documents.');
    expect(await session.sim.alert.textContent()).toContain('Login failed: invalid login or password.');
  });
});
