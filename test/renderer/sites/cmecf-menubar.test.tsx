import { act, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { applyAll, atCmecfMain, atLinkDone, lastEvent, openMenu, renderLiveSite, renderSite } from './site-harness';

const COURT_NAME = 'United States Bankruptcy Court for the Eastern District of Missouri';

function menuNames(): string[] {
  return within(screen.getByRole('menubar')).getAllByRole('menuitem').map((item) => item.textContent?.replace('▾', '') ?? '');
}

describe('CM/ECF layout and menu bar', () => {
  test('the main page: logo, menu bar before linking, court name', () => {
    const { page } = renderSite(atCmecfMain());
    expect(page).toEqual({ kind: 'cmecf-main', courtId: 'moeb' });
    expect(screen.getByRole('link', { name: 'CM/ECF' })).toBeVisible();
    expect(screen.getByRole('menubar', { name: 'CM/ECF menu' })).toBeVisible();
    expect(menuNames()).toEqual(['Query', 'Reports', 'Utilities', 'Help', 'Log Out']);
    expect(screen.getByRole('heading', { level: 1, name: COURT_NAME })).toBeVisible();
    expect(screen.getByText('Official Court Electronic Document Filing System')).toBeVisible();
    expect(screen.getByText(/filing menus \(such as Bankruptcy and Adversary\) appear after you link/)).toBeVisible();
  });

  test('menu items are named by their plain word; the caret is decoration', () => {
    renderSite(atCmecfMain());
    expect(screen.getByRole('menuitem', { name: 'Utilities' })).toBeVisible();
    expect(screen.getByRole('menuitem', { name: 'Reports' })).toBeVisible();
    expect(screen.getByRole('menuitem', { name: 'Log Out' })).toBeVisible();
  });

  test('the logo returns to the main page', async () => {
    const { dispatch, user } = renderSite(applyAll(atCmecfMain(), [openMenu('Help')]));
    await user.click(screen.getByRole('link', { name: 'CM/ECF' }));
    expect(lastEvent(dispatch)).toEqual({
      type: 'browser/navigated',
      address: 'https://ecf.moeb.uscourts.gov/cgi-bin/ShowIndex.pl',
      via: 'link',
    });
  });

  test('one tab stop; arrow keys, Home and End move focus along the bar', async () => {
    const { user, dispatch } = renderSite(atCmecfMain());
    const items = screen.getAllByRole('menuitem');
    expect(items.map((item) => item.tabIndex)).toEqual([0, -1, -1, -1, -1]);

    act(() => items[0]!.focus());
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('menuitem', { name: 'Reports' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('menuitem', { name: 'Utilities' })).toHaveFocus();
    expect(items.map((item) => item.tabIndex)).toEqual([-1, -1, 0, -1, -1]);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('menuitem', { name: 'Reports' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Log Out' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('menuitem', { name: 'Query' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('menuitem', { name: 'Log Out' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'Query' })).toHaveFocus();
    expect(dispatch).not.toHaveBeenCalled();
  });

  test('Enter, Space and a click open a menu; Log Out logs out', async () => {
    const { user, dispatch } = renderSite(atCmecfMain());
    act(() => screen.getByRole('menuitem', { name: 'Utilities' }).focus());
    await user.keyboard('{Enter}');
    expect(lastEvent(dispatch)).toEqual({ type: 'cmecf/menu-opened', courtId: 'moeb', menu: 'Utilities' });
    await user.keyboard('{ArrowRight}');
    await user.keyboard(' ');
    expect(lastEvent(dispatch)).toEqual({ type: 'cmecf/menu-opened', courtId: 'moeb', menu: 'Help' });
    await user.click(screen.getByRole('menuitem', { name: 'Query' }));
    expect(lastEvent(dispatch)).toEqual({ type: 'cmecf/menu-opened', courtId: 'moeb', menu: 'Query' });
    await user.click(screen.getByRole('menuitem', { name: 'Log Out' }));
    expect(lastEvent(dispatch)).toEqual({ type: 'cmecf/logged-out', courtId: 'moeb' });
    expect(dispatch).toHaveBeenCalledTimes(4);
  });

  test('Log Out leads to the logged-out page', async () => {
    const { user } = renderLiveSite(atCmecfMain());
    await user.click(screen.getByRole('menuitem', { name: 'Log Out' }));
    expect(screen.getByText('You have been logged out.')).toBeVisible();
  });

  test('the filing menus appear only after the link and a menu click', async () => {
    const { user } = renderLiveSite(atLinkDone());
    expect(screen.getByText('Your PACER account has been linked to your CM/ECF account.')).toBeVisible();
    expect(screen.queryByRole('menuitem', { name: 'Bankruptcy' })).toBeNull();
    expect(screen.queryByRole('menuitem', { name: 'Adversary' })).toBeNull();

    const query = screen.getByRole('menuitem', { name: 'Query' });
    await user.click(query);
    expect(menuNames()).toEqual(['Bankruptcy', 'Adversary', 'Query', 'Reports', 'Utilities', 'Search', 'Help', 'Log Out']);
    expect(screen.getByRole('heading', { level: 1, name: 'Query' })).toBeVisible();
    // The clicked item keeps focus and stays the tab stop while the bar grows.
    expect(screen.getByRole('menuitem', { name: 'Query' })).toHaveFocus();
    expect(screen.getByRole('menuitem', { name: 'Query' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('menuitem', { name: 'Query' })).toHaveAttribute('aria-current', 'page');
  });

  test('a firm account never gets the filing menus', () => {
    renderSite(applyAll(atCmecfMain('firm'), [openMenu('Query')]));
    expect(menuNames()).toEqual(['Query', 'Reports', 'Utilities', 'Help', 'Log Out']);
  });
});

describe('CM/ECF menu pages', () => {
  test('Utilities shows its groups and the link entry', async () => {
    const { user, dispatch, page } = renderSite(applyAll(atCmecfMain(), [openMenu('Utilities')]));
    expect(page).toEqual({ kind: 'cmecf-menu', courtId: 'moeb', menu: 'Utilities' });
    expect(screen.getByRole('heading', { level: 1, name: 'Utilities' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Your Account',
      'Miscellaneous',
    ]);
    expect(screen.getByText(COURT_NAME)).toBeVisible();

    const billing = screen.getByRole('link', { name: 'Review Billing History' });
    expect(billing).toHaveAttribute('aria-disabled', 'true');
    expect(billing).toHaveAccessibleDescription('(not in this scenario)');
    await user.click(billing);
    expect(dispatch).not.toHaveBeenCalled();

    await user.click(screen.getByRole('link', { name: 'Link a CM/ECF account to my PACER account' }));
    expect(lastEvent(dispatch)).toEqual({
      type: 'browser/navigated',
      address: 'https://ecf.moeb.uscourts.gov/cgi-bin/LinkAccount.pl',
      via: 'link',
    });
  });

  test('following a link moves focus to the new page’s heading, not to the void', async () => {
    const { user } = renderLiveSite(applyAll(atCmecfMain(), [openMenu('Utilities')]));
    const link = screen.getByRole('link', { name: 'Link a CM/ECF account to my PACER account' });
    act(() => link.focus());
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: 'Link a CM/ECF account to my PACER account' })).toHaveFocus();
  });

  test('other menus list their entries as outside the scenario', () => {
    renderSite(applyAll(atCmecfMain(), [openMenu('Reports')]));
    expect(screen.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Docket Sheet' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('menuitem', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');
  });
});
