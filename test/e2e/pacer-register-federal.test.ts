import { beforeAll, describe, expect, test } from 'vitest';
import { Registration, type Registrant } from './poms/registration';
import { scenarioSession } from './support/scenario-session';

/**
 * pacer-register-federal in assess mode, following seed 002's "Federal
 * Government Attorney" steps: User Type FEDERAL GOVERNMENT, Agency Code,
 * Division and District, no payment screen, policies, done.
 */

const DELIA: Registrant = {
  prefix: 'Ms.',
  firstName: 'Delia',
  middleName: 'R.',
  lastName: 'Marchetti',
  dateOfBirth: '02/23/1985',
  firm: 'U.S. Attorney\u2019s Office',
  unit: 'Civil Division',
  address: '400 East 9th Street',
  room: 'Room 5510',
  city: 'Kansas City',
  state: 'Missouri',
  county: 'Jackson',
  zip: '64106',
  primaryPhone: '816-555-0123',
  email: 'delia.marchetti@usdoj.example.gov',
  userType: 'FEDERAL GOVERNMENT',
  federal: { agencyCode: 'USAMOW', division: 'Department of Justice - U.S. Attorney', district: 'Missouri Western' },
};

describe('pacer-register-federal in assess mode', () => {
  const session = scenarioSession();
  let registration: Registration;

  beforeAll(() => {
    registration = new Registration(session.page);
  });

  test('steps 1-4: to the Account Information form', async () => {
    await session.openScenario('pacer-register-federal');
    await registration.openRegistration();
  });

  test('steps 5-10: FEDERAL GOVERNMENT brings Agency Code, Division and District; all three are required', async () => {
    const { sim } = registration;
    await registration.fillAccountInformation({ ...DELIA, federal: undefined });
    await session.expectAccessible('Account Information, federal government');
    await sim.clickButton('Next');
    await expect.poll(() => sim.alert.textContent()).toBe('Agency Code is required.');
    await sim.fill('Agency Code', DELIA.federal!.agencyCode);
    await registration.select('Division', DELIA.federal!.division);
    await registration.select('District', DELIA.federal!.district);
    await sim.clickButton('Next');
    await expect.poll(() => sim.heading('Validation Token').isVisible()).toBe(true);
  });

  test('steps 11-14: the token, then Username, Password and Security Questions', async () => {
    await registration.enterValidationToken(await registration.readSecurityCode());
    await registration.createCredentials('dmarchetti.usa', 'Federal&Plaza85', ['Pepper', 'Omaha']);
  });

  test('steps 15-17: straight to the policies (no payment screen), Submit, the thank-you screen', async () => {
    expect(await session.page.getByRole('list', { name: 'Registration steps' }).textContent()).not.toContain('Payment');
    await registration.acknowledgePolicies();
    const text = (await registration.site.textContent()) ?? '';
    expect(text).toContain('User TypeFEDERAL GOVERNMENT');
    expect(text).toContain('Case Search StatusActive');
    await session.expectAccessible('Thank you for registering, federal government');
  });

  test('finishing shows a full, passing score', async () => {
    await session.finish(100);
  });
});
