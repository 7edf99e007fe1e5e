import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { ResultsPage } from './poms/results';
import { Simulator } from './poms/simulator';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from './support/browser-mode';
import { expectAccessible as checkAccessible } from './support/axe';

/**
 * axe-core (WCAG 2 A and AA rules) on every screen of a practice attempt at
 * cmecf-link-bankruptcy, in Chromium against browser mode: the scenario
 * list, each site page of the walkthrough, the mailbox with the notice open,
 * the results and the replay. Any serious or critical violation fails, with
 * its rule, impact and the elements it found.
 */

describe('accessibility: no serious or critical axe violation on any screen', () => {
  let trainer: RunningTrainer;
  let browser: Browser;
  let page: Page;
  let sim: Simulator;

  const expectAccessible = (screen: string) => checkAccessible(page, screen);

  beforeAll(async () => {
    trainer = await startTrainer();
    browser = await launchChromium();
    // axe injects its script per browsing context, which it needs a context of its own for.
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    sim = new Simulator(page);
  });

  afterAll(async () => {
    await browser?.close();
    await trainer?.stop();
    if (trainer) removeDir(trainer.dataDir);
  });

  test('the scenario list', async () => {
    await page.goto(deepLink(trainer, '#/'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('article', { name: /Link your CM\/ECF account/ }).first().waitFor();
    await expectAccessible('scenario list');
  });

  test('the play screen at each page of the walkthrough', async () => {
    await page.goto(deepLink(trainer, '#/play/cmecf-link-bankruptcy?mode=practice'));
    await sim.address.waitFor();
    await expectAccessible('play screen, new tab');

    await page.getByRole('button', { name: 'Hint' }).click();
    await page.getByRole('note', { name: 'Hint' }).waitFor();
    await sim.goTo('www.moeb.uscourts.gov');
    await page.getByRole('link', { name: 'E-Filing (CM/ECF)', exact: true }).waitFor();
    await expectAccessible('court home');

    await sim.clickLink('E-Filing (CM/ECF)');
    await sim.page.getByRole('link', { name: 'Eastern District of Missouri Filing System', exact: true }).waitFor();
    await expectAccessible('court E-Filing (CM/ECF) page');

    await sim.clickLink('Eastern District of Missouri Filing System');
    await sim.heading('Login').waitFor();
    await expectAccessible('PACER login');

    // A mistake: the practice explanation panel and the system's error on the page.
    await sim.fill('Username', 'dmw4521');
    await sim.fill('Password', 'Eads*Bridge74');
    await sim.clickButton('Login');
    await page.getByRole('region', { name: 'Feedback on your last step' }).waitFor();
    await expectAccessible('PACER login after a mistake, with the practice explanation');

    await sim.fill('Username', 'dwhitfield');
    await sim.fill('Password', 'Gateway#Arch19');
    await sim.clickButton('Login');
    const notice = page.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' });
    await notice.waitFor();
    await expectAccessible('redaction notice');

    await notice.getByRole('checkbox').check();
    await notice.getByRole('button', { name: 'Continue' }).click();
    await sim.menuItem('Utilities').waitFor();
    await expectAccessible('CM/ECF main page');

    await sim.menuItem('Utilities').click();
    await page.getByRole('link', { name: 'Link a CM/ECF account to my PACER account' }).waitFor();
    await expectAccessible('CM/ECF Utilities menu');

    await sim.clickLink('Link a CM/ECF account to my PACER account');
    await page.getByLabel('CM/ECF login', { exact: true }).waitFor();
    await expectAccessible('link form');

    await sim.fill('CM/ECF login', 'dmw4521');
    await sim.fill('CM/ECF password', 'Eads*Bridge74');
    await sim.clickButton('Submit');
    await page.getByText('Dana M. Whitfield').first().waitFor();
    await expectAccessible('link verification');

    await sim.clickButton('Submit');
    await page.getByText('Your PACER account has been linked to your CM/ECF account.').first().waitFor();
    await expectAccessible('link done');
  });

  test('the mailbox with the notice open', async () => {
    await sim.menuItem('Query').click();
    await sim.menuItem('Bankruptcy').waitFor();
    await sim.openMailbox();
    await page.getByRole('button', { name: /MISSOURI EASTERN BANKRUPTCY COURT/ }).first().click();
    await page.getByRole('article', { name: /NextGen CM\/ECF account change processed/ }).waitFor();
    await expectAccessible('mailbox with the link notice open');
    await page.keyboard.press('Escape');
  });

  test('the results screen', async () => {
    await page.getByRole('button', { name: 'Finish' }).first().click();
    const results = new ResultsPage(page);
    await results.mistake(/CM\/ECF login typed at the PACER login/).getByText('What you did').waitFor();
    await expectAccessible('results');
  });

  test('the replay screen, at the start and at the mistake', async () => {
    const results = new ResultsPage(page);
    await results.stepThrough();
    await results.stepPanel.waitFor();
    await expectAccessible('replay');
    await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /\(mistake\)/ }).click();
    await results.stepPanel.getByText('CM/ECF login typed at the PACER login').waitFor();
    await expectAccessible('replay at the mistake');
  });
});
