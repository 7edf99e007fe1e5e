import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Simulator } from './poms/simulator';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from './support/browser-mode';
import { expectAccessible as checkAccessible } from './support/axe';

/**
 * cmecf-link-district in assess mode, in a real Chromium against browser
 * mode: the Western District of Missouri entered as seed 002 ("Attorney
 * Reinstatement", steps 1-5) says, by the labels it names, then the link.
 * axe checks the screens this court adds (website, landing page).
 */

const COURT_NAME = 'United States District Court for the Western District of Missouri';
const FILING_SYSTEM = 'Western District of Missouri-Document Filing System';

describe('cmecf-link-district in assess mode, following seed 002 step by step', () => {
  let trainer: RunningTrainer;
  let browser: Browser;
  let page: Page;
  let sim: Simulator;

  const expectAccessible = (screen: string) => checkAccessible(page, screen);

  beforeAll(async () => {
    trainer = await startTrainer();
    browser = await launchChromium();
    // axe injects its script per browsing context, so the page gets a context of its own.
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    sim = new Simulator(page);
  });

  afterAll(async () => {
    await browser?.close();
    await trainer?.stop();
    if (trainer) removeDir(trainer.dataDir);
  });

  test('the deep link opens the scenario with its briefing', async () => {
    await page.goto(deepLink(trainer, '#/play/cmecf-link-district?mode=assess'));
    await expect.poll(() => sim.marker.isVisible()).toBe(true);
    await expect.poll(() => page.getByText('tvillanueva', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Hint' }).count()).toBe(0);
  });

  test('steps 1-2: go to https://www.mow.uscourts.gov/ and click on District CM/ECF', async () => {
    await sim.goTo('https://www.mow.uscourts.gov/');
    await expect.poll(() => page.getByText(COURT_NAME).first().isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'E-Filing (CM/ECF)', exact: true }).count()).toBe(0);
    await expectAccessible('district court website');
    await sim.clickLink('District CM/ECF');
  });

  test('step 3: redirected to the PACER login page; Username, Password, Login', async () => {
    await expect.poll(() => sim.heading('Login').isVisible()).toBe(true);
    await sim.fill('Username', 'tvillanueva');
    await sim.fill('Password', 'Liberty*Memorial21');
    await sim.clickButton('Login');
  });

  test('step 4: check the Redaction Agreement box and click Continue', async () => {
    const notice = page.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.getByRole('button', { name: 'Continue' }).isDisabled()).toBe(true);
    await notice.getByRole('checkbox').check();
    await notice.getByRole('button', { name: 'Continue' }).click();
  });

  test('step 5: the landing page, then click on Western District of Missouri-Document Filing System', async () => {
    await expect.poll(() => page.getByRole('link', { name: FILING_SYSTEM, exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('menubar').count()).toBe(0);
    await expectAccessible('landing page after the login');
    await sim.clickLink(FILING_SYSTEM);
    await expect.poll(() => sim.menuItem('Utilities').isVisible()).toBe(true);
    expect(await sim.menuItem('Civil').count()).toBe(0);
    await expectAccessible('district CM/ECF main page');
  });

  test('linking as at the bankruptcy court: Utilities, the link entry, CM/ECF credentials, Submit twice', async () => {
    await sim.menuItem('Utilities').click();
    await sim.clickLink('Link a CM/ECF account to my PACER account');
    await sim.fill('CM/ECF login', 'trv2208');
    await sim.fill('CM/ECF password', 'Country$Club48');
    await sim.clickButton('Submit');
    await expect.poll(() => page.getByText('Tomas R. Villanueva').first().isVisible()).toBe(true);
    await sim.clickButton('Submit');
    await expect.poll(() => page.getByText('Your PACER account has been linked to your CM/ECF account.').first().isVisible()).toBe(true);
  });

  test('the next menu click shows the district menus', async () => {
    await sim.menuItem('Query').click();
    await expect.poll(() => sim.menuItem('Civil').isVisible()).toBe(true);
    const items = await page.getByRole('menubar', { name: 'CM/ECF menu' }).getByRole('menuitem').allTextContents();
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
    await sim.openMailbox();
    await page.getByRole('button', { name: /MISSOURI WESTERN DISTRICT COURT/ }).first().click();
    const mailbox = page.getByRole('dialog', { name: 'Mailbox' }).or(page.getByRole('region', { name: 'Mailbox' }));
    await expect.poll(() => mailbox.getByText('Transaction Status').first().isVisible()).toBe(true);
    const text = (await mailbox.textContent()) ?? '';
    expect(text).toContain('MISSOURI WESTERN DISTRICT COURT');
    expect(text).toContain('3981266');
    expect(text).toContain('31877');
    expect(text).toContain('Processed');
    await page.keyboard.press('Escape');
  });

  test('finishing shows a full, passing score', async () => {
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => page.getByText(/100\s*\/\s*100/).first().isVisible()).toBe(true);
    expect(await page.getByText(/passed/i).first().isVisible()).toBe(true);
  });
});
