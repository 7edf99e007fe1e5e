import { beforeAll, describe, expect, test } from 'vitest';
import { CourtSide } from './poms/court-side';
import { deepLink } from './support/browser-mode';
import { scenarioSession } from './support/scenario-session';

/**
 * Seed 000's link flow with the keyboard only: Tab, Shift+Tab, Enter, Space
 * and the arrow keys, typing into fields, and never a click. The menu bar
 * opens by keyboard (arrows along the bar, Enter or Space). axe checks each
 * court-side screen on the way, and every menu page once the menus are there.
 */

describe('cmecf-link-bankruptcy by keyboard only, in assess mode', () => {
  const session = scenarioSession();
  let court: CourtSide;

  const press = (key: string) => session.page.keyboard.press(key);

  beforeAll(() => {
    court = new CourtSide(session.page);
  });

  test('step 1: Tab to the address bar, type the court website, Enter', async () => {
    await session.page.goto(deepLink(session.trainer, '#/play/cmecf-link-bankruptcy?mode=assess'));
    await court.sim.address.waitFor();
    await court.tabTo('text', 'Address');
    await session.page.keyboard.type('www.moeb.uscourts.gov');
    await press('Enter');
    await expect.poll(() => session.page.getByRole('link', { name: 'E-Filing (CM/ECF)', exact: true }).isVisible()).toBe(true);
    await session.expectAccessible('court home page');
  });

  test('step 2: Tab to E-Filing (CM/ECF) and the filing-system link, Enter on each', async () => {
    await court.tabTo('link', 'E-Filing (CM/ECF)');
    await press('Enter');
    await expect.poll(() => session.page.getByRole('link', { name: 'Eastern District of Missouri Filing System', exact: true }).isVisible()).toBe(true);
    await session.expectAccessible('court e-filing page');
    await court.tabTo('link', 'Eastern District of Missouri Filing System');
    await press('Enter');
    await expect.poll(() => court.sim.heading('Login').isVisible()).toBe(true);
    await session.expectAccessible('PACER login');
  });

  test('step 3: the PACER login by Tab and typing; Enter submits', async () => {
    await court.tabTo('text', 'Username');
    await session.page.keyboard.type('dwhitfield');
    await press('Tab');
    expect(await court.focused()).toEqual({ role: 'password', name: 'Password' });
    await session.page.keyboard.type('Gateway#Arch19');
    await press('Enter');
    await expect.poll(() => court.redactionNotice.isVisible()).toBe(true);
    await session.expectAccessible('redaction notice');
  });

  test('the redaction notice: Tab to the box, Space, Tab to Continue, Enter', async () => {
    await court.tabTo('checkbox', /I understand that, if I file/);
    await press('Space');
    await court.tabTo('button', 'Continue');
    await press('Enter');
    await expect.poll(() => court.sim.menuItem('Utilities').isVisible()).toBe(true);
    await session.expectAccessible('CM/ECF main page');
  });

  test('step 4: the menu bar is one Tab stop; Right arrow to Utilities, Enter opens it', async () => {
    await court.tabTo('menuitem', 'Query');
    await press('ArrowRight');
    expect((await court.focused()).name).toBe('Reports');
    await press('ArrowRight');
    expect((await court.focused()).name).toBe('Utilities');
    await press('Enter');
    await expect.poll(() => court.sim.heading('Utilities').isVisible()).toBe(true);
    await session.expectAccessible('Utilities menu page before linking');
  });

  test('steps 5-6: Tab to the link entry, Enter; type the CM/ECF login and password; Enter submits', async () => {
    await court.tabTo('link', 'Link a CM/ECF account to my PACER account');
    await press('Enter');
    await expect.poll(() => session.page.getByLabel('CM/ECF login', { exact: true }).isVisible()).toBe(true);
    await session.expectAccessible('link screen A: CM/ECF credentials');
    await court.tabTo('text', 'CM/ECF login');
    await session.page.keyboard.type('dmw4521');
    await press('Tab');
    await session.page.keyboard.type('Eads*Bridge74');
    await press('Enter');
    await expect.poll(() => session.page.getByText('Dana M. Whitfield').first().isVisible()).toBe(true);
    await session.expectAccessible('link screen B: verify');
  });

  test('steps 7-8: Tab to Submit and press Enter; the confirmation', async () => {
    await court.tabTo('button', 'Submit');
    await press('Enter');
    await expect.poll(() => session.page.getByText('Your PACER account has been linked to your CM/ECF account.').first().isVisible()).toBe(true);
    await session.expectAccessible('link screen C: confirmation');
  });

  test('step 9: Shift+Tab back to the menu bar, Space on a menu: Bankruptcy and Adversary appear', async () => {
    await court.tabTo('menuitem', /^(Query|Reports|Utilities|Help|Log Out)$/, { backwards: true });
    await press('Home');
    expect((await court.focused()).name).toBe('Query');
    await press('Space');
    await expect.poll(() => court.sim.menuItem('Bankruptcy').isVisible()).toBe(true);
    expect(await court.sim.menuItem('Adversary').isVisible()).toBe(true);
  });

  test('every menu page opens by keyboard and passes axe', async () => {
    for (const menu of ['Bankruptcy', 'Adversary', 'Query', 'Reports', 'Utilities', 'Search', 'Help']) {
      await court.tabTo('menuitem', /^(Bankruptcy|Adversary|Query|Reports|Utilities|Search|Help|Log Out)$/, { backwards: true });
      await press('Home');
      for (let step = 0; step < 8 && (await court.focused()).name !== menu; step += 1) await press('ArrowRight');
      expect((await court.focused()).name).toBe(menu);
      await press('Enter');
      await expect.poll(() => session.page.getByRole('heading', { level: 1, name: menu, exact: true }).isVisible()).toBe(true);
      await session.expectAccessible(`${menu} menu session.page`);
    }
  });

  test('the e-mail notice by keyboard: Tab to Mailbox, Enter, the message, Escape', async () => {
    await court.tabTo('button', /^Mailbox/, { backwards: true });
    await press('Enter');
    await court.tabTo('button', /MISSOURI EASTERN BANKRUPTCY COURT/);
    await press('Enter');
    await expect.poll(() => session.page.getByText('Transaction Status').first().isVisible()).toBe(true);
    await press('Escape');
  });

  test('Finish by keyboard: a full score, no mistakes', async () => {
    await court.tabTo('button', 'Finish', { backwards: true, limit: 120 });
    await press('Enter');
    await expect.poll(() => session.page.getByText(/100\s*\/\s*100/).first().isVisible()).toBe(true);
  });
});
