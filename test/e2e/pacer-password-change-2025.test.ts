import { beforeAll, describe, expect, test } from 'vitest';
import { ManageAccount } from './poms/account';
import { ResultsPage } from './poms/results';
import { scenarioSession } from './support/scenario-session';

/**
 * pacer-password-change-2025 in assess mode, in a real Chromium: the login
 * stops at the 180-day password prompt; each candidate that breaks one of
 * today's rules is refused with the site's message; the compliant one is
 * set and logs in. The results name each broken rule as a mistake. axe
 * checks the prompt, with and without its error.
 */
describe('pacer-password-change-2025 in assess mode', () => {
  const session = scenarioSession();
  let mma: ManageAccount;

  beforeAll(() => {
    mma = new ManageAccount(session.page);
  });

  const tryPassword = async (password: string) => {
    await mma.sim.fill('New Password', password);
    await mma.sim.fill('Confirm Password', password);
    await mma.sim.clickButton('Update Password');
  };

  test('the deep link opens the scenario in assess mode', async () => {
    await session.openScenario('pacer-password-change-2025');
    expect(await session.page.getByRole('button', { name: 'Hint' }).count()).toBe(0);
  });

  test('logging in with a password last changed on May 19, 2025 stops at Password Update Required', async () => {
    await mma.openLoginForm();
    await mma.logIn('nbrennan.stl', 'Gateway#Arch1965');
    await expect.poll(() => mma.sim.heading('Password Update Required').isVisible()).toBe(true);
    expect(await session.page.getByText('Your PACER password was last changed on 05/19/2025.', { exact: false }).isVisible()).toBe(true);
    expect(await session.page.getByText('You may skip this step 3 more times.', { exact: false }).isVisible()).toBe(true);
    expect(await session.page.getByRole('button', { name: 'Skip' }).isVisible()).toBe(true);
    await session.expectAccessible('Password Update Required');
    if (process.env.SCREENSHOT_DIR) await session.page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/password-update.png`, fullPage: true });
  });

  test.each([
    ['Arch#1965', 'Password must be at least 14 characters.'],
    ['gateway#riverboat#1965', 'Password must include at least one lower-case letter, one upper-case letter and one special character.'],
    ['Brennan#Riverboat1965', 'Password must not contain any part of your first name, last name, username or email address.'],
    ['Meet-me-under-the-Gateway-Arch-at-the-Riverfront-1965', 'Password must be at most 45 characters.'],
  ])('candidate %j is refused: %s', async (password, message) => {
    await tryPassword(password);
    await expect.poll(() => mma.sim.alert.textContent()).toBe(message);
    expect(await mma.sim.heading('Password Update Required').isVisible()).toBe(true);
  });

  test('the prompt with the site message passes axe', async () => {
    await session.expectAccessible('Password Update Required with an error');
    if (process.env.SCREENSHOT_DIR) await session.page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/password-update-error.png`, fullPage: true });
  });

  test('the compliant candidate is set and Manage My Account opens', async () => {
    await tryPassword('Forest-Park#Carousel1904');
    await expect.poll(() => mma.row('Username').textContent()).toBe('nbrennan.stl');
    expect(await session.page.getByText('Your password has been changed.').isVisible()).toBe(true);
  });

  test('the new password logs in again, with no prompt', async () => {
    await mma.logOut();
    await mma.logIn('nbrennan.stl', 'Forest-Park#Carousel1904');
    await expect.poll(() => mma.row('Username').textContent()).toBe('nbrennan.stl');
  });

  test('the results pass and name each broken rule as a mistake', async () => {
    // Four broken rules at 5 points each: 80, over the pass mark of 75.
    await session.finish(80);
    const results = new ResultsPage(session.page);
    for (const title of [
      'Password shorter than 14 characters',
      'Password without a lower-case, an upper-case and a special character',
      'Password contains part of the name, username or e-mail address',
      'Password longer than 45 characters',
    ]) {
      expect(await results.mistake(title).isVisible(), title).toBe(true);
    }
    await session.expectAccessible('results with the password mistakes');
  });
});
