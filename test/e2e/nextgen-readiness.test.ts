import { describe, expect, test } from 'vitest';
import { scenarioSession } from './support/scenario-session';

/**
 * nextgen-readiness in assess mode: Manage My Account's Account Type and
 * Case Search Status (seed 003/004), the Court CM/ECF Lookup for three
 * courts (NextGen live, NextGen scheduled, CurrentGen) and the login each
 * needs, then the PACER login at the NextGen court.
 */

const COURTS = {
  mow: 'United States District Court for the Western District of Missouri',
  moeb: 'United States Bankruptcy Court for the Eastern District of Missouri',
  ksd: 'United States District Court for the District of Kansas',
};

describe('nextgen-readiness in assess mode', () => {
  const session = scenarioSession();

  const siteText = async () => (await session.page.locator('.site-root').textContent()) ?? '';

  test('www.pacer.gov, hover over Manage My Account, Manage My Account Login, Log in to Manage My Account', async () => {
    await session.openScenario('nextgen-readiness');
    await session.sim.goTo('www.pacer.gov');
    await session.page.getByRole('link', { name: 'Manage My Account', exact: true }).hover();
    await session.sim.clickLink('Manage My Account Login');
    await session.sim.clickLink('Log in to Manage My Account');
    await session.sim.fill('Username', 'jbrandt.kc');
    await session.sim.fill('Password', 'Plaza#Lights2016');
    await session.sim.clickButton('Login');
    await expect.poll(async () => (await siteText()).includes('Upgraded PACER Account')).toBe(true);
    expect(await siteText()).toMatch(/Case Search Status\s*Active/);
  });

  test('the Court CM/ECF Lookup lists the three courts: NextGen, NextGen scheduled, CurrentGen', async () => {
    await session.sim.clickLink('Court CM/ECF Lookup');
    await expect.poll(() => session.sim.heading('Court CM/ECF Lookup').isVisible()).toBe(true);
    const table = session.page.getByRole('table', { name: 'Courts' });
    const row = (name: string) => table.getByRole('row').filter({ hasText: name });
    expect(await row(COURTS.mow).textContent()).toContain('NextGen CM/ECF');
    expect(await row(COURTS.moeb).textContent()).toContain('Not yet live: NextGen scheduled for July 15, 2019');
    expect(await row(COURTS.ksd).textContent()).toContain('CurrentGen CM/ECF');
    await session.expectAccessible('Court CM/ECF Lookup');
  });

  test('each court\u2019s entry says which login files there', async () => {
    await session.sim.clickLink(COURTS.moeb);
    await expect.poll(async () => (await siteText()).includes('The CM/ECF login the court issued you, until July 15, 2019')).toBe(true);
    await session.expectAccessible('court details');
    await session.sim.clickLink('Back to the Court CM/ECF Lookup');
    await session.sim.clickLink(COURTS.ksd);
    await expect.poll(async () => (await siteText()).includes('The CM/ECF login the court issued you (separate from PACER)')).toBe(true);
    await session.sim.clickLink('Back to the Court CM/ECF Lookup');
    await session.sim.clickLink(COURTS.mow);
    await expect.poll(async () => (await siteText()).includes('Your upgraded individual PACER account (central sign-on)')).toBe(true);
  });

  test('the NextGen court takes the PACER login, then the redaction notice', async () => {
    await session.sim.clickLink('ecf.mow.uscourts.gov');
    await expect.poll(() => session.sim.heading('Login').isVisible()).toBe(true);
    await session.sim.fill('Username', 'jbrandt.kc');
    await session.sim.fill('Password', 'Plaza#Lights2016');
    await session.sim.clickButton('Login');
    const notice = session.page.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' });
    await notice.getByRole('checkbox').check();
    await notice.getByRole('button', { name: 'Continue' }).click();
  });

  test('finishing shows a full, passing score', async () => {
    await session.finish(100);
  });
});
