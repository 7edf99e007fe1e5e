import { beforeAll, describe, expect, test } from 'vitest';
import { ManageAccount } from './poms/account';
import { CourtSide } from './poms/court-side';
import { scenarioSession } from './support/scenario-session';

/**
 * cmecf-link-failed in assess mode, following seed 004 literally: "If the
 * linking process failed, please try again. … If the linking process still
 * does not work, … 1. Log in to Manage My Account. 2. Click the Maintenance
 * tab. 3. Click … Attorney Admissions/E-File Registration." Then a CurrentGen
 * court's own login ("two separate usernames and passwords").
 */

const FILING_SYSTEM = 'Western District of Missouri-Document Filing System';

describe('cmecf-link-failed in assess mode, following seed 004', () => {
  const session = scenarioSession();
  let court: CourtSide;
  let account: ManageAccount;

  beforeAll(() => {
    court = new CourtSide(session.page);
    account = new ManageAccount(session.page);
  });

  test('the deep link opens the briefing with both courts\u2019 credentials', async () => {
    await session.openScenario('cmecf-link-failed');
    await expect.poll(() => session.page.getByText('praman_ks', { exact: true }).first().isVisible()).toBe(true);
  });

  test('into the W.D. Mo. filing system: District CM/ECF, PACER login, redaction notice, Document Filing System', async () => {
    await court.sim.goTo('www.mow.uscourts.gov');
    await court.sim.clickLink('District CM/ECF');
    await court.sim.fill('Username', 'praman');
    await court.sim.fill('Password', 'Plaza#Fountain33');
    await court.sim.clickButton('Login');
    await court.acknowledgeRedaction();
    await court.sim.clickLink(FILING_SYSTEM);
    await expect.poll(() => court.sim.menuItem('Utilities').isVisible()).toBe(true);
  });

  test('the link fails; the court says to try again', async () => {
    await court.sim.menuItem('Utilities').click();
    await court.sim.clickLink('Link a CM/ECF account to my PACER account');
    await court.sim.fill('CM/ECF login', 'pnr4410');
    await court.sim.fill('CM/ECF password', 'Westport*Road52');
    await court.sim.clickButton('Submit');
    await expect.poll(() => session.page.getByText('Priya N. Raman').first().isVisible()).toBe(true);
    await court.sim.clickButton('Submit');
    await expect.poll(() => court.sim.alert.textContent()).toContain('Please try again.');
    expect(await session.page.getByRole('link', { name: 'Manage My Account', exact: true }).count()).toBe(0);
    await session.expectAccessible('link failed: first attempt');
  });

  test('"please try again": it still does not work, and the court points to a new e-filing request', async () => {
    await court.sim.clickLink('Try again');
    await court.sim.fill('CM/ECF login', 'pnr4410');
    await court.sim.fill('CM/ECF password', 'Westport*Road52');
    await court.sim.clickButton('Submit');
    await court.sim.clickButton('Submit');
    await expect.poll(() => court.sim.alert.textContent()).toContain('submit a new electronic filing request');
    expect(await session.page.getByRole('link', { name: 'Manage My Account', exact: true }).isVisible()).toBe(true);
    expect(await court.sim.menuItem('Civil').count()).toBe(0);
    await session.expectAccessible('link failed: still failing');
  });

  test('1-3: Manage My Account, the Maintenance tab, Attorney Admissions/E-File Registration, E-File Registration Only', async () => {
    await account.openLoginForm();
    await account.logIn('praman', 'Plaza#Fountain33');
    await account.openTab('Maintenance');
    await court.sim.clickLink('Attorney Admissions/E-File Registration');
    await account.select('Court Type', 'U.S. District Courts');
    await account.select('Court', 'Missouri Western District Court (Western District of Missouri)');
    await court.sim.clickButton('Next');
    await session.page.getByRole('radio', { name: 'E-File Registration Only' }).check();
    await account.select('Role in Court', 'Attorney');
    await court.sim.fill('Phone', '816-555-0142');
    await account.check('I acknowledge that I am submitting the e-file registration for the individual listed above.');
    await court.sim.clickButton('Next');
    await court.sim.clickButton('Next');
    for (const box of await session.page.getByRole('checkbox').all()) await box.check();
    await court.sim.clickButton('Submit');
    await expect.poll(() => session.page.getByText('E-File Registration').first().isVisible()).toBe(true);
    expect(await court.sim.alert.count()).toBe(0);
  });

  test('the District of Kansas keeps its own CurrentGen login: the court-issued login opens it', async () => {
    await court.sim.goTo('www.ksd.uscourts.gov');
    await expect.poll(() => session.page.getByText('still uses its current CM/ECF system').first().isVisible()).toBe(true);
    await session.expectAccessible('CurrentGen court website');
    await court.sim.clickLink('CM/ECF');
    await expect.poll(() => session.page.getByText(/not your PACER login/).first().isVisible()).toBe(true);
    await session.expectAccessible('CurrentGen court CM/ECF page');
    await court.sim.clickLink('District of Kansas - CM/ECF Login');
    await expect.poll(() => court.sim.heading('CM/ECF Login').isVisible()).toBe(true);
    await session.expectAccessible('CurrentGen CM/ECF login');
    await court.logInToCurrentGen('praman_ks', 'Jayhawk#Docket18');
    await expect.poll(() => court.sim.menuItem('Civil').isVisible()).toBe(true);
    await session.expectAccessible('CurrentGen CM/ECF main page');
    await court.sim.menuItem('Utilities').click();
    await expect.poll(() => session.page.getByText('Change Your PACER Login').isVisible()).toBe(true);
    expect(await session.page.getByText('Link a CM/ECF account to my PACER account').count()).toBe(0);
    await session.expectAccessible('CurrentGen Utilities menu page');
  });

  test('the court\u2019s e-mail: the request was received', async () => {
    await court.sim.openMailbox();
    await session.page.getByRole('button', { name: /MISSOURI WESTERN DISTRICT COURT/ }).first().click();
    await expect.poll(() => session.page.getByText('Pending').first().isVisible()).toBe(true);
    await session.page.keyboard.press('Escape');
  });

  test('finishing shows a full, passing score', async () => {
    await session.finish(100);
  });
});
