import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EcfMaintenanceDesk } from './poms/ecf-maintenance';
import { expectAccessible as checkAccessible } from './support/axe';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from './support/browser-mode';

/**
 * cmecf-secondary-email in assess mode, in a real Chromium against browser
 * mode, following seed 002 "Adding Additional Email Accounts in CM/ECF"
 * step by step by its labels; axe checks each new screen.
 */

const SECONDARY = 'docketing@castellanos-ruiz.example';

describe('cmecf-secondary-email in assess mode, following seed 002 step by step', () => {
  let trainer: RunningTrainer;
  let browser: Browser;
  let page: Page;
  let desk: EcfMaintenanceDesk;

  const expectAccessible = (screen: string) => checkAccessible(page, screen);

  beforeAll(async () => {
    trainer = await startTrainer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    desk = new EcfMaintenanceDesk(page);
  });

  afterAll(async () => {
    await browser?.close();
    await trainer?.stop();
    if (trainer) removeDir(trainer.dataDir);
  });

  test('the deep link opens the scenario in assess mode, without hints', async () => {
    await page.goto(deepLink(trainer, '#/play/cmecf-secondary-email?mode=assess'));
    await expect.poll(() => desk.sim.marker.isVisible()).toBe(true);
    await expect.poll(() => page.getByText('pcastellanos', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Hint' }).count()).toBe(0);
  });

  test('into the court’s filing system with the PACER login', async () => {
    await desk.enterFilingSystem('pcastellanos', 'Westport*Road55');
  });

  test('steps 1-3: Utilities, Your Account, Maintain Your ECF Account', async () => {
    await desk.openMaintainYourEcfAccount();
    expect(await page.getByLabel('Primary E-Mail Address', { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole('link', { name: 'Edit my name and address information' }).isVisible()).toBe(true);
    await expectAccessible('Maintain User Account');
  });

  test('step 4: Email Information', async () => {
    await desk.click('Email Information');
    await expect.poll(() => desk.heading('Email Information').isVisible()).toBe(true);
    await expectAccessible('Email Information');
  });

  test('a mismatched re-entry is refused with the court’s message', async () => {
    await desk.sim.fill('Secondary E-Mail Address', SECONDARY);
    await desk.sim.fill('Reenter Secondary E-Mail Address', 'docket@castellanos-ruiz.example');
    await desk.click('Return to Account Screen');
    await expect.poll(() => desk.sim.alert.textContent()).toContain('do not match');
    await expectAccessible('Email Information with an error');
  });

  test('steps 5-7: both address fields, To the Secondary Addresses, Return to Account Screen', async () => {
    await desk.sim.fill('Reenter Secondary E-Mail Address', SECONDARY);
    await page.getByLabel('To the Secondary Addresses', { exact: true }).check();
    await desk.click('Return to Account Screen');
    await expect.poll(() => desk.heading('Maintain User Account').isVisible()).toBe(true);
    expect(await page.getByText(SECONDARY).first().isVisible()).toBe(true);
  });

  test('step 8: Submit saves it, and the court confirms by e-mail', async () => {
    await desk.click('Submit');
    await expect.poll(() => page.getByText('Your account information has been updated.').isVisible()).toBe(true);
    await expectAccessible('account change saved');
    const notice = await desk.readAccountChangeNotice();
    expect(notice).toContain('MISSOURI WESTERN DISTRICT COURT');
    expect(notice).toContain('Maintain User Account');
    expect(notice).toContain(SECONDARY);
  });

  test('finishing shows a full, passing score', async () => {
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => page.getByText(/100\s*\/\s*100/).first().isVisible()).toBe(true);
  });
});

describe('cmecf-secondary-email in practice mode: leaving without Submit loses the change', () => {
  let trainer: RunningTrainer;
  let browser: Browser;
  let page: Page;
  let desk: EcfMaintenanceDesk;

  beforeAll(async () => {
    trainer = await startTrainer();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    desk = new EcfMaintenanceDesk(page);
  });

  afterAll(async () => {
    await browser?.close();
    await trainer?.stop();
    if (trainer) removeDir(trainer.dataDir);
  });

  test('Return to Account Screen, then another menu instead of Submit: back in the account, the address is gone', async () => {
    await page.goto(deepLink(trainer, '#/play/cmecf-secondary-email?mode=practice'));
    await desk.sim.marker.waitFor();
    await desk.enterFilingSystem('pcastellanos', 'Westport*Road55');
    await desk.openMaintainYourEcfAccount();
    await desk.click('Email Information');
    await desk.sim.fill('Secondary E-Mail Address', SECONDARY);
    await desk.sim.fill('Reenter Secondary E-Mail Address', SECONDARY);
    await desk.click('Return to Account Screen');
    const notices = page.getByRole('region', { name: 'E-mail notices' });
    await expect.poll(() => notices.getByText(SECONDARY).isVisible()).toBe(true);

    await desk.sim.menuItem('Query').click();
    await desk.openMaintainYourEcfAccount();
    await expect.poll(() => notices.getByText('None', { exact: true }).isVisible()).toBe(true);
    expect(await notices.getByText(SECONDARY).count()).toBe(0);
  });
});
