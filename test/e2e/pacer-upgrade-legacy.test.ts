import { beforeAll, describe, expect, test } from 'vitest';
import { ManageAccount } from './poms/account';
import { scenarioSession } from './support/scenario-session';

/**
 * pacer-upgrade-legacy in assess mode, in a real Chromium: seed 002
 * "Upgrading Your PACER Account" step by step by its labels, then the old
 * login refused and the new one accepted. axe checks every screen of
 * Manage My Account it passes.
 */
describe('pacer-upgrade-legacy in assess mode, following seed 002 step by step', () => {
  const session = scenarioSession();
  let mma: ManageAccount;

  beforeAll(() => {
    mma = new ManageAccount(session.page);
  });

  test('the deep link opens the scenario in assess mode', async () => {
    await session.openScenario('pacer-upgrade-legacy');
    expect(await session.page.getByRole('button', { name: 'Hint' }).count()).toBe(0);
  });

  test('steps 1-4: www.pacer.gov, Manage My Account, Manage My Account Login, Log in to Manage My Account', async () => {
    await mma.sim.goTo('www.pacer.gov');
    await session.page.getByRole('navigation', { name: 'PACER' }).getByRole('link', { name: /^Manage My Account/ }).first().hover();
    await mma.sim.clickLink('Manage My Account Login');
    await expect.poll(() => mma.sim.heading('Manage My Account Login').isVisible()).toBe(true);
    await session.expectAccessible('Manage My Account Login page');
    await mma.sim.clickLink('Log in to Manage My Account');
    await expect.poll(() => mma.sim.heading('Log in to Manage My Account').isVisible()).toBe(true);
    await session.expectAccessible('Manage My Account login form');
  });

  test('steps 5-6: enter username/password and click Login; Account Type reads Legacy PACER Account', async () => {
    await mma.logIn('KH4821', 'Riverfront2009');
    await expect.poll(() => mma.sim.heading('Manage My Account').isVisible()).toBe(true);
    expect(await mma.row('Account Number').textContent()).toBe('2204817');
    expect(await mma.row('Account Type').textContent()).toContain('Legacy PACER Account');
    expect(await mma.row('Case Search Status').textContent()).toBe('Active');
    await session.expectAccessible('Manage My Account header and Settings tab');
  });

  test('the tabs are real tabs: arrow keys move between Settings, Maintenance, Payments and Usage', async () => {
    expect(await mma.tab('Settings').getAttribute('aria-selected')).toBe('true');
    await mma.tab('Settings').focus();
    await session.page.keyboard.press('ArrowRight');
    await expect.poll(() => mma.tab('Maintenance').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.textContent)).toBe('Maintenance');
    expect(await session.page.getByRole('tabpanel', { name: 'Maintenance' }).getByRole('link', { name: 'Attorney Admissions/E-File Registration' }).isVisible()).toBe(true);
    await session.expectAccessible('Maintenance tab');
    await session.page.keyboard.press('End');
    await expect.poll(() => mma.tab('Usage').getAttribute('aria-selected')).toBe('true');
    await session.page.keyboard.press('Home');
    await expect.poll(() => mma.tab('Settings').getAttribute('aria-selected')).toBe('true');
  });

  test('step 7: click on the Upgrade link next to the Account Type', async () => {
    await mma.row('Account Type').getByRole('link', { name: 'Upgrade' }).click();
    await expect.poll(() => mma.sim.heading('Upgrade Your PACER Account').isVisible()).toBe(true);
    await session.expectAccessible('upgrade: Person');
  });

  test('step 8: select INDIVIDUAL as your User Type at the bottom of the first screen; click Next', async () => {
    expect(await session.page.getByLabel('Last Name', { exact: true }).inputValue()).toBe('Halvorsen');
    await mma.sim.fill('Date of Birth', '07/14/1975');
    await mma.select('User Type', 'individual');
    await mma.sim.clickButton('Next');
    await expect.poll(() => mma.sim.heading('Address').isVisible()).toBe(true);
  });

  test('step 8: complete the Address section (County); click Next', async () => {
    // "Address" also names the browser's address bar: look inside the Address tab's form.
    const form = session.page.getByRole('form', { name: 'Upgrade: Address' });
    expect(await form.getByLabel('Address', { exact: true }).inputValue()).toBe('1201 Walnut Street');
    await mma.sim.fill('County', 'Jackson');
    await session.expectAccessible('upgrade: Address');
    await mma.sim.clickButton('Next');
    await expect.poll(() => mma.sim.heading('Security').isVisible()).toBe(true);
  });

  test('step 8: a mismatched confirmation is refused; then create a NEW username and password and click Submit', async () => {
    await mma.sim.fill('New Username', 'khalvorsen');
    await mma.sim.fill('New Password', 'Union*Station1914');
    await mma.sim.fill('Confirm Password', 'Union*Station1915');
    await mma.select('Security Question 1', { index: 1 });
    await mma.sim.fill('Answer 1', 'Biscuit');
    await mma.select('Security Question 2', { index: 2 });
    await mma.sim.fill('Answer 2', 'Duluth');
    await session.expectAccessible('upgrade: Security');
    await mma.sim.clickButton('Submit');
    await expect.poll(() => mma.sim.alert.textContent()).toBe('Passwords do not match.');
    // Password fields are wiped after every post; the rest of the form keeps what was typed.
    expect(await session.page.getByLabel('New Username', { exact: true }).inputValue()).toBe('khalvorsen');
    await mma.sim.fill('New Password', 'Union*Station1914');
    await mma.sim.fill('Confirm Password', 'Union*Station1914');
    await mma.sim.clickButton('Submit');
  });

  test('step 9: Upgrade Complete; Account Type now reads Upgraded PACER Account', async () => {
    await expect.poll(() => mma.sim.heading('Upgrade Complete').isVisible()).toBe(true);
    await session.expectAccessible('upgrade complete');
    await mma.sim.clickButton('Close');
    await expect.poll(() => mma.row('Account Type').textContent()).toBe('Upgraded PACER Account');
    expect(await mma.row('Username').textContent()).toBe('khalvorsen');
  });

  test('the new username and password log in', async () => {
    await mma.logOut();
    await mma.logIn('khalvorsen', 'Union*Station1914');
    await expect.poll(() => mma.row('Username').textContent()).toBe('khalvorsen');
  });

  test('finishing shows a full, passing score', async () => {
    await mma.finish();
    await expect.poll(() => session.page.getByText(/100\s*\/\s*100/).first().isVisible()).toBe(true);
  });
});
