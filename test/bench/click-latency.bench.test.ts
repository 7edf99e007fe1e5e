import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ScriptedAction, WalkthroughStep } from '../../shared/scenario/schema';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from '../e2e/support/browser-mode';
import { builtinScenario } from '../support/scenarios';
import { percentile, report } from './measure';

const RUNS = 5;
const scenario = builtinScenario('cmecf-link-bankruptcy');
let trainer: RunningTrainer;
let browser: Browser;

beforeAll(async () => {
  trainer = await startTrainer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await trainer?.stop();
  if (trainer) removeDir(trainer.dataDir);
});

/** Fills what a step's action needs (not timed), returning the click that moves to the next screen. */
async function prepare(page: Page, step: WalkthroughStep): Promise<() => Promise<void>> {
  const action: ScriptedAction = step.action;
  const target = step.target!;
  // A target names a control by how its name starts ("Mailbox" is "Mailbox (1 unread)" once mail arrives).
  const startsWith = new RegExp(`^${target.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const control = page.getByRole(target.role, { name: startsWith }).first();
  switch (action.type) {
    case 'browser/navigated':
      if (action.via === 'address-bar') {
        await control.fill(action.address);
        return () => control.press('Enter');
      }
      return () => control.click();
    case 'pacer/login-submitted':
      await page.getByLabel('Username', { exact: true }).fill(action.username);
      await page.getByLabel('Password', { exact: true }).fill(action.password);
      return () => control.click();
    case 'cmecf/link-credentials-submitted':
      await page.getByLabel('CM/ECF login', { exact: true }).fill(action.login);
      await page.getByLabel('CM/ECF password', { exact: true }).fill(action.password);
      return () => control.click();
    case 'cmecf/redaction-acknowledged':
      await page.getByRole('checkbox').check();
      return () => control.click();
    case 'mail/opened':
      await control.click();
      return () => page.getByRole('button', { name: /MISSOURI EASTERN BANKRUPTCY COURT/ }).first().click();
    default:
      return () => control.click();
  }
}

async function nextScreen(page: Page, step: WalkthroughStep, before: string): Promise<void> {
  if (step.action.type === 'mail/opened') {
    await page.getByText('Transaction Status', { exact: false }).first().waitFor();
    return;
  }
  if (step.action.type === 'pacer/login-submitted') {
    // The redaction notice opens over the login page, at the same address.
    await page.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' }).waitFor();
    return;
  }
  await page.waitForFunction(
    (previous) => (document.getElementById('browser-address') as HTMLInputElement | null)?.value !== previous,
    before,
    { polling: 'raf' },
  );
}

test('click-to-next-screen latency over the whole cmecf-link-bankruptcy walkthrough', async () => {
  const page = await browser.newPage();
  const address = page.getByRole('textbox', { name: 'Address' });
  const latencies: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(deepLink(trainer, '#/play/cmecf-link-bankruptcy?mode=practice'));
    await address.waitFor();
    for (const step of scenario.walkthrough) {
      const act = await prepare(page, step);
      const before = await address.inputValue();
      const started = performance.now();
      await act();
      await nextScreen(page, step, before);
      latencies.push(performance.now() - started);

      // Baseline: the same round trip (a click, then one animation-frame check) on a control that changes nothing.
      const idle = performance.now();
      await page.getByRole('heading', { name: 'Briefing' }).click();
      await page.waitForFunction(() => true, undefined, { polling: 'raf' });
      floor.push(performance.now() - idle);
    }
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByText(/\/ 100/).first().waitFor();
  }
  expect(latencies.length).toBe(RUNS * scenario.walkthrough.length);
  report('click to next screen (p50)', percentile(latencies, 50), 'no-op click round trip (p50)', percentile(floor, 50));
  report('click to next screen (p95)', percentile(latencies, 95), 'no-op click round trip (p95)', percentile(floor, 95));
});
