import { describe, expect, test } from 'vitest';
import { scenarioSession } from './support/scenario-session';

/**
 * cmecf-link-district in assess mode, in a real Chromium against browser
 * mode: the Western District of Missouri entered as seed 002 ("Attorney
 * Reinstatement", steps 1-5) says, by the labels it names, then the link.
 * axe checks the screens this court adds (website, landing page).
 */

const COURT_NAME = 'United States District Court for the Western District of Missouri';
const FILING_SYSTEM = 'Western District of Missouri-Document Filing System';

describe('cmecf-link-district in assess mode, following seed 002 step by step', () => {
  const session = scenarioSession();

  test('the deep link opens the scenario with its briefing', async () => {
    await session.openScenario('cmecf-link-district');
    await expect.poll(() => session.page.getByText('tvillanueva', { exact: true }).first().isVisible()).toBe(true);
    expect(await session.page.getByRole('button', { name: 'Hint' }).count()).toBe(0);
  });

  test('steps 1-2: go to https://www.mow.uscourts.gov/ and click on District CM/ECF', async () => {
    await session.sim.goTo('https://www.mow.uscourts.gov/');
    await expect.poll(() => session.page.getByText(COURT_NAME).first().isVisible()).toBe(true);
    expect(await session.page.getByRole('link', { name: 'E-Filing (CM/ECF)', exact: true }).count()).toBe(0);
    await session.expectAccessible('district court website');
    await session.sim.clickLink('District CM/ECF');
  });

  test('step 3: redirected to the PACER login page; Username, Password, Login', async () => {
    await expect.poll(() => session.sim.heading('Login').isVisible()).toBe(true);
    await session.sim.fill('Username', 'tvillanueva');
    await session.sim.fill('Password', 'Liberty*Memorial21');
    await session.sim.clickButton('Login');
  });

  test('step 4: check the Redaction Agreement box and click Continue', async () => {
    const notice = session.page.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.getByRole('button', { name: 'Continue' }).isDisabled()).toBe(true);
    await notice.getByRole('checkbox').check();
    await notice.getByRole('button', { name: 'Continue' }).click();
  });

  test('step 5: the landing page, then click on Western District of Missouri-Document Filing System', async () => {
    await expect.poll(() => session.page.getByRole('link', { name: FILING_SYSTEM, exact: true }).isVisible()).toBe(true);
    expect(await session.page.getByRole('menubar').count()).toBe(0);
    await session.expectAccessible('landing page after the login');
    await session.sim.clickLink(FILING_SYSTEM);
    await expect.poll(() => session.sim.menuItem('Utilities').isVisible()).toBe(true);
    expect(await session.sim.menuItem('Civil').count()).toBe(0);
    await session.expectAccessible('district CM/ECF main page');
  });

  test('linking as at the bankruptcy court: Utilities, the link entry, CM/ECF credentials, Submit twice', async () => {
    await session.sim.menuItem('Utilities').click();
    await session.sim.clickLink('Link a CM/ECF account to my PACER account');
    await session.sim.fill('CM/ECF login', 'trv2208');
    await session.sim.fill('CM/ECF password', 'Country$Club48');
    await session.sim.clickButton('Submit');
    await expect.poll(() => session.page.getByText('Tomas R. Villanueva').first().isVisible()).toBe(true);
    await session.sim.clickButton('Submit');
    await expect.poll(() => session.page.getByText('Your PACER account has been linked to your CM/ECF account.').first().isVisible()).toBe(true);
  });

  test('the next menu click shows the district menus', async () => {
    await session.sim.menuItem('Query').click();
    await expect.poll(() => session.sim.menuItem('Civil').isVisible()).toBe(true);
    const items = await session.page.getByRole('menubar', { name: 'CM/ECF menu' }).getByRole('menuitem').allTextContents();
    expect(items.map((item) => item.replace('▾', '').trim())).toEqual([
      'Civil',
      'Criminal',
      'Query',
      'Reports',
      'Utilities',
      'Search',
      'Help',
      'Log Out',
    ]);
  });

  test('the e-mail notice names MISSOURI WESTERN DISTRICT COURT', async () => {
    await session.sim.openMailbox();
    await session.page.getByRole('button', { name: /MISSOURI WESTERN DISTRICT COURT/ }).first().click();
    const mailbox = session.page.getByRole('dialog', { name: 'Mailbox' }).or(session.page.getByRole('region', { name: 'Mailbox' }));
    await expect.poll(() => mailbox.getByText('Transaction Status').first().isVisible()).toBe(true);
    const text = (await mailbox.textContent()) ?? '';
    expect(text).toContain('MISSOURI WESTERN DISTRICT COURT');
    expect(text).toContain('3981266');
    expect(text).toContain('31877');
    expect(text).toContain('Processed');
    await session.page.keyboard.press('Escape');
  });

  test('finishing shows a full, passing score', async () => {
    await session.finish(100);
    expect(await session.page.getByText(/passed/i).first().isVisible()).toBe(true);
  });
});
