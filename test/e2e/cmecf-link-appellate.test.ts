import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CourtSide } from './poms/court-side';
import { expectAccessible as checkAccessible } from './support/axe';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from './support/browser-mode';

/**
 * cmecf-link-appellate in assess mode, in a real Chromium against browser
 * mode: seed 004's appellate wording ("Link my filer account to my PACER
 * account"), on the landing page after the PACER login, by the visible
 * labels. axe checks every appellate screen.
 */

const COURT_NAME = 'United States Court of Appeals for the Eighth Circuit';
const LINK = 'Link my filer account to my PACER account';

describe('cmecf-link-appellate in assess mode, following seed 004', () => {
  let trainer: RunningTrainer;
  let browser: Browser;
  let page: Page;
  let court: CourtSide;

  const expectAccessible = (screen: string) => checkAccessible(page, screen);

  beforeAll(async () => {
    trainer = await startTrainer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    court = new CourtSide(page);
  });

  afterAll(async () => {
    await browser?.close();
    await trainer?.stop();
    if (trainer) removeDir(trainer.dataDir);
  });

  test('the deep link opens the scenario with the marker and the briefing, without hints', async () => {
    await page.goto(deepLink(trainer, '#/play/cmecf-link-appellate?mode=assess'));
    await expect.poll(() => court.sim.marker.isVisible()).toBe(true);
    await expect.poll(() => page.getByText('rcastel42', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Hint' }).count()).toBe(0);
  });

  test('the court website, its CM/ECF page and CM/ECF Login lead to the PACER login', async () => {
    await court.sim.goTo('www.ca8.uscourts.gov');
    await expect.poll(() => page.getByText(COURT_NAME).first().isVisible()).toBe(true);
    await expectAccessible('appellate court website');
    await court.sim.clickLink('CM/ECF');
    await expect.poll(() => page.getByRole('link', { name: 'CM/ECF Login', exact: true }).isVisible()).toBe(true);
    await expectAccessible('appellate CM/ECF page of the website');
    await court.sim.clickLink('CM/ECF Login');
    await expect.poll(() => court.sim.heading('Login').isVisible()).toBe(true);
    await expectAccessible('PACER login for the appellate court');
  });

  test('the PACER login and the appellate redaction notice (home addresses in criminal cases)', async () => {
    await court.sim.fill('Username', 'rcastellanos');
    await court.sim.fill('Password', 'Eads*Bridge1874');
    await court.sim.clickButton('Login');
    await expect.poll(() => court.redactionNotice.isVisible()).toBe(true);
    expect(await court.redactionNotice.textContent()).toContain('home addresses');
    await expectAccessible('appellate redaction notice');
    await court.acknowledgeRedaction();
  });

  test('the landing page offers the link, with no filing menu yet', async () => {
    await expect.poll(() => page.getByRole('link', { name: LINK, exact: true }).isVisible()).toBe(true);
    expect(await court.sim.menuItem('Filing').count()).toBe(0);
    await expectAccessible('appellate landing page before linking');
  });

  test('the link screen: filer username and password, Submit; the new landing page shows Filing', async () => {
    await court.sim.clickLink(LINK);
    await expect.poll(() => court.sim.heading(LINK).isVisible()).toBe(true);
    expect(await page.getByText('Renee A. Castellanos').first().isVisible()).toBe(true);
    await expectAccessible('appellate link screen');
    await court.submitFilerAccount('rcastel42', 'Eighth#Circuit77');
    await expect.poll(() => page.getByText('Your filer account has been linked to your PACER account.').isVisible()).toBe(true);
    await expect.poll(() => court.sim.menuItem('Filing').isVisible()).toBe(true);
    await expectAccessible('appellate landing page after linking');
  });

  test('Filing lists File a Document; Utilities, Update My Account, Edit My Information', async () => {
    await court.sim.menuItem('Filing').click();
    await expect.poll(() => page.getByText('File a Document').first().isVisible()).toBe(true);
    await expectAccessible('appellate Filing menu page');
    await court.sim.menuItem('Utilities').click();
    await expect.poll(() => page.getByRole('link', { name: 'Update My Account', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /link/i }).count()).toBe(0);
    await expectAccessible('appellate Utilities menu page');
    await court.sim.clickLink('Update My Account');
    await expect.poll(() => court.sim.heading('Update My Account for Renee A. Castellanos').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Edit My Information', exact: true }).getAttribute('href')).toBe(
      'https://pacer.psc.uscourts.gov/pscof/login.jsf',
    );
    await expectAccessible('appellate Update My Account page');
  });

  test('the e-mail notice names EIGHTH CIRCUIT COURT OF APPEALS', async () => {
    await court.sim.openMailbox();
    await page.getByRole('button', { name: /EIGHTH CIRCUIT COURT OF APPEALS/ }).first().click();
    const mailbox = page.getByRole('dialog', { name: 'Mailbox' }).or(page.getByRole('region', { name: 'Mailbox' }));
    await expect.poll(() => mailbox.getByText('Transaction Status').first().isVisible()).toBe(true);
    const text = (await mailbox.textContent()) ?? '';
    expect(text).toContain('5120847');
    expect(text).toContain('60211');
    expect(text).toContain('Processed');
    await page.keyboard.press('Escape');
  });

  test('finishing shows a full, passing score', async () => {
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => page.getByText(/100\s*\/\s*100/).first().isVisible()).toBe(true);
    expect(await page.getByText(/passed/i).first().isVisible()).toBe(true);
  });
});
