import { beforeAll, describe, expect, test } from 'vitest';
import { CourtSide } from './poms/court-side';
import { scenarioSession } from './support/scenario-session';

/**
 * cmecf-link-appellate in assess mode, in a real Chromium against browser
 * mode: seed 004's appellate wording ("Link my filer account to my PACER
 * account"), on the landing page after the PACER login, by the visible
 * labels. axe checks every appellate screen.
 */

const COURT_NAME = 'United States Court of Appeals for the Eighth Circuit';
const LINK = 'Link my filer account to my PACER account';

describe('cmecf-link-appellate in assess mode, following seed 004', () => {
  const session = scenarioSession();
  let court: CourtSide;

  beforeAll(() => {
    court = new CourtSide(session.page);
  });

  test('the deep link opens the scenario with the marker and the briefing, without hints', async () => {
    await session.openScenario('cmecf-link-appellate');
    await expect.poll(() => session.page.getByText('rcastel42', { exact: true }).first().isVisible()).toBe(true);
    expect(await session.page.getByRole('button', { name: 'Hint' }).count()).toBe(0);
  });

  test('the court website, its CM/ECF page and CM/ECF Login lead to the PACER login', async () => {
    await court.sim.goTo('www.ca8.uscourts.gov');
    await expect.poll(() => session.page.getByText(COURT_NAME).first().isVisible()).toBe(true);
    await session.expectAccessible('appellate court website');
    await court.sim.clickLink('CM/ECF');
    await expect.poll(() => session.page.getByRole('link', { name: 'CM/ECF Login', exact: true }).isVisible()).toBe(true);
    await session.expectAccessible('appellate CM/ECF page of the website');
    await court.sim.clickLink('CM/ECF Login');
    await expect.poll(() => court.sim.heading('Login').isVisible()).toBe(true);
    await session.expectAccessible('PACER login for the appellate court');
  });

  test('the PACER login and the appellate redaction notice (home addresses in criminal cases)', async () => {
    await court.sim.fill('Username', 'rcastellanos');
    await court.sim.fill('Password', 'Eads*Bridge1874');
    await court.sim.clickButton('Login');
    await expect.poll(() => court.redactionNotice.isVisible()).toBe(true);
    expect(await court.redactionNotice.textContent()).toContain('home addresses');
    await session.expectAccessible('appellate redaction notice');
    await court.acknowledgeRedaction();
  });

  test('the landing page offers the link, with no filing menu yet', async () => {
    await expect.poll(() => session.page.getByRole('link', { name: LINK, exact: true }).isVisible()).toBe(true);
    expect(await court.sim.menuItem('Filing').count()).toBe(0);
    await session.expectAccessible('appellate landing page before linking');
  });

  test('the link screen: filer username and password, Submit; the new landing page shows Filing', async () => {
    await court.sim.clickLink(LINK);
    await expect.poll(() => court.sim.heading(LINK).isVisible()).toBe(true);
    expect(await session.page.getByText('Renee A. Castellanos').first().isVisible()).toBe(true);
    await session.expectAccessible('appellate link screen');
    await court.submitFilerAccount('rcastel42', 'Eighth#Circuit77');
    await expect.poll(() => session.page.getByText('Your filer account has been linked to your PACER account.').isVisible()).toBe(true);
    await expect.poll(() => court.sim.menuItem('Filing').isVisible()).toBe(true);
    await session.expectAccessible('appellate landing page after linking');
  });

  test('Filing lists File a Document; Utilities, Update My Account, Edit My Information', async () => {
    await court.sim.menuItem('Filing').click();
    await expect.poll(() => session.page.getByText('File a Document').first().isVisible()).toBe(true);
    await session.expectAccessible('appellate Filing menu page');
    await court.sim.menuItem('Utilities').click();
    await expect.poll(() => session.page.getByRole('link', { name: 'Update My Account', exact: true }).isVisible()).toBe(true);
    expect(await session.page.getByRole('link', { name: /link/i }).count()).toBe(0);
    await session.expectAccessible('appellate Utilities menu page');
    await court.sim.clickLink('Update My Account');
    await expect.poll(() => court.sim.heading('Update My Account for Renee A. Castellanos').isVisible()).toBe(true);
    expect(await session.page.getByRole('link', { name: 'Edit My Information', exact: true }).getAttribute('href')).toBe(
      'https://pacer.psc.uscourts.gov/pscof/login.jsf',
    );
    await session.expectAccessible('appellate Update My Account page');
  });

  test('the e-mail notice names EIGHTH CIRCUIT COURT OF APPEALS', async () => {
    await court.sim.openMailbox();
    await session.page.getByRole('button', { name: /EIGHTH CIRCUIT COURT OF APPEALS/ }).first().click();
    const mailbox = session.page.getByRole('dialog', { name: 'Mailbox' }).or(session.page.getByRole('region', { name: 'Mailbox' }));
    await expect.poll(() => mailbox.getByText('Transaction Status').first().isVisible()).toBe(true);
    const text = (await mailbox.textContent()) ?? '';
    expect(text).toContain('5120847');
    expect(text).toContain('60211');
    expect(text).toContain('Processed');
    await session.page.keyboard.press('Escape');
  });

  test('finishing shows a full, passing score', async () => {
    await session.finish(100);
    expect(await session.page.getByText(/passed/i).first().isVisible()).toBe(true);
  });
});
