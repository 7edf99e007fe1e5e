import { beforeAll, describe, expect, test } from 'vitest';
import { PhoneDesk } from './poms/phone';
import { scenarioSession } from './support/scenario-session';

/**
 * pacer-mfa-enroll in assess mode, in a real Chromium against browser mode:
 * the MFA pop-up at login, enrolment with the phone's authenticator (the
 * e-mailed security code, the QR code, a code read off the phone), the
 * backup codes, then a later sign-on with the phone's code. axe checks each
 * new screen.
 */
describe('pacer-mfa-enroll in assess mode', () => {
  const session = scenarioSession();
  let desk: PhoneDesk;

  beforeAll(() => {
    desk = new PhoneDesk(session.page);
  });

  test('the login stops at the multifactor authentication pop-up, with Enroll and Skip', async () => {
    await session.openScenario('pacer-mfa-enroll');
    await desk.sim.openFilingSystem();
    await desk.sim.logInToPacer('lmbrennan', 'Laclede#Landing2025');
    const popUp = session.page.getByRole('dialog', { name: 'Multifactor Authentication' });
    await expect.poll(() => popUp.getByText('You may skip enrollment 3 more times.').isVisible()).toBe(true);
    expect(await popUp.getByRole('button', { name: 'Skip' }).isVisible()).toBe(true);
    await session.expectAccessible('MFA pop-up at login');
    await popUp.getByRole('button', { name: 'Enroll' }).click();
    await expect.poll(() => session.page.getByRole('heading', { name: 'Enroll in Multifactor Authentication', exact: true }).isVisible()).toBe(true);
    await session.expectAccessible('MFA enrolment: method');
  });

  test('the authenticator app: the e-mailed security code, then the QR code scanned by the phone', async () => {
    await session.page.getByLabel(/^Authenticator App/).check();
    await desk.sim.clickButton('Next');
    await expect.poll(() => session.page.getByRole('textbox', { name: 'Security Code' }).isVisible()).toBe(true);
    await session.expectAccessible('MFA enrolment: security code');
    const securityCode = await desk.readSecurityCodeMail();
    await desk.sim.fill('Security Code', securityCode);
    await desk.sim.clickButton('Next');
    await expect.poll(() => session.page.getByRole('img', { name: 'QR code of the setup key for lmbrennan' }).isVisible()).toBe(true);
    await session.expectAccessible('MFA enrolment: setup key and QR code');
    await desk.scanQrCode();
    await expect.poll(async () => /^\d{6}$/.test(await desk.readCode('lmbrennan'))).toBe(true);
    await session.expectAccessible('the phone with its authenticator');
  });

  test('a code read off the phone confirms the app; the backup codes are saved', async () => {
    await desk.sim.fill('Authenticator App Name', 'My phone');
    await desk.sim.fill('Code from the App', await desk.readCode('lmbrennan'));
    await desk.sim.clickButton('Verify');
    const codes = session.page.getByRole('list', { name: 'Backup codes' });
    await expect.poll(() => codes.getByRole('listitem').count()).toBe(10);
    await session.expectAccessible('MFA enrolment: backup codes');
    await session.page.getByLabel('I have saved my backup codes in a safe place.').check();
    await desk.sim.clickButton('Continue');
    await desk.sim.acknowledgeRedaction();
  });

  test('the next sign-on asks for the one-time code after the password, and takes the phone’s', async () => {
    await desk.sim.menuItem('Log Out').click();
    await desk.sim.goTo('https://ecf.moeb.uscourts.gov/');
    await desk.sim.heading('Login').waitFor();
    await desk.sim.logInToPacer('lmbrennan', 'Laclede#Landing2025');
    await expect.poll(() => session.page.getByLabel('One-Time Code').isVisible()).toBe(true);
    await session.expectAccessible('MFA one-time code at sign-on');
    await desk.sim.fill('One-Time Code', await desk.readCode('lmbrennan'));
    await desk.sim.clickButton('OK');
    await desk.sim.acknowledgeRedaction();
    await session.finish(100);
  });
});
