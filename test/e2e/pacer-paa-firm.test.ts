import { beforeAll, describe, expect, test } from 'vitest';
import { ManageAccount } from './poms/account';
import { scenarioSession } from './support/scenario-session';

const HOSTILE_REMARK = '<img src=x onerror="window.__hacked=1"> central billing';

/**
 * pacer-paa-firm in assess mode: the office manager logs in to the firm's
 * PACER Administrative Account, adds two attorneys by account number and
 * last name, and one attorney accepts in her own View All My Requests.
 */
describe('pacer-paa-firm in assess mode', () => {
  const session = scenarioSession();
  let mma: ManageAccount;

  async function addAccount(accountNumber: string, lastName: string, remark: string) {
    await mma.sim.clickLink('Add Existing PACER Account(s) to My PAA');
    await mma.sim.fill('Account Number', accountNumber);
    await mma.sim.fill('Last Name', lastName);
    await mma.sim.fill('Remark', remark);
    await mma.check(/I understand that the PACER fees/);
    await mma.sim.clickButton('Submit');
    await expect.poll(() => session.page.getByRole('status').filter({ hasText: 'Your request has been sent to the account holder' }).isVisible()).toBe(true);
  }

  beforeAll(() => {
    mma = new ManageAccount(session.page);
  });

  test('the letter: "To register for a PACER Administrative Account, please visit https://www.pacer.gov/reg_firm.html."', async () => {
    await session.openScenario('pacer-paa-firm');
    for (const typed of ['https://www.pacer.gov/reg_firm.html', 'www.pacer.gov/reg_firm.html']) {
      await mma.sim.goTo('www.pacer.gov');
      await expect.poll(() => session.page.getByRole('heading', { level: 1, name: 'PACER Administrative Account', exact: true }).count()).toBe(0);
      await mma.sim.goTo(typed);
      // PACER redirects the old address: the PAA page opens and the address bar shows where it lives today.
      await expect.poll(() => session.page.getByRole('heading', { level: 1, name: 'PACER Administrative Account', exact: true }).isVisible()).toBe(true);
      await expect.poll(() => mma.sim.address.inputValue()).toBe('https://pacer.uscourts.gov/register-account/pacer-administrative-account');
    }
    expect(await session.page.getByText("This site can't be reached").count()).toBe(0);
    await session.expectAccessible('PACER Administrative Account page');
  });

  test('the PAA logs in to Manage My Account; the header shows Account Status and the PAA Maintenance tab', async () => {
    await mma.openLoginForm();
    await mma.logIn('brandtokafor-paa', 'Central*Billing2018');
    await expect.poll(() => mma.row('Account Status').textContent()).toBe('Active');
    expect(await mma.tab('Maintenance').count()).toBe(0);
    await mma.openTab('PAA Maintenance');
    await session.expectAccessible('PAA Maintenance tab');
  });

  test('a wrong last name is refused; the add form passes axe', async () => {
    await mma.sim.clickLink('Add Existing PACER Account(s) to My PAA');
    await mma.sim.fill('Account Number', '3310452');
    await mma.sim.fill('Last Name', 'Okafor');
    await mma.sim.fill('Remark', 'central billing');
    await mma.check(/I understand that the PACER fees/);
    await session.expectAccessible('Add Existing PACER Account(s) to My PAA');
    await mma.sim.clickButton('Submit');
    await expect.poll(() => mma.sim.alert.textContent()).toBe('The Account Number and Last Name do not match a PACER account.');
    await mma.sim.clickLink('Return to Manage My Account');
    await mma.openTab('PAA Maintenance');
  });

  test('add Ana Rivera (with a hostile remark) and Samuel Okafor by account number and last name', async () => {
    await addAccount('3310452', 'Rivera', HOSTILE_REMARK);
    await addAccount('3310987', 'Okafor', 'Marisol Ortega, office manager');
    await mma.sim.clickLink('Download List of All My PACER Accounts');
    await expect.poll(() => session.page.getByRole('row', { name: /3310987/ }).isVisible()).toBe(true);
    await session.expectAccessible('list of PAA accounts');
  });

  test('Ana logs in to her own Manage My Account and accepts under View All My Requests', async () => {
    await mma.logOut();
    await mma.logIn('arivera-law', 'Country*Club48');
    await mma.sim.clickLink('View All My Requests');
    await expect.poll(() => session.page.getByText(HOSTILE_REMARK).isVisible()).toBe(true);
    expect(await session.page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
    expect(await session.page.locator('img[src="x"]').count()).toBe(0);
    await session.expectAccessible('View All My Requests');
    await mma.sim.clickButton('Accept');
    await expect.poll(() => session.page.getByRole('cell', { name: 'Accepted' }).isVisible()).toBe(true);
  });

  test('the PAA receives the acceptance e-mail', async () => {
    await mma.sim.openMailbox();
    await expect.poll(() => session.page.getByRole('button', { name: /PACER account added to your PACER Administrative Account/ }).first().isVisible()).toBe(true);
    await session.page.keyboard.press('Escape');
  });

  test('finishing shows a full, passing score', async () => {
    await mma.finish();
    await expect.poll(() => session.page.getByText(/100\s*\/\s*100/).first().isVisible()).toBe(true);
  });
});
