import { describe, test } from 'vitest';
import { ResultsPage } from './poms/results';
import { deepLink } from './support/browser-mode';
import { scenarioSession } from './support/scenario-session';

/**
 * axe-core (WCAG 2 A and AA rules) on every screen of a practice attempt at
 * cmecf-link-bankruptcy, in Chromium against browser mode: the scenario
 * list, each site page of the walkthrough, the mailbox with the notice open,
 * the results and the replay. Any serious or critical violation fails, with
 * its rule, impact and the elements it found.
 */

describe('accessibility: no serious or critical axe violation on any screen', () => {
  const session = scenarioSession();

  test('the scenario list', async () => {
    await session.page.goto(deepLink(session.trainer, '#/'));
    await session.page.getByRole('heading', { level: 1 }).first().waitFor();
    await session.page.getByRole('article', { name: /Link your CM\/ECF account/ }).first().waitFor();
    await session.expectAccessible('scenario list');
  });

  test('the play screen at each page of the walkthrough', async () => {
    await session.page.goto(deepLink(session.trainer, '#/play/cmecf-link-bankruptcy?mode=practice'));
    await session.sim.address.waitFor();
    await session.expectAccessible('play screen, new tab');

    await session.page.getByRole('button', { name: 'Hint' }).click();
    await session.page.getByRole('note', { name: 'Hint' }).waitFor();
    await session.sim.goTo('www.moeb.uscourts.gov');
    await session.page.getByRole('link', { name: 'E-Filing (CM/ECF)', exact: true }).waitFor();
    await session.expectAccessible('court home');

    await session.sim.clickLink('E-Filing (CM/ECF)');
    await session.sim.page.getByRole('link', { name: 'Eastern District of Missouri Filing System', exact: true }).waitFor();
    await session.expectAccessible('court E-Filing (CM/ECF) page');

    await session.sim.clickLink('Eastern District of Missouri Filing System');
    await session.sim.heading('Login').waitFor();
    await session.expectAccessible('PACER login');

    // A mistake: the practice explanation panel and the system's error on the session.page.
    await session.sim.fill('Username', 'dmw4521');
    await session.sim.fill('Password', 'Eads*Bridge74');
    await session.sim.clickButton('Login');
    await session.page.getByRole('region', { name: 'Feedback on your last step' }).waitFor();
    await session.expectAccessible('PACER login after a mistake, with the practice explanation');

    await session.sim.fill('Username', 'dwhitfield');
    await session.sim.fill('Password', 'Gateway#Arch19');
    await session.sim.clickButton('Login');
    const notice = session.page.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' });
    await notice.waitFor();
    await session.expectAccessible('redaction notice');

    await notice.getByRole('checkbox').check();
    await notice.getByRole('button', { name: 'Continue' }).click();
    await session.sim.menuItem('Utilities').waitFor();
    await session.expectAccessible('CM/ECF main page');

    await session.sim.menuItem('Utilities').click();
    await session.page.getByRole('link', { name: 'Link a CM/ECF account to my PACER account' }).waitFor();
    await session.expectAccessible('CM/ECF Utilities menu');

    await session.sim.clickLink('Link a CM/ECF account to my PACER account');
    await session.page.getByLabel('CM/ECF login', { exact: true }).waitFor();
    await session.expectAccessible('link form');

    await session.sim.fill('CM/ECF login', 'dmw4521');
    await session.sim.fill('CM/ECF password', 'Eads*Bridge74');
    await session.sim.clickButton('Submit');
    await session.page.getByText('Dana M. Whitfield').first().waitFor();
    await session.expectAccessible('link verification');

    await session.sim.clickButton('Submit');
    await session.page.getByText('Your PACER account has been linked to your CM/ECF account.').first().waitFor();
    await session.expectAccessible('link done');
  });

  test('the mailbox with the notice open', async () => {
    await session.sim.menuItem('Query').click();
    await session.sim.menuItem('Bankruptcy').waitFor();
    await session.sim.openMailbox();
    await session.page.getByRole('button', { name: /MISSOURI EASTERN BANKRUPTCY COURT/ }).first().click();
    await session.page.getByRole('article', { name: /NextGen CM\/ECF account change processed/ }).waitFor();
    await session.expectAccessible('mailbox with the link notice open');
    await session.page.keyboard.press('Escape');
  });

  test('the results screen', async () => {
    await session.page.getByRole('button', { name: 'Finish' }).first().click();
    const results = new ResultsPage(session.page);
    await results.mistake(/CM\/ECF login typed at the PACER login/).getByText('What you did').waitFor();
    await session.expectAccessible('results');
  });

  test('the replay screen, at the start and at the mistake', async () => {
    const results = new ResultsPage(session.page);
    await results.stepThrough();
    await results.stepPanel.waitFor();
    await session.expectAccessible('replay');
    await session.page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /\(mistake\)/ }).click();
    await results.stepPanel.getByText('CM/ECF login typed at the PACER login').waitFor();
    await session.expectAccessible('replay at the mistake');
  });
});
