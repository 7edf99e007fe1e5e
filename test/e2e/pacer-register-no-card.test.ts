import { beforeAll, describe, expect, test } from 'vitest';
import { Registration, type Registrant } from './poms/registration';
import { scenarioSession } from './support/scenario-session';

/**
 * pacer-register-no-card in assess mode: seed 002's registration with the
 * payment screen left blank (step 12 note), so the account waits for the
 * activation code sent by U.S. mail in 7-10 business days; logging in before
 * then is refused; the mailed code activates it.
 */

const MARCUS: Registrant = {
  prefix: 'Mr.',
  firstName: 'Marcus',
  middleName: 'T.',
  lastName: 'Coble',
  dateOfBirth: '11/02/1979',
  address: '301 South Jefferson Avenue',
  city: 'Springfield',
  state: 'Missouri',
  county: 'Greene',
  zip: '65806',
  primaryPhone: '417-555-0187',
  email: 'mcoble@coblelaw.example',
  userType: 'INDIVIDUAL',
};
const USERNAME = 'mcoble.law';
const PASSWORD = 'Ozark#Mountain79';

describe('pacer-register-no-card in assess mode', () => {
  const session = scenarioSession();
  let registration: Registration;
  let activationCode = '';

  beforeAll(() => {
    registration = new Registration(session.page);
  });

  test('steps 1-11: the registration up to the payment screen', async () => {
    await session.openScenario('pacer-register-no-card');
    await registration.openRegistration();
    await registration.fillAccountInformation(MARCUS);
    await registration.sim.clickButton('Next');
    await registration.enterValidationToken(await registration.readSecurityCode());
    await registration.createCredentials(USERNAME, PASSWORD, ['Rufus', 'Joplin']);
  });

  test('step 12: Next without entering any information; then the policies; the thank-you screen says the code comes by mail', async () => {
    await registration.payment(null);
    await registration.acknowledgePolicies();
    const site = registration.site;
    await expect.poll(() => site.getByText(/activation code by U\.S\. mail in 7-10 business days/).isVisible()).toBe(true);
    expect(await site.textContent()).toContain('Case Search StatusAwaiting activation code');
    await session.expectAccessible('Thank you for registering, awaiting activation');
  });

  test('logging in before the code has come is refused', async () => {
    const { sim } = registration;
    await sim.goTo('https://ecf.mowb.uscourts.gov/');
    await expect.poll(() => sim.heading('Login').isVisible()).toBe(true);
    await sim.fill('Username', USERNAME);
    await sim.fill('Password', PASSWORD);
    await sim.clickButton('Login');
    await expect.poll(() => sim.alert.textContent()).toMatch(/has not been activated/);
    await session.page.getByRole('button', { name: 'Back' }).first().click();
  });

  test('7-10 business days later the letter has come; it carries the activation code', async () => {
    await session.page.getByLabel('Let time pass').selectOption('10');
    await session.page.getByRole('button', { name: 'Wait', exact: true }).click();
    await registration.sim.openMailbox();
    await session.page.getByRole('button', { name: /Your PACER Account Activation Code/ }).first().click();
    const letter = session.page.getByRole('article', { name: 'Your PACER Account Activation Code' });
    await letter.waitFor();
    expect(await letter.textContent()).toContain('301 South Jefferson Avenue');
    activationCode = ((await letter.locator('dd').filter({ hasText: /^[A-Z0-9]{4}-[A-Z0-9]{4}$/ }).first().textContent()) ?? '').trim();
    expect(activationCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await registration.closeMailbox();
  });

  test('the activation page refuses a wrong code, then activates the account with the mailed one', async () => {
    const { sim } = registration;
    await sim.clickLink('Enter your activation code');
    await expect.poll(() => sim.heading('Activate Your PACER Account').isVisible()).toBe(true);
    await session.expectAccessible('Activate Your PACER Account');
    await sim.fill('Username', USERNAME);
    await sim.fill('Password', PASSWORD);
    await sim.fill('Activation Code', 'AAAA-BBBB');
    await sim.clickButton('Submit');
    await expect.poll(() => sim.alert.textContent()).toMatch(/activation code you entered is not valid/);
    await sim.fill('Password', PASSWORD);
    await sim.fill('Activation Code', activationCode);
    await sim.clickButton('Submit');
    await expect.poll(() => sim.heading('Your PACER Account Has Been Activated').isVisible()).toBe(true);
    expect(await registration.site.textContent()).toContain('Case Search StatusActive');
    await session.expectAccessible('Account activated');
  });

  test('finishing: all objectives met, the early login and wrong code counted', async () => {
    await session.page.getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => session.page.getByText(/Expected instant access without a credit card/).first().isVisible()).toBe(true);
    expect(await session.page.getByText(/Wrong activation code/).first().isVisible()).toBe(true);
  });
});
