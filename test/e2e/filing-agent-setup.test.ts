import { beforeAll, describe, expect, test } from 'vitest';
import { EcfMaintenanceDesk } from './poms/ecf-maintenance';
import { scenarioSession } from './support/scenario-session';

/**
 * filing-agent-setup in assess mode: the attorney follows seed 002 "Attorney
 * or Trustee: Linking Filing Agent to CM/ECF Account" steps 1-7 by their
 * labels, adds the agent's e-mail for notices, and the agent then signs in
 * with his own PACER account and chooses her under Change User.
 */

describe('filing-agent-setup in assess mode, following seed 002 step by step', () => {
  const session = scenarioSession();
  let desk: EcfMaintenanceDesk;

  beforeAll(() => {
    desk = new EcfMaintenanceDesk(session.page);
  });

  test('the deep link opens the scenario in assess mode', async () => {
    await session.openScenario('filing-agent-setup');
    await expect.poll(() => session.page.getByText('lbrandt', { exact: true }).first().isVisible()).toBe(true);
  });

  test('the attorney signs in with her own PACER account', async () => {
    await desk.enterFilingSystem('lbrandt', 'Union*Station31');
  });

  test('step 1: Utilities > Your Accounts > Maintain Your ECF Account > More User Information', async () => {
    await desk.openMaintainYourEcfAccount();
    await desk.click('More User Information');
    await expect.poll(() => desk.heading('More User Information').isVisible()).toBe(true);
    await session.expectAccessible('More User Information');
  });

  test('step 2: the name in Find Filing Agent, then the search icon', async () => {
    await desk.sim.fill('Find Filing Agent', 'Oyelaran');
    await desk.click('Search');
    await expect.poll(() => session.page.getByText('Marcus D. Oyelaran').first().isVisible()).toBe(true);
    await session.expectAccessible('Find Filing Agent results');
  });

  test('step 3: Select Filing Agent', async () => {
    await desk.click('Select');
    await expect.poll(() => session.page.getByRole('link', { name: 'Marcus D. Oyelaran' }).isVisible()).toBe(true);
  });

  test('steps 4-5: click the name; Update Filing Agent Permissions; Internet Payment Y; Save', async () => {
    await desk.sim.clickLink('Marcus D. Oyelaran');
    await expect.poll(() => desk.permissionsBox.isVisible()).toBe(true);
    await session.expectAccessible('Update Filing Agent Permissions');
    await desk.permissionsBox.getByLabel('Internet Payment').selectOption('Y');
    await desk.permissionsBox.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => desk.permissionsBox.count()).toBe(0);
    expect(await session.page.getByRole('row', { name: /Marcus D. Oyelaran Y/ }).count()).toBe(1);
  });

  test('step 6: Return to Account Screen', async () => {
    await desk.click('Return to Account Screen');
    await expect.poll(() => session.page.getByText('Marcus D. Oyelaran (Internet Payment: Y)').isVisible()).toBe(true);
  });

  test('the agent’s e-mail as a secondary address, so he receives the notices', async () => {
    await desk.click('Email Information');
    await desk.sim.fill('Secondary E-Mail Address', 'moyelaran@brandt-okoye.example');
    await desk.sim.fill('Reenter Secondary E-Mail Address', 'moyelaran@brandt-okoye.example');
    await session.page.getByLabel('To the Secondary Addresses', { exact: true }).check();
    await desk.click('Return to Account Screen');
    await expect.poll(() => desk.heading('Maintain User Account').isVisible()).toBe(true);
  });

  test('step 7: Submit, then Log Out', async () => {
    await desk.click('Submit');
    await expect.poll(() => session.page.getByText('Filing agent linked: Marcus D. Oyelaran (Internet Payment Y)').isVisible()).toBe(true);
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
    await session.expectAccessible('Change User');
    await session.page.getByLabel('Lauren K. Brandt', { exact: true }).check();
    await desk.click('Submit');
    await expect.poll(() => session.page.getByText('You are filing for Lauren K. Brandt.').isVisible()).toBe(true);
  });

  test('finishing shows a full, passing score', async () => {
    await session.finish(100);
  });
});
