import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { toSecret } from '../../../shared/model/credentials';
import { initialWorld } from '../../../shared/model/initial-world';
import type { World } from '../../../shared/model/world';
import { builtinScenario } from '../../support/scenarios';
import { applyAll, go, lastEvent, renderLiveSite, renderSite, SALT } from './site-harness';

/**
 * The Western District of Missouri, entered as seed 002 says: "Click on
 * District CM/ECF", the PACER login, the Redaction Agreement, then "Click on
 * Western District of Missouri-Document Filing System" on the page after it.
 */

const district = builtinScenario('cmecf-link-district');
const COURT_NAME = 'United States District Court for the Western District of Missouri';
const FILING_SYSTEM = 'Western District of Missouri-Document Filing System';

function start(): World {
  return initialWorld(district, { salt: SALT, mode: 'practice' });
}

function atLanding(): World {
  return applyAll(start(), [
    go('https://ecf.mow.uscourts.gov/'),
    { type: 'pacer/login-submitted', username: 'tvillanueva', password: toSecret(SALT, 'Liberty*Memorial21'), clientCode: '' },
    { type: 'cmecf/redaction-acknowledged', courtId: 'mow' },
  ]);
}

describe('the district court website', () => {
  test('its CM/ECF entry is labelled District CM/ECF and leads straight to the filing system (the PACER login)', async () => {
    const { dispatch, user } = renderSite(applyAll(start(), [go('https://www.mow.uscourts.gov/')]));
    expect(screen.getByText(COURT_NAME)).toBeVisible();
    expect(screen.queryByRole('link', { name: 'E-Filing (CM/ECF)' })).toBeNull();
    // Before login there is no filing-system link on the website.
    expect(screen.queryByRole('link', { name: FILING_SYSTEM })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'District CM/ECF' }));
    expect(lastEvent(dispatch)).toEqual({ type: 'browser/navigated', address: 'https://ecf.mow.uscourts.gov/', via: 'link' });
  });

  test('its e-filing page, typed in, explains that the Document Filing System link follows the login', () => {
    renderSite(applyAll(start(), [go('www.mow.uscourts.gov/e-filing-cmecf')]));
    expect(screen.getByRole('heading', { level: 1, name: 'District CM/ECF' })).toBeVisible();
    expect(screen.getByText(new RegExp(`then choose ${FILING_SYSTEM}`))).toBeVisible();
    expect(screen.getByRole('link', { name: 'Log in to CM/ECF' })).toBeVisible();
  });
});

describe('the landing page after the login and the redaction notice', () => {
  test('shows the court and the Document Filing System link, and no menu bar yet', () => {
    const { page } = renderSite(atLanding());
    expect(page).toEqual({ kind: 'ecf-landing', courtId: 'mow' });
    expect(screen.getByRole('heading', { level: 1, name: COURT_NAME })).toBeVisible();
    expect(screen.getByRole('link', { name: FILING_SYSTEM })).toBeVisible();
    expect(screen.queryByRole('menubar')).toBeNull();
    expect(screen.getByRole('link', { name: 'Attorney Admissions' })).toHaveAttribute('aria-disabled', 'true');
  });

  test('the link opens CM/ECF with the not-yet-linked menu bar', async () => {
    const { user } = renderLiveSite(atLanding());
    await user.click(screen.getByRole('link', { name: FILING_SYSTEM }));
    const bar = await screen.findByRole('menubar', { name: 'CM/ECF menu' });
    expect(bar).toBeVisible();
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent?.replace('▾', '').trim());
    expect(items).toEqual(['Query', 'Reports', 'Utilities', 'Help', 'Log Out']);
    expect(screen.getByRole('heading', { level: 1, name: COURT_NAME })).toBeVisible();
  });
});
