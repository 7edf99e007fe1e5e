import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Simulator } from './poms/simulator';
import { expectAccessible as checkAccessible } from './support/axe';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from './support/browser-mode';

/**
 * nextgen-readiness in assess mode: Manage My Account's Account Type and
 * Case Search Status (seed 003/004), the Court CM/ECF Lookup for three
 * courts (NextGen live, NextGen scheduled, CurrentGen) and the login each
 * needs, then the PACER login at the NextGen court.
 */

const COURTS = {
  mow: 'United States District Court for the Western District of Missouri',
  moeb: 'United States Bankruptcy Court for the Eastern District of Missouri',
  ksd: 'United States District Court for the District of Kansas',
};

describe('nextgen-readiness in assess mode', () => {
  let trainer: RunningTrainer;
  let browser: Browser;
  let page: Page;
  let sim: Simulator;

  const expectAccessible = (screen: string) => checkAccessible(page, screen);
  const siteText = async () => (await page.locator('.site-root').textContent()) ?? '';

  beforeAll(async () => {
    trainer = await startTrainer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    sim = new Simulator(page);
  });

  afterAll(async () => {
    await browser?.close();
    await trainer?.stop();
    if (trainer) removeDir(trainer.dataDir);
  });

  test('www.pacer.gov, hover over Manage My Account, Manage My Account Login, Log in to Manage My Account', async () => {
    await page.goto(deepLink(trainer, '#/play/nextgen-readiness?mode=assess'));
    await expect.poll(() => sim.marker.isVisible()).toBe(true);
    await sim.goTo('www.pacer.gov');
    await page.getByRole('link', { name: 'Manage My Account', exact: true }).hover();
    await sim.clickLink('Manage My Account Login');
    await sim.clickLink('Log in to Manage My Account');
    await sim.fill('Username', 'jbrandt.kc');
    await sim.fill('Password', 'Plaza#Lights2016');
    await sim.clickButton('Login');
    await expect.poll(async () => (await siteText()).includes('Upgraded PACER Account')).toBe(true);
    expect(await siteText()).toMatch(/Case Search Status\s*Active/);
  });

  test('the Court CM/ECF Lookup lists the three courts: NextGen, NextGen scheduled, CurrentGen', async () => {
    await sim.clickLink('Court CM/ECF Lookup');
    await expect.poll(() => sim.heading('Court CM/ECF Lookup').isVisible()).toBe(true);
    const table = page.getByRole('table', { name: 'Courts' });
    const row = (name: string) => table.getByRole('row').filter({ hasText: name });
    expect(await row(COURTS.mow).textContent()).toContain('NextGen CM/ECF');
    expect(await row(COURTS.moeb).textContent()).toContain('Not yet live: NextGen scheduled for July 15, 2019');
    expect(await row(COURTS.ksd).textContent()).toContain('CurrentGen CM/ECF');
    await expectAccessible('Court CM/ECF Lookup');
  });

  test('each court\u2019s entry says which login files there', async () => {
    await sim.clickLink(COURTS.moeb);
    await expect.poll(async () => (await siteText()).includes('The CM/ECF login the court issued you, until July 15, 2019')).toBe(true);
    await expectAccessible('court details');
    await sim.clickLink('Back to the Court CM/ECF Lookup');
    await sim.clickLink(COURTS.ksd);
    await expect.poll(async () => (await siteText()).includes('The CM/ECF login the court issued you (separate from PACER)')).toBe(true);
    await sim.clickLink('Back to the Court CM/ECF Lookup');
    await sim.clickLink(COURTS.mow);
    await expect.poll(async () => (await siteText()).includes('Your upgraded individual PACER account (central sign-on)')).toBe(true);
  });

  test('the NextGen court takes the PACER login, then the redaction notice', async () => {
    await sim.clickLink('ecf.mow.uscourts.gov');
    await expect.poll(() => sim.heading('Login').isVisible()).toBe(true);
    await sim.fill('Username', 'jbrandt.kc');
    await sim.fill('Password', 'Plaza#Lights2016');
    await sim.clickButton('Login');
    const notice = page.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' });
    await notice.getByRole('checkbox').check();
    await notice.getByRole('button', { name: 'Continue' }).click();
  });

  test('finishing shows a full, passing score', async () => {
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => page.getByText(/100\s*\/\s*100/).first().isVisible()).toBe(true);
  });
});
