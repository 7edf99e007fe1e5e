import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { SiteView } from '../../../renderer/sites/SiteView';
import { applyAll, go, renderSite, startWorld } from './site-harness';

describe('browser pages', () => {
  test('a new tab asks for an address and gives nothing away', () => {
    const { page } = renderSite(startWorld());
    expect(page.kind).toBe('blank');
    expect(screen.getByText('Type an address in the address bar or choose a bookmark.')).toBeVisible();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(document.body.textContent).not.toMatch(/moeb|dwhitfield|CM\/ECF/);
  });

  test('an unknown address says the site cannot be reached and names the address', () => {
    const { page } = renderSite(applyAll(startWorld(), [go('www.pacer.example.org')]));
    expect(page.kind).toBe('not-found');
    expect(screen.getByRole('heading', { level: 1, name: "This site can't be reached" })).toBeVisible();
    expect(screen.getByText('https://www.pacer.example.org/')).toBeVisible();
    expect(screen.getByText(/only has the sites of this scenario/)).toBeVisible();
  });

  test('text typed in the address bar is shown inert', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { container } = renderSite(applyAll(startWorld(), [go(hostile)]));
    expect(screen.getByText(hostile)).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
  });

  test('a page of a court the world does not hold is shown as not found', () => {
    const world = applyAll(startWorld(), [go('www.moeb.uscourts.gov')]);
    render(<SiteView world={world} page={{ kind: 'court-home', courtId: 'nowhere' }} dispatch={() => undefined} />);
    expect(screen.getByRole('heading', { name: "This site can't be reached" })).toBeVisible();
  });

  test('a real address the court pages print, for a page the simulator does not draw, says so', () => {
    const { page } = renderSite(applyAll(startWorld(), [go('https://www.pacer.gov/nextgen')]));
    expect(page.kind).toBe('not-found');
    expect(screen.getByRole('heading', { level: 1, name: 'Not part of this training simulator' })).toBeVisible();
    expect(screen.getByText(/Get Ready for NextGen CM\/ECF/)).toBeVisible();
    expect(screen.queryByText("This site can't be reached")).toBeNull();
  });
});
