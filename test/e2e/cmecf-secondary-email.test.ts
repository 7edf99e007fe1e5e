import { beforeAll, describe, expect, test } from 'vitest';
import { EcfMaintenanceDesk } from './poms/ecf-maintenance';
import { scenarioSession } from './support/scenario-session';

/**
 * cmecf-secondary-email in assess mode, in a real Chromium against browser
 * mode, following seed 002 "Adding Additional Email Accounts in CM/ECF"
 * step by step by its labels; axe checks each new screen.
 */

const SECONDARY = 'docketing@castellanos-ruiz.example';

describe('cmecf-secondary-email in assess mode, following seed 002 step by step', () => {
  const session = scenarioSession();
  let desk: EcfMaintenanceDesk;

  beforeAll(() => {
    desk = new EcfMaintenanceDesk(session.page);
  });

  test('the deep link opens the scenario in assess mode, without hints', async () => {
    await session.openScenario('cmecf-secondary-email');
    await expect.poll(() => session.page.getByText('pcastellanos', { exact: true }).first().isVisible()).toBe(true);
    expect(await session.page.getByRole('button', { name: 'Hint' }).count()).toBe(0);
  });

  test('into the court’s filing system with the PACER login', async () => {
    await desk.enterFilingSystem('pcastellanos', 'Westport*Road55');
  });

  test('"1. Click Utilities. 2. Click Your Accounts. 3. Click Maintain Your ECF Account."', async () => {
    await desk.sim.menuItem('Utilities').click();
    await desk.yourAccounts.click();
    await expect.poll(() => desk.yourAccounts.getAttribute('aria-current')).toBe('page');
    expect(await session.page.getByRole('link', { name: 'Mailings' }).count()).toBe(0);
    await session.expectAccessible('Utilities opened into Your Account');
    await desk.sim.clickLink('Maintain Your ECF Account');
    await expect.poll(() => desk.heading('Maintain User Account').isVisible()).toBe(true);
    expect(await session.page.getByLabel('Primary E-Mail Address', { exact: true }).isDisabled()).toBe(true);
    expect(await session.page.getByRole('link', { name: 'Edit my name and address information' }).isVisible()).toBe(true);
    await session.expectAccessible('Maintain User Account');
  });

  test('step 4: Email Information', async () => {
    await desk.click('Email Information');
    await expect.poll(() => desk.heading('Email Information').isVisible()).toBe(true);
    await session.expectAccessible('Email Information');
  });

  test('a mismatched re-entry is refused with the court’s message', async () => {
    await desk.sim.fill('Secondary E-Mail Address', SECONDARY);
    await desk.sim.fill('Reenter Secondary E-Mail Address', 'docket@castellanos-ruiz.example');
    await desk.click('Return to Account Screen');
    await expect.poll(() => desk.sim.alert.textContent()).toContain('do not match');
    await session.expectAccessible('Email Information with an error');
  });

  test('steps 5-7: both address fields, To the Secondary Addresses, Return to Account Screen', async () => {
    await desk.sim.fill('Reenter Secondary E-Mail Address', SECONDARY);
    await session.page.getByLabel('To the Secondary Addresses', { exact: true }).check();
    await desk.click('Return to Account Screen');
    await expect.poll(() => desk.heading('Maintain User Account').isVisible()).toBe(true);
    expect(await session.page.getByText(SECONDARY).first().isVisible()).toBe(true);
  });

  test('step 8: Submit saves it, and the court confirms by e-mail', async () => {
    await desk.click('Submit');
    await expect.poll(() => session.page.getByText('Your account information has been updated.').isVisible()).toBe(true);
    await session.expectAccessible('account change saved');
    const notice = await desk.readAccountChangeNotice();
    expect(notice).toContain('MISSOURI WESTERN DISTRICT COURT');
    expect(notice).toContain('Maintain User Account');
    expect(notice).toContain(SECONDARY);
  });

  test('finishing shows a full, passing score', async () => {
    await session.finish(100);
  });
});

describe('cmecf-secondary-email in practice mode: leaving without Submit loses the change', () => {
  // This one goes straight from the Utilities page to Maintain Your ECF Account, as it always could.
  const session = scenarioSession();
  let desk: EcfMaintenanceDesk;

  beforeAll(() => {
    desk = new EcfMaintenanceDesk(session.page);
  });

  test('Return to Account Screen, then another menu instead of Submit: back in the account, the address is gone', async () => {
    await session.openScenario('cmecf-secondary-email', 'practice');
    await desk.enterFilingSystem('pcastellanos', 'Westport*Road55');
    await desk.openMaintainYourEcfAccount();
    await desk.click('Email Information');
    await desk.sim.fill('Secondary E-Mail Address', SECONDARY);
    await desk.sim.fill('Reenter Secondary E-Mail Address', SECONDARY);
    await desk.click('Return to Account Screen');
    const notices = session.page.getByRole('region', { name: 'E-mail notices' });
    await expect.poll(() => notices.getByText(SECONDARY).isVisible()).toBe(true);

    await desk.sim.menuItem('Query').click();
    await desk.openMaintainYourEcfAccount();
    await expect.poll(() => notices.getByText('None', { exact: true }).isVisible()).toBe(true);
    expect(await notices.getByText(SECONDARY).count()).toBe(0);
  });
});
