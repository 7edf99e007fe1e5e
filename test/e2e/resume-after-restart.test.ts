import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Simulator } from './poms/simulator';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from './support/browser-mode';

/** An attempt survives the trainer being stopped: every event was stored as it happened. */
describe('an attempt resumes after the trainer restarts', () => {
  let browser: Browser;
  const running: RunningTrainer[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    for (const trainer of running) await trainer.stop();
    if (running[0]) removeDir(running[0].dataDir);
  });

  test('same screen, same score, same mailbox after a restart with the same data folder', async () => {
    const first = await startTrainer();
    running.push(first);
    const page = await browser.newPage();
    const sim = new Simulator(page);
    await page.goto(deepLink(first, '#/play/cmecf-link-bankruptcy?mode=practice'));
    await sim.goTo('moeb.uscourts.gov');
    await sim.clickLink('E-Filing (CM/ECF)');
    await sim.clickLink('Eastern District of Missouri Filing System');
    await sim.fill('Username', 'dwhitfield');
    await sim.fill('Password', 'Gateway#Arch19');
    await sim.clickButton('Login');
    await page.getByRole('checkbox').check();
    await sim.clickButton('Continue');
    await sim.menuItem('Utilities').click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Score:' }).textContent()).toContain('Score: 10 / 100');
    await page.close();

    // The trainer stops (as when the app is closed or the machine restarts) and starts again.
    await first.stop();
    const second = await startTrainer(first.dataDir);
    running.push(second);
    const resumed = await browser.newPage();
    const again = new Simulator(resumed);
    await resumed.goto(deepLink(second, '#/play/cmecf-link-bankruptcy?mode=practice'));
    await expect.poll(() => again.heading('Utilities').isVisible()).toBe(true);
    expect(await again.address.inputValue()).toContain('DisplayMenu.pl?menu=Utilities');
    expect(await resumed.getByRole('status').filter({ hasText: 'Score:' }).textContent()).toContain('Score: 10 / 100');
    // Still signed in to the simulated CM/ECF: the link entry is one click away.
    await again.clickLink('Link a CM/ECF account to my PACER account');
    await expect.poll(() => resumed.getByLabel('CM/ECF login', { exact: true }).isVisible()).toBe(true);
  });
});
