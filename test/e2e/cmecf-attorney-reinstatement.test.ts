import { beforeAll, describe, expect, test } from 'vitest';
import { ReinstatementSteps } from './poms/reinstatement';
import { scenarioSession } from './support/scenario-session';

/**
 * cmecf-attorney-reinstatement in assess mode, in a real Chromium against
 * browser mode, following seed 002's "Attorney Reinstatement" steps 1-21 by
 * the labels they name, then the overnight status update. axe checks every
 * screen this part adds.
 */

describe('cmecf-attorney-reinstatement in assess mode, following seed 002 step by step', () => {
  const session = scenarioSession();
  let steps: ReinstatementSteps;

  beforeAll(() => {
    steps = new ReinstatementSteps(session.page);
  });

  test('the deep link opens the scenario with its briefing and no hints', async () => {
    await session.openScenario('cmecf-attorney-reinstatement');
    await expect.poll(() => session.page.getByText('mferrante', { exact: true }).first().isVisible()).toBe(true);
    expect(await session.page.getByRole('button', { name: 'Hint' }).count()).toBe(0);
  });

  test('steps 1-5: website, District CM/ECF, PACER login, redaction notice, Document Filing System', async () => {
    await steps.enterDocumentFilingSystem('mferrante', 'Union*Station17');
    const items = await session.page.getByRole('menubar', { name: 'CM/ECF menu' }).getByRole('menuitem').allTextContents();
    expect(items.map((item) => item.replace('▾', '').trim())).toEqual([
      'Civil',
      'Criminal',
      'Attorney Reinstatement',
      'Query',
      'Reports',
      'Utilities',
      'Search',
      'Help',
      'Log Out',
    ]);
    await session.expectAccessible('CM/ECF main page of an attorney to be reinstated');
  });

  test('step 6: click on Attorney Reinstatement', async () => {
    await steps.clickAttorneyReinstatement();
    expect(await session.sim.heading('Attorney Reinstatement').isVisible()).toBe(true);
    await session.expectAccessible('event selection');
  });

  test('steps 7-8: select Attorney reinstatement in Available Events; it appears in Selected Event; Next', async () => {
    await steps.selectEvent('Attorney reinstatement');
    expect(await steps.selectedEvent.getByRole('option').allTextContents()).toEqual(['Attorney reinstatement']);
    await steps.next(session.page.getByText('Case Number'));
    await session.expectAccessible('case screen');
  });

  test('step 9: click Next; step 10: review the red text and click Next', async () => {
    await steps.next(session.page.getByText(/I certify that I remain a member in good standing/));
    await session.expectAccessible('red text screen');
    await steps.next(session.page.getByLabel('Attorney Name', { exact: true }));
  });

  test('steps 11-12: "Type Attorney Name and Attorney Bar Number in the appropriate boxes", both as the briefing gives them', async () => {
    const name = await session.sim.given('Your name');
    const barNumber = await session.sim.given('Attorney bar number');
    expect(name).toBe('Marisol K. Ferrante');
    await session.sim.fill('Attorney Name', name);
    await session.sim.clickButton('Next');
    await expect.poll(() => session.sim.alert.textContent()).toBe('Attorney Bar Number is required.');
    await session.expectAccessible('attorney name and bar number screen');
    await session.sim.fill('Attorney Name', name);
    await session.sim.fill('Attorney Bar Number', barNumber);
    await steps.next(session.page.getByText('Reinstatement fee:'));
  });

  test('step 13: note the reinstatement fee and click Next', async () => {
    expect(await session.page.getByText('$100.00').first().isVisible()).toBe(true);
    await session.expectAccessible('fee screen');
    await steps.next(session.sim.heading('Login'));
  });

  test('step 14: redirected to the PACER login screen; enter PACER login and password; Login', async () => {
    expect(await session.sim.address.inputValue()).toContain('pacer.psc.uscourts.gov');
    await session.expectAccessible('PACER login for the payment');
    await session.sim.fill('Username', 'mferrante');
    await session.sim.fill('Password', 'Union*Station17');
    await session.sim.clickButton('Login');
    await session.page.getByRole('group', { name: 'Select a Payment Method' }).waitFor();
  });

  test('steps 15-16: complete Select a Payment Method and click Next', async () => {
    // Name on Card: the name the briefing gives, as on the card.
    await steps.enterNewCard({ holder: await session.sim.given('Your name'), number: await session.sim.given('Practice credit card'), month: '09', year: '2021', code: '737', zip: '64106' });
    await session.expectAccessible('Select a Payment Method');
    await steps.next(session.page.getByRole('heading', { name: 'Court Specific Information' }));
  });

  test('steps 17-19: review, Court Specific and Email Receipts information, the Authorization box, Submit', async () => {
    expect(await session.page.getByText('Visa ending in 1111').isVisible()).toBe(true);
    await session.sim.fill('Confirm Email Address', 'mferrante@ferrante-osei.example');
    await session.expectAccessible('payment review');
    await session.page.getByRole('checkbox', { name: /authorize this payment/ }).check();
    await session.sim.clickButton('Submit');
    await session.page.getByText('Your payment has been received.').waitFor();
  });

  test('step 20: redirected back to the filing system; click Next', async () => {
    expect(await session.sim.address.inputValue()).toContain('ecf.mow.uscourts.gov');
    await session.expectAccessible('payment received');
    await steps.next(session.page.getByText(/Attention!! Pressing the NEXT button/));
  });

  test('step 21: click Next; the Notice of Electronic Filing is the final screen', async () => {
    await session.expectAccessible('final docket text');
    await steps.next(session.sim.heading('Notice of Electronic Filing'));
    const text = (await session.page.locator('.site-root').textContent()) ?? '';
    for (const expected of [
      'United States District Court for the Western District of Missouri',
      '2:18-mc-09001',
      'In re: Attorney Reinstatements',
      'Marisol K. Ferrante',
      'No document attached',
      'AMOWDC-6532718',
      '$100.00',
      'mferrante@ferrante-osei.example',
    ]) {
      expect(text).toContain(expected);
    }
    await session.expectAccessible('Notice of Electronic Filing');
  });

  test('NOTE: the status is updated overnight; the Notice of Electronic Filing e-mail is read', async () => {
    await steps.letTimePass(1);
    await session.sim.openMailbox();
    await session.page.getByRole('button', { name: /Activity in Case 2:18-mc-09001/ }).first().click();
    const mailbox = session.page.getByRole('dialog', { name: 'Mailbox' }).or(session.page.getByRole('region', { name: 'Mailbox' }));
    await expect.poll(() => mailbox.getByText('AMOWDC-6532718').first().isVisible()).toBe(true);
    await session.page.keyboard.press('Escape');
    await session.sim.menuItem('Query').click();
    await expect.poll(() => session.sim.menuItem('Attorney Reinstatement').count()).toBe(0);
  });

  test('finishing shows a full, passing score', async () => {
    await session.finish(100);
    expect(await session.page.getByText(/passed/i).first().isVisible()).toBe(true);
  });
});
