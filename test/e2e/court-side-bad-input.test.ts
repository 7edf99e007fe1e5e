import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CourtSide } from './poms/court-side';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from './support/browser-mode';

/**
 * Bad input on the court screens, in a real Chromium: empty and over-long
 * fields, hostile text typed into them (it must stay text), and a double
 * click on Submit (one link, one e-mail). Each screen keeps working after.
 */

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

describe('bad input on the court screens', () => {
  let trainer: RunningTrainer;
  let browser: Browser;
  let page: Page;
  let court: CourtSide;

  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

  beforeAll(async () => {
    trainer = await startTrainer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    court = new CourtSide(page);
  });

  afterAll(async () => {
    await browser?.close();
    await trainer?.stop();
    if (trainer) removeDir(trainer.dataDir);
  });

  describe('the district/bankruptcy link screens (cmecf-link-bankruptcy)', () => {
    test('an empty Submit is refused with the court\u2019s message', async () => {
      await page.goto(deepLink(trainer, '#/play/cmecf-link-bankruptcy?mode=practice'));
      await court.sim.address.waitFor();
      await court.sim.openFilingSystem();
      await court.sim.logInToPacer();
      await court.sim.acknowledgeRedaction();
      await court.sim.menuItem('Utilities').click();
      await court.sim.clickLink('Link a CM/ECF account to my PACER account');
      await court.sim.clickButton('Submit');
      await expect.poll(() => page.getByText('Invalid CM/ECF login or password.').first().isVisible()).toBe(true);
    });

    test('an over-long login is cut at the field\u2019s limit and refused', async () => {
      await court.sim.fill('CM/ECF login', 'x'.repeat(400));
      expect((await page.getByLabel('CM/ECF login', { exact: true }).inputValue()).length).toBe(256);
      await court.sim.fill('CM/ECF password', 'y'.repeat(400));
      await court.sim.clickButton('Submit');
      await expect.poll(() => page.getByText('Invalid CM/ECF login or password.').first().isVisible()).toBe(true);
      expect(await court.sim.heading('Link a CM/ECF account to my PACER account').isVisible()).toBe(true);
    });

    test('hostile text in the login stays text and runs nothing', async () => {
      await court.sim.fill('CM/ECF login', HOSTILE);
      await court.sim.fill('CM/ECF password', 'Eads*Bridge74');
      await court.sim.clickButton('Submit');
      await expect.poll(() => page.getByText('Invalid CM/ECF login or password.').first().isVisible()).toBe(true);
      expect(await pwned()).toBeNull();
    });

    test('a double click on Submit on the verify screen makes one link and one e-mail', async () => {
      await court.sim.fill('CM/ECF login', 'dmw4521');
      await court.sim.fill('CM/ECF password', 'Eads*Bridge74');
      await court.sim.clickButton('Submit');
      await page.getByText('Dana M. Whitfield').first().waitFor();
      await page.getByRole('button', { name: 'Submit', exact: true }).dblclick();
      await expect.poll(() => page.getByText('Your PACER account has been linked to your CM/ECF account.').first().isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Mailbox (1 unread)' }).isVisible()).toBe(true);
      expect(await page.getByText('That action is not available on this page.').count()).toBe(0);
    });
  });

  describe('the appellate link screen (cmecf-link-appellate)', () => {
    test('empty, over-long and hostile filer usernames are refused, and the screen still links after', async () => {
      await page.goto(deepLink(trainer, '#/play/cmecf-link-appellate?mode=practice'));
      await court.sim.address.waitFor();
      await court.openAppellateCmecf();
      await court.sim.fill('Username', 'rcastellanos');
      await court.sim.fill('Password', 'Eads*Bridge1874');
      await court.sim.clickButton('Login');
      await court.acknowledgeRedaction();
      await court.sim.clickLink('Link my filer account to my PACER account');

      await court.sim.clickButton('Submit');
      await expect.poll(() => page.getByText('Filer username is required.').first().isVisible()).toBe(true);
      await court.submitFilerAccount('r'.repeat(100), 'Eighth#Circuit77');
      await expect.poll(() => page.getByText('Filer username must be at most 64 characters.').first().isVisible()).toBe(true);
      await court.submitFilerAccount(HOSTILE.slice(0, 60), 'Eighth#Circuit77');
      await expect.poll(() => page.getByText('The filer account could not be linked: invalid filer username or password.').first().isVisible()).toBe(true);
      expect(await pwned()).toBeNull();
      await court.submitFilerAccount('rcastel42', '');
      await expect.poll(() => page.getByText('Password is required.').first().isVisible()).toBe(true);

      // Then the right credentials, with a double click on Submit: one link, one e-mail, no error.
      await court.sim.fill('Filer username', 'rcastel42');
      await court.sim.fill('Filer password', 'Eighth#Circuit77');
      await page.getByRole('button', { name: 'Submit', exact: true }).dblclick();
      await expect.poll(() => page.getByText('Your filer account has been linked to your PACER account.').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Mailbox (1 unread)' }).isVisible()).toBe(true);
      expect(await page.getByText('That action is not available on this page.').count()).toBe(0);
    });
  });

  describe('a CurrentGen court\u2019s login (cmecf-link-failed, District of Kansas)', () => {
    test('empty fields, a missing redaction tick, PACER credentials and hostile text are refused; the court-issued login works', async () => {
      await page.goto(deepLink(trainer, '#/play/cmecf-link-failed?mode=practice'));
      await court.sim.address.waitFor();
      await court.sim.goTo('ecf.ksd.uscourts.gov');
      await court.sim.heading('CM/ECF Login').waitFor();

      await court.sim.clickButton('Login');
      await expect.poll(() => page.getByText('Login is required.').first().isVisible()).toBe(true);
      await court.logInToCurrentGen('praman_ks', 'Jayhawk#Docket18', false);
      await expect.poll(() => page.getByText(/You must check the box to acknowledge the redaction notice/).first().isVisible()).toBe(true);
      await court.logInToCurrentGen('praman', 'Plaza#Fountain33');
      await expect.poll(() => page.getByText(/Login failed: invalid login or password/).first().isVisible()).toBe(true);
      await court.logInToCurrentGen('q'.repeat(90), 'Jayhawk#Docket18');
      await expect.poll(() => page.getByText('Login must be at most 64 characters.').first().isVisible()).toBe(true);
      await court.logInToCurrentGen(HOSTILE.slice(0, 60), 'Jayhawk#Docket18');
      expect(await pwned()).toBeNull();

      await court.logInToCurrentGen('praman_ks', 'Jayhawk#Docket18');
      await expect.poll(() => court.sim.menuItem('Civil').isVisible()).toBe(true);
      expect(await page.getByText('Logged in as Priya N. Raman (praman_ks).').isVisible()).toBe(true);
    });

    test('Log Out returns to the court\u2019s own login page', async () => {
      await court.sim.menuItem('Log Out').click();
      await expect.poll(() => court.sim.heading('CM/ECF Login').isVisible()).toBe(true);
    });
  });
});
