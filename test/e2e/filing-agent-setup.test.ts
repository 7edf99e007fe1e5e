import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EcfMaintenanceDesk } from './poms/ecf-maintenance';
import { expectAccessible as checkAccessible } from './support/axe';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from './support/browser-mode';

/**
 * filing-agent-setup in assess mode: the attorney follows seed 002 "Attorney
 * or Trustee: Linking Filing Agent to CM/ECF Account" steps 1-7 by their
 * labels, adds the agent's e-mail for notices, and the agent then signs in
 * with his own PACER account and chooses her under Change User.
 */

describe('filing-agent-setup in assess mode, following seed 002 step by step', () => {
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

  test('the deep link opens the scenario in assess mode', async () => {
    await page.goto(deepLink(trainer, '#/play/filing-agent-setup?mode=assess'));
    await expect.poll(() => desk.sim.marker.isVisible()).toBe(true);
    await expect.poll(() => page.getByText('lbrandt', { exact: true }).first().isVisible()).toBe(true);
  });

  test('the attorney signs in with her own PACER account', async () => {
    await desk.enterFilingSystem('lbrandt', 'Union*Station31');
  });

  test('step 1: Utilities > Your Accounts > Maintain Your ECF Account > More User Information', async () => {
    await desk.openMaintainYourEcfAccount();
    await desk.click('More User Information');
    await expect.poll(() => desk.heading('More User Information').isVisible()).toBe(true);
    await expectAccessible('More User Information');
  });

  test('step 2: the name in Find Filing Agent, then the search icon', async () => {
    await desk.sim.fill('Find Filing Agent', 'Oyelaran');
    await desk.click('Search');
    await expect.poll(() => page.getByText('Marcus D. Oyelaran').first().isVisible()).toBe(true);
    await expectAccessible('Find Filing Agent results');
  });

  test('step 3: Select Filing Agent', async () => {
    await desk.click('Select');
    await expect.poll(() => page.getByRole('link', { name: 'Marcus D. Oyelaran' }).isVisible()).toBe(true);
  });

  test('steps 4-5: click the name; Update Filing Agent Permissions; Internet Payment Y; Save', async () => {
    await desk.sim.clickLink('Marcus D. Oyelaran');
    await expect.poll(() => desk.permissionsBox.isVisible()).toBe(true);
    await expectAccessible('Update Filing Agent Permissions');
    await desk.permissionsBox.getByLabel('Internet Payment').selectOption('Y');
    await desk.permissionsBox.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => desk.permissionsBox.count()).toBe(0);
    expect(await page.getByRole('row', { name: /Marcus D. Oyelaran Y/ }).count()).toBe(1);
  });

  test('step 6: Return to Account Screen', async () => {
    await desk.click('Return to Account Screen');
    await expect.poll(() => page.getByText('Marcus D. Oyelaran (Internet Payment: Y)').isVisible()).toBe(true);
  });

  test('the agent’s e-mail as a secondary address, so he receives the notices', async () => {
    await desk.click('Email Information');
    await desk.sim.fill('Secondary E-Mail Address', 'moyelaran@brandt-okoye.example');
    await desk.sim.fill('Reenter Secondary E-Mail Address', 'moyelaran@brandt-okoye.example');
    await page.getByLabel('To the Secondary Addresses', { exact: true }).check();
    await desk.click('Return to Account Screen');
    await expect.poll(() => desk.heading('Maintain User Account').isVisible()).toBe(true);
  });

  test('step 7: Submit, then Log Out', async () => {
    await desk.click('Submit');
    await expect.poll(() => page.getByText('Filing agent linked: Marcus D. Oyelaran (Internet Payment Y)').isVisible()).toBe(true);
    await desk.sim.menuItem('Log Out').click();
  });

  test('the agent signs in with his own PACER account and sees the filing menus', async () => {
    await desk.sim.goTo('https://ecf.mow.uscourts.gov/');
    await desk.logInAndContinue('moyelaran', 'Penn*Valley82');
    await expect.poll(() => desk.sim.menuItem('Civil').isVisible()).toBe(true);
  });

  test('Utilities, Change User: he chooses to file for Lauren K. Brandt', async () => {
    await desk.sim.menuItem('Utilities').click();
    await desk.sim.clickLink('Change User');
    await expect.poll(() => desk.heading('Change User').isVisible()).toBe(true);
    await expectAccessible('Change User');
    await page.getByLabel('Lauren K. Brandt', { exact: true }).check();
    await desk.click('Submit');
    await expect.poll(() => page.getByText('You are filing for Lauren K. Brandt.').isVisible()).toBe(true);
  });

  test('finishing shows a full, passing score', async () => {
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => page.getByText(/100\s*\/\s*100/).first().isVisible()).toBe(true);
  });
});
