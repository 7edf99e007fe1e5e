import { beforeAll, describe, expect, test } from 'vitest';
import { Registration, type Registrant } from './poms/registration';
import { scenarioSession } from './support/scenario-session';

/**
 * pacer-register-individual in assess mode, in a real Chromium against
 * browser mode, following seed 002 ("Instructions for Registering for a
 * PACER Account", steps 1-17) by the labels it names. axe checks every
 * screen of the PACER site and of the registration wizard; bad input is
 * tried on the way (empty form, mismatched e-mails, a wrong token).
 */

const PRIYA: Registrant = {
  prefix: 'Ms.',
  firstName: 'Priya',
  middleName: 'N.',
  lastName: 'Raman',
  dateOfBirth: '04/17/1988',
  firm: 'Raman Ostby LLP',
  address: '1100 Main Street',
  room: 'Suite 2400',
  city: 'Kansas City',
  state: 'Missouri',
  county: 'Jackson',
  zip: '64105',
  primaryPhone: '816-555-0142',
  email: 'praman@raman-ostby.example',
  userType: 'INDIVIDUAL',
};

describe('pacer-register-individual in assess mode, following seed 002 step by step', () => {
  const session = scenarioSession();
  let registration: Registration;

  beforeAll(() => {
    registration = new Registration(session.page);
  });

  test('the deep link opens the scenario with its briefing', async () => {
    await session.openScenario('pacer-register-individual');
    await expect.poll(() => session.page.getByText('praman.kc', { exact: true }).first().isVisible()).toBe(true);
  });

  test('steps 1-2: www.pacer.gov, then Register for an Account lists the four account types', async () => {
    const { sim } = registration;
    await sim.goTo('www.pacer.gov');
    await expect.poll(() => sim.heading('Welcome to PACER').isVisible()).toBe(true);
    await session.expectAccessible('PACER home');
    await session.page.getByRole('link', { name: 'Manage My Account', exact: true }).hover();
    await expect.poll(() => session.page.getByRole('link', { name: 'Manage My Account Login', exact: true }).isVisible()).toBe(true);
    await sim.clickLink('Register for an Account');
    for (const choice of ['PACER – Case Search Only', 'Attorney Filers', 'Non-Attorney Filers', 'PACER Administrative Account']) {
      await expect.poll(() => session.page.getByRole('link', { name: choice, exact: true }).isVisible()).toBe(true);
    }
    await session.expectAccessible('Register for an Account');
  });

  test('the Attorney Filers page says NextGen courts register here first, CurrentGen courts with the court', async () => {
    const { sim } = registration;
    await sim.clickLink('Attorney Filers');
    await expect.poll(() => session.page.getByText(/If the court is still on CurrentGen CM\/ECF/).isVisible()).toBe(true);
    await expect.poll(() => session.page.getByText(/If the court is a NextGen CM\/ECF court/).isVisible()).toBe(true);
    await session.expectAccessible('Attorney Filers');
    await sim.clickLink('Register for an Account');
  });

  test('steps 3-4: PACER – Case Search Only, Register for a PACER Account', async () => {
    const { sim } = registration;
    await sim.clickLink('PACER – Case Search Only');
    await expect.poll(() => sim.heading('PACER – Case Search Only').isVisible()).toBe(true);
    await session.expectAccessible('PACER – Case Search Only');
    await sim.clickLink('Register for a PACER Account');
    await expect.poll(() => sim.heading('Account Information').isVisible()).toBe(true);
    await session.expectAccessible('Account Information');
  });

  test('bad input: Next on the empty form, then mismatched e-mails, each stop on the form with the site\u2019s message', async () => {
    const { sim } = registration;
    await sim.clickButton('Next');
    await expect.poll(() => sim.alert.textContent()).toBe('First Name is required.');
    await session.expectAccessible('Account Information with an error');
    await registration.fillAccountInformation(PRIYA);
    await sim.fill('Confirm Email', 'praman@raman-ostby.exmaple');
    await sim.clickButton('Next');
    await expect.poll(() => sim.alert.textContent()).toBe('Email and Confirm Email do not match.');
    expect(await sim.heading('Account Information').isVisible()).toBe(true);
  });

  test('steps 5-7: the form completed, User Type INDIVIDUAL, User Verification, Next', async () => {
    const { sim } = registration;
    await sim.fill('Confirm Email', PRIYA.email);
    await session.page.getByRole('checkbox', { name: 'I am not a robot' }).check();
    await sim.clickButton('Next');
    await expect.poll(() => sim.heading('Validation Token').isVisible()).toBe(true);
    await session.expectAccessible('Validation Token');
  });

  test('steps 8-10: the security code from the e-mail goes into the Validation Token box (a wrong one is refused)', async () => {
    const { sim } = registration;
    await registration.enterValidationToken('ZZZZ2222');
    await expect.poll(() => sim.alert.textContent()).toMatch(/validation token you entered is not valid/);
    const code = await registration.readSecurityCode();
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    await registration.enterValidationToken(code);
    await expect.poll(() => sim.heading('Security Information').isVisible()).toBe(true);
    await session.expectAccessible('Security Information');
  });

  test('step 11: Username, Password and Security Questions', async () => {
    await registration.createCredentials('praman.kc', 'Union*Station88', ['Biscuit', 'Wichita']);
    await expect.poll(() => registration.sim.heading('Payment Information').isVisible()).toBe(true);
    await session.expectAccessible('Payment Information');
  });

  test('steps 12-14: the practice card, the quarterly authorization, Next', async () => {
    await registration.payment({ type: 'Visa', number: '4111 1111 1111 1111', month: '12', year: '2022', name: 'Priya N. Raman' });
    await expect.poll(() => registration.sim.heading('Policies and Procedures').isVisible()).toBe(true);
    await session.expectAccessible('Policies and Procedures');
  });

  test('steps 15-17: acknowledge the policies, Submit; the thank-you screen says the account views but does not e-file', async () => {
    await registration.acknowledgePolicies();
    const panel = session.page.locator('.site-root');
    await expect.poll(() => panel.getByText('Your account has been created!').isVisible()).toBe(true);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Case Search StatusActive');
    expect(text).toContain('This account is just for viewing documents, not for e-filing.');
    await session.expectAccessible('Thank you for registering');
  });

  test('finishing shows a passing score with the wrong token counted', async () => {
    await session.page.getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => session.page.getByText(/\d+\s*\/\s*100/).first().isVisible()).toBe(true);
    await expect.poll(() => session.page.getByText(/Wrong validation token/).first().isVisible()).toBe(true);
    expect(await session.page.getByText(/passed/i).first().isVisible()).toBe(true);
  });
});
