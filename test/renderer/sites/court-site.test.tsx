import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { World } from '../../../shared/model/world';
import { applyAll, go, lastEvent, renderSite, startWorld } from './site-harness';

const COURT_NAME = 'United States Bankruptcy Court for the Eastern District of Missouri';

function atCourtHome(): World {
  return applyAll(startWorld(), [go('www.moeb.uscourts.gov')]);
}

describe('court website', () => {
  test('the home page shows the court and its NextGen information', () => {
    const { page } = renderSite(atCourtHome());
    expect(page.kind).toBe('court-home');
    expect(screen.getByText(COURT_NAME)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'CM/ECF NextGen Information' })).toBeVisible();
    expect(screen.getByText(/to NextGen CM\/ECF on July 15, 2019/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  });

  test('the E-Filing (CM/ECF) link navigates to the e-filing page', async () => {
    const { dispatch, user } = renderSite(atCourtHome());
    await user.click(screen.getByRole('link', { name: 'E-Filing (CM/ECF)' }));
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(lastEvent(dispatch)).toEqual({
      type: 'browser/navigated',
      address: 'https://www.moeb.uscourts.gov/e-filing-cmecf',
      via: 'link',
    });
  });

  test('the filing-system link on the e-filing page leads to the court CM/ECF', async () => {
    const { dispatch, user, page } = renderSite(applyAll(atCourtHome(), [go('moeb.uscourts.gov/e-filing-cmecf')]));
    expect(page.kind).toBe('court-efiling');
    expect(screen.getByRole('heading', { level: 1, name: 'E-Filing (CM/ECF)' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'E-Filing (CM/ECF)' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('link', { name: 'Eastern District of Missouri Filing System' }));
    expect(lastEvent(dispatch)).toEqual({ type: 'browser/navigated', address: 'https://ecf.moeb.uscourts.gov/', via: 'link' });
  });

  test('links outside the scenario are marked and do nothing', async () => {
    const { dispatch, user } = renderSite(atCourtHome());
    const forms = screen.getByRole('link', { name: 'Forms' });
    expect(forms).toHaveAttribute('aria-disabled', 'true');
    expect(forms).toHaveAccessibleDescription('(not in this scenario)');
    await user.click(forms);
    expect(dispatch).not.toHaveBeenCalled();
  });

  test('a hostile court name renders as plain text', () => {
    const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1">';
    const world = atCourtHome();
    const moeb = world.courts.moeb!;
    const { container } = renderSite({ ...world, courts: { moeb: { ...moeb, name: hostile, district: `${hostile} District` } } });
    expect(screen.getByText(hostile)).toBeVisible();
    expect(container.querySelector('script, img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
