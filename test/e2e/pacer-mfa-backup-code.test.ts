import { beforeAll, describe, expect, test } from 'vitest';
import { PhoneDesk } from './poms/phone';
import { scenarioSession } from './support/scenario-session';

/**
 * pacer-mfa-backup-code in assess mode, in a real Chromium against browser
 * mode: the phone is lost, so a backup code from the briefing signs in to
 * Manage My Account; Manage MFA Settings removes the lost app and enrols the
 * new phone's authenticator, with the code read off the new phone.
 */
describe('pacer-mfa-backup-code in assess mode', () => {
  const session = scenarioSession();
  let desk: PhoneDesk;

  beforeAll(() => {
    desk = new PhoneDesk(session.page);
  });

  test('the new phone says the old one was lost and shows no code', async () => {
    await session.openScenario('pacer-mfa-backup-code');
    await desk.openPhone();
    await expect.poll(() => desk.panel.getByText(/Your old phone was lost/).isVisible()).toBe(true);
    expect(await desk.panel.getByText('No accounts yet.', { exact: false }).isVisible()).toBe(true);
    await desk.closePhone();
  });

  test('a backup code from the briefing signs in to Manage My Account', async () => {
    await desk.sim.goTo('https://pacer.psc.uscourts.gov/pscof/login.jsf');
    await desk.sim.clickLink('Log in to Manage My Account');
    await desk.sim.fill('Username', 'lmbrennan');
    await desk.sim.fill('Password', 'Laclede#Landing2025');
    await desk.sim.clickButton('Login');
    await expect.poll(() => session.page.getByLabel('One-Time Code').isVisible()).toBe(true);
    await desk.sim.fill('One-Time Code', await desk.sim.given('Backup code 2'));
    await desk.sim.clickButton('OK');
    await expect.poll(() => session.page.getByRole('heading', { name: 'Manage My Account', exact: true }).isVisible()).toBe(true);
    expect(await session.page.getByText('Multifactor Auth', { exact: true }).isVisible()).toBe(true);
    await session.expectAccessible('Manage My Account with the Multifactor Auth row');
  });

  test('Manage MFA Settings: remove the lost app, add the new phone’s', async () => {
    // Under the Settings tab, as PACER's announcements place it.
    await session.page.getByRole('tabpanel', { name: 'Settings' }).getByRole('link', { name: 'Manage MFA Settings' }).click();
    await expect.poll(() => session.page.getByRole('heading', { name: 'Manage MFA Settings', exact: true }).isVisible()).toBe(true);
    await session.expectAccessible('Manage MFA Settings');
    await desk.sim.clickButton('Remove My phone');
    await expect.poll(() => session.page.getByText('The authenticator app has been removed.').isVisible()).toBe(true);
    await desk.sim.clickButton('Add Authenticator App');
    const securityCode = await desk.readSecurityCodeMail();
    await desk.sim.fill('Security Code', securityCode);
    await desk.sim.clickButton('Next');
    await expect.poll(() => session.page.getByRole('img', { name: 'QR code of the setup key for lmbrennan' }).isVisible()).toBe(true);
    await desk.scanQrCode();
    await desk.sim.fill('Authenticator App Name', 'New phone');
    await desk.sim.fill('Code from the App', await desk.readCode('lmbrennan'));
    await desk.sim.clickButton('Verify');
    await expect.poll(() => session.page.getByRole('cell', { name: 'New phone', exact: true }).isVisible()).toBe(true);
    await session.finish(100);
  });
});
