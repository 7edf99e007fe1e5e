import { describe, expect, test } from 'vitest';
import { scenarioSession } from './support/scenario-session';

/**
 * cmecf-link-firm-account in assess mode, in a real Chromium against browser
 * mode: seed 000's steps with the firm's shared PACER login first. At step 7
 * the PACER name is a firm name, so the trainee clicks Cancel (not Submit),
 * logs out, and links with their own individual PACER account (seeds 001, 003).
 */

const FIRM_NAME = 'HARROW LINDQVIST & MBEKI LLP';
/** The verify screen's warning (the briefing also speaks of firm names, so match the screen's own sentence). */
const FIRM_WARNING = /The PACER account name, .+, is a firm name/;

describe('cmecf-link-firm-account in assess mode: Cancel on the firm name, log out, link your own account', () => {
  const session = scenarioSession();

  /** Seed 000, steps 1-3, then the redaction notice. */
  async function enterWith(username: string, password: string): Promise<void> {
    await session.sim.goTo('www.moeb.uscourts.gov');
    await session.sim.clickLink('E-Filing (CM/ECF)');
    await session.sim.clickLink('Eastern District of Missouri Filing System');
    await expect.poll(() => session.sim.heading('Login').isVisible()).toBe(true);
    await session.sim.fill('Username', username);
    await session.sim.fill('Password', password);
    await session.sim.clickButton('Login');
    await session.sim.acknowledgeRedaction();
  }

  /** Seed 000, steps 4-6: Utilities, the link entry, the CM/ECF login and password, Submit. */
  async function openVerifyScreen(): Promise<void> {
    await session.sim.menuItem('Utilities').click();
    await session.sim.clickLink('Link a CM/ECF account to my PACER account');
    await session.sim.fill('CM/ECF login', 'rmo7730');
    await session.sim.fill('CM/ECF password', 'Forest*Park55');
    await session.sim.clickButton('Submit');
  }

  test('the briefing gives the firm login and your own account, created yesterday', async () => {
    await session.openScenario('cmecf-link-firm-account');
    await expect.poll(() => session.page.getByText('hlmresearch', { exact: true }).first().isVisible()).toBe(true);
    expect(await session.page.getByText('rmbeki-okoro', { exact: true }).first().isVisible()).toBe(true);
    expect(await session.page.getByText('Your own PACER account (created yesterday)').first().isVisible()).toBe(true);
  });

  test('steps 1-7 with the firm login: the verify screen shows a firm name', async () => {
    await enterWith('hlmresearch', 'Docket*Room2011');
    await openVerifyScreen();
    await expect.poll(() => session.page.getByRole('alert').filter({ hasText: FIRM_WARNING }).isVisible()).toBe(true);
    expect(await session.page.getByText(FIRM_NAME).first().isVisible()).toBe(true);
    await session.expectAccessible('verify screen with the firm-name warning');
  });

  test('Cancel, not Submit; then Log Out from the CM/ECF menu bar', async () => {
    await session.sim.clickButton('Cancel');
    await expect.poll(() => session.sim.menuItem('Log Out').isVisible()).toBe(true);
    // Nothing was linked: no filing menus after a menu click, and no notice in the mailbox.
    await session.sim.menuItem('Query').click();
    expect(await session.sim.menuItem('Bankruptcy').count()).toBe(0);
    await session.sim.menuItem('Log Out').click();
    await expect.poll(() => session.sim.heading('Logged Out').isVisible()).toBe(true);
    await session.expectAccessible('logged out');
  });

  test('steps 1-8 again with your own PACER account: matching names, Submit, the link', async () => {
    await enterWith('rmbeki-okoro', 'Clayton#Bar2019');
    await openVerifyScreen();
    await expect.poll(() => session.page.getByText('Ruth A. Mbeki-Okoro').first().isVisible()).toBe(true);
    expect(await session.page.getByText(FIRM_WARNING).count()).toBe(0);
    await session.sim.clickButton('Submit');
    await expect.poll(() => session.page.getByText('Your PACER account has been linked to your CM/ECF account.').first().isVisible()).toBe(true);
  });

  test('step 9: one menu click and the Bankruptcy and Adversary menus appear', async () => {
    await session.sim.menuItem('Query').click();
    await expect.poll(() => session.sim.menuItem('Bankruptcy').isVisible()).toBe(true);
    expect(await session.sim.menuItem('Adversary').isVisible()).toBe(true);
  });

  test('the one e-mail notice names your own account, not the firm account', async () => {
    await session.sim.openMailbox();
    const notices = session.page.getByRole('button', { name: /MISSOURI EASTERN BANKRUPTCY COURT/ });
    await expect.poll(() => notices.count()).toBe(1);
    await notices.first().click();
    const mailbox = session.page.getByRole('dialog', { name: 'Mailbox' }).or(session.page.getByRole('region', { name: 'Mailbox' }));
    await expect.poll(() => mailbox.getByText('Transaction Status').first().isVisible()).toBe(true);
    const text = (await mailbox.textContent()) ?? '';
    expect(text).toContain('6841902');
    expect(text).not.toContain('5520147');
    expect(text).toContain('20417');
    await session.page.keyboard.press('Escape');
  });

  test('finishing shows a full, passing score', async () => {
    await session.finish(100);
    expect(await session.page.getByText(/passed/i).first().isVisible()).toBe(true);
  });
});
