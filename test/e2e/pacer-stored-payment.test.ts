import { beforeAll, describe, expect, test } from 'vitest';
import { ManageAccount } from './poms/account';
import { scenarioSession } from './support/scenario-session';

/**
 * pacer-stored-payment in assess mode: seed 002 "Saving Payment Information
 * for PACER and E-Filing" by its labels — the Payments tab, the stored card
 * with Autobill and its acknowledgment pop-up, Set e-filing fees default, an
 * ACH account for admissions fees.
 */
describe('pacer-stored-payment in assess mode, following seed 002 step by step', () => {
  const session = scenarioSession();
  let mma: ManageAccount;

  beforeAll(() => {
    mma = new ManageAccount(session.page);
  });

  test('steps 1-6: log in to Manage My Account', async () => {
    await session.openScenario('pacer-stored-payment');
    await mma.openLoginForm();
    await mma.logIn('gokonkwo', 'Ozark*Mountain88');
    await expect.poll(() => mma.row('Account Type').textContent()).toBe('Upgraded PACER Account');
  });

  test('step 7: select the Payments tab and then Manage My Stored Payment Information', async () => {
    await mma.openTab('Payments');
    await session.expectAccessible('Payments tab');
    await mma.sim.clickLink('Manage My Stored Payment Information');
    await expect.poll(() => session.page.getByText('No payment methods are stored.').isVisible()).toBe(true);
    await session.expectAccessible('stored payment information, empty');
  });

  test('steps 10-11: select the appropriate option (Add Credit Card); the Add/Update Credit Card Payment form; a bad card number is refused', async () => {
    await mma.sim.clickLink('Add Credit Card');
    await expect.poll(() => session.page.getByRole('heading', { name: 'Add/Update Credit Card Payment', exact: true }).isVisible()).toBe(true);
    await mma.select('Card Type', 'Visa');
    await mma.sim.fill('Card Number', '4111 1111 1111 1112');
    await mma.select('Expiration Month', '11');
    await mma.select('Expiration Year', '2022');
    await mma.sim.fill('Security Code', '737');
    await mma.sim.fill('Billing Address', '300 South Jefferson Avenue');
    await mma.sim.fill('City', 'Springfield');
    await mma.select('State', 'MO');
    await mma.sim.fill('Zip Code', '65806');
    await session.expectAccessible('Add/Update Credit Card Payment');
    await mma.sim.clickButton('Submit');
    await expect.poll(() => mma.sim.alert.textContent()).toBe('The Card Number is not valid. Check the number and try again.');
  });

  test('step 8: check Autobill PACER fees; the acknowledgment pop-up needs its box, then Submit', async () => {
    await mma.sim.fill('Card Number', '4111 1111 1111 1111');
    await mma.check(/Autobill PACER fees/);
    await mma.sim.clickButton('Submit');
    const dialog = session.page.getByRole('dialog', { name: 'PACER Search Fees Auto Billing Acknowledgment' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await session.expectAccessible('Autobill acknowledgment pop-up');
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => session.page.getByRole('status').filter({ hasText: 'Your payment information has been saved.' }).isVisible()).toBe(true);
    const row = session.page.getByRole('row', { name: /Visa ending in 1111/ });
    expect(await row.getByRole('img', { name: 'Autobill PACER fees: checked' }).isVisible()).toBe(true);
    // Only the last four digits are ever shown on the site (the briefing beside it gives the full practice number).
    expect(await session.page.locator('.site-root').getByText('4111 1111 1111 1111').count()).toBe(0);
  });

  test('select the link Set e-filing fees default: a checkmark is placed in the box for E-filing fees default', async () => {
    await mma.sim.clickLink('Set e-filing fees default');
    const row = session.page.getByRole('row', { name: /Visa ending in 1111/ });
    await expect.poll(() => row.getByRole('img', { name: 'E-filing fees default: checked' }).isVisible()).toBe(true);
    expect(await row.getByRole('link', { name: 'Turn Off E-filing fees default' }).isVisible()).toBe(true);
    await session.expectAccessible('stored payment information with a card');
  });

  test('steps 10-11: Add ACH Payment; complete the Add/Update ACH Payment information for admissions fees', async () => {
    await mma.sim.clickLink('Add ACH Payment');
    await expect.poll(() => session.page.getByRole('heading', { name: 'Add/Update ACH Payment', exact: true }).isVisible()).toBe(true);
    // The account holder, as the briefing's note names it.
    expect(await session.page.getByText('Account holder: Okonkwo Law Office', { exact: false }).first().isVisible()).toBe(true);
    await mma.sim.fill('Account Holder Name', 'Okonkwo Law Office');
    await mma.select('Account Type', 'Checking');
    await mma.sim.fill('Routing Number', '101000019');
    await mma.sim.fill('Bank Account Number', '4471902255');
    await mma.sim.fill('Confirm Bank Account Number', '4471902255');
    await mma.check(/Admissions fees default/);
    await session.expectAccessible('Add/Update ACH Payment');
    await mma.sim.clickButton('Submit');
    const row = session.page.getByRole('row', { name: /Checking account ending in 2255/ });
    await expect.poll(() => row.getByRole('img', { name: 'Admissions fees default: checked' }).isVisible()).toBe(true);
  });

  test('the Usage tab lists the quarter, waived at $30 or less', async () => {
    await mma.sim.clickLink('Return to Manage My Account');
    await mma.openTab('Usage');
    await mma.sim.clickLink('View Quarterly Invoice/Statement of Account');
    await expect.poll(() => session.page.getByText('$0.00 (waived: $30 or less this quarter)').isVisible()).toBe(true);
    await session.expectAccessible('quarterly invoice');
  });

  test('finishing shows a full, passing score', async () => {
    await mma.finish();
    await expect.poll(() => session.page.getByText(/100\s*\/\s*100/).first().isVisible()).toBe(true);
  });
});
