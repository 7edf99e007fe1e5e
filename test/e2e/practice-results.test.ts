import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ResultsPage } from './poms/results';
import { Simulator } from './poms/simulator';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from './support/browser-mode';

/**
 * Practice cmecf-link-bankruptcy by the labels a trainee sees, with one
 * hint and one mistake, then read the results and step through the replay
 * to the mistake: Chromium against browser mode.
 */

describe('practice with a hint and a mistake, then the results and the replay', () => {
  let trainer: RunningTrainer;
  let browser: Browser;
  let page: Page;
  let sim: Simulator;
  let results: ResultsPage;

  /** The live score the practice coach shows, e.g. 60 for "Score: 60 / 100". */
  async function liveScore(): Promise<number> {
    const text = (await page.getByText(/^Score: \d+ \/ 100$/).textContent()) ?? '';
    return Number(/Score: (\d+)/.exec(text)?.[1] ?? Number.NaN);
  }

  beforeAll(async () => {
    trainer = await startTrainer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    sim = new Simulator(page);
    results = new ResultsPage(page);
  });

  afterAll(async () => {
    await browser?.close();
    await trainer?.stop();
    if (trainer) removeDir(trainer.dataDir);
  });

  test('a mistake at the PACER login gets the practice explanation: the rule, not the answer', async () => {
    await page.goto(deepLink(trainer, '#/play/cmecf-link-bankruptcy?mode=practice'));
    await sim.openFilingSystem();

    // The court-issued CM/ECF login where PACER asks for the PACER one.
    await sim.logInToPacer('dmw4521', 'Eads*Bridge74');
    const feedback = page.getByRole('region', { name: 'Feedback on your last step' });
    await expect.poll(() => feedback.textContent()).toContain('Not quite: CM/ECF login typed at the PACER login');
    expect(await feedback.textContent()).toContain('the CM/ECF login is only entered on the link screen');
    expect(await sim.alert.textContent()).toContain('Invalid username or password.');
  });

  test('the walkthrough to the link, then a hint: its text shows and the score drops by the hint cost', async () => {
    await sim.logInToPacer();
    await sim.acknowledgeRedaction();
    await sim.linkCmecfAccount();

    // Objectives worth 70 met, less 10 for the mistake.
    await expect.poll(liveScore).toBe(60);
    const costText = (await page.getByText(/^Each hint costs \d+ points\./).textContent()) ?? '';
    const hintCost = Number(/costs (\d+) points/.exec(costText)?.[1]);
    expect(hintCost).toBe(5);
    await page.getByRole('button', { name: 'Hint' }).click();
    const hint = page.getByRole('note', { name: 'Hint' });
    await expect.poll(() => hint.textContent()).toContain('Hint for: Make the Bankruptcy and Adversary menus appear');
    expect(await hint.textContent()).toContain('click any menu item on the top bar');
    await expect.poll(liveScore).toBe(60 - hintCost);
  });

  test('the rest of the task, then Finish', async () => {
    await sim.menuItem('Query').click();
    await sim.menuItem('Bankruptcy').waitFor();
    await sim.openMailbox();
    await page.getByRole('button', { name: /MISSOURI EASTERN BANKRUPTCY COURT/ }).first().click();
    await page.getByRole('article', { name: /NextGen CM\/ECF account change processed/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Finish' }).first().click();
    await results.scoreCard.waitFor();
  });

  test('the results: score and pass, every objective met, the hint, the time taken, the mistake explained', async () => {
    await expect.poll(() => results.scoreCard.textContent()).toMatch(/85\s*\/ 100/);
    expect(await results.scoreCard.textContent()).toContain('Passed');
    expect(await results.detail('Hints used').textContent()).toBe('1 (−5 points)');
    expect(await results.detail('Time taken').textContent()).toMatch(/^(\d+ min )?\d+ s$/);
    for (const label of [
      'Acknowledge the redaction notice when you log in',
      'Link your CM/ECF account to your own upgraded PACER account',
      'Make the Bankruptcy and Adversary menus appear',
      'Read the e-mail notice that confirms the link',
    ]) {
      expect(await results.objective(label).textContent(), label).toMatch(/^Met/);
    }
    const mistake = results.mistake(/CM\/ECF login typed at the PACER login/);
    await expect.poll(() => results.definition(mistake, 'What you did').textContent()).toBe('Tried to log in to PACER as "dmw4521"');
    expect(await results.definition(mistake, 'When').textContent()).toMatch(/^At \d+:\d\d, step 4 of your attempt$/);
    expect(await results.definition(mistake, 'The system said').textContent()).toBe('Invalid username or password.');
    expect(await results.definition(mistake, 'What to do instead').textContent()).toContain('Log in with the PACER account');
    expect(await results.definition(mistake, 'The rule').textContent()).toContain('you use your PACER username and password to log in');
    expect(await results.definition(mistake, 'Source').textContent()).toContain('NextGen CM/ECF Frequently Asked Questions');
  });

  test('the replay steps with the arrow keys to the mistake, on the PACER login as it was', async () => {
    await results.stepThrough();
    await expect.poll(() => results.stepPanel.getByRole('heading').textContent()).toMatch(/^Step 1 of \d+/);
    for (let step = 2; step <= 4; step += 1) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => results.stepPanel.getByRole('heading').textContent()).toMatch(new RegExp(`^Step ${step} of`));
    }
    expect(await results.definition(results.stepPanel, 'What was done').textContent()).toBe('Tried to log in to PACER as "dmw4521"');
    expect(await results.definition(results.stepPanel, 'Outcome').textContent()).toBe('Refused. The system said: Invalid username or password.');
    expect(await results.definition(results.stepPanel, 'Mistake').textContent()).toBe('CM/ECF login typed at the PACER login');
    expect(await results.replayedBrowser.getByRole('heading', { name: 'Login' }).isVisible()).toBe(true);
    expect(await results.replayedBrowser.getByRole('alert').textContent()).toContain('Invalid username or password.');

    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => results.stepPanel.getByRole('heading').textContent()).toMatch(/^Step 3 of/);
    await page.getByRole('link', { name: 'Back to results' }).click();
    await results.scoreCard.waitFor();
  });
});
