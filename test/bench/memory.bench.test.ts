import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from '../e2e/support/browser-mode';
import { builtinScenario } from '../support/scenarios';
import { endAttempt, prepareStep } from './walkthrough-player';

/**
 * The renderer's heap after 50 scenario runs in one session (one page, never
 * reloaded) against its heap after the first, garbage collected before each
 * measurement: what one run leaves behind, times 49.
 */

const RUNS = 50;
const ID = 'cmecf-link-bankruptcy';
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

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

async function playOnce(page: Page): Promise<void> {
  const scenario = builtinScenario(ID);
  // In-app navigation, as a trainee picks the next scenario: the page is never reloaded.
  await page.evaluate((hash) => (window.location.hash = hash), `#/play/${ID}?mode=practice`);
  await page.getByRole('textbox', { name: 'Address' }).waitFor();
  for (let index = 0; index < scenario.walkthrough.length; index += 1) await (await prepareStep(page, scenario, index))();
  expect(await endAttempt(page)).toBe(true);
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.getByRole('heading', { name: /Scenarios/ }).first().waitFor();
}

test(`renderer heap after ${RUNS} scenario runs in one session vs after the first`, async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(deepLink(trainer, '#/'));
  await page.getByRole('heading', { name: /Scenarios/ }).first().waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await playOnce(page);
  const first = await heapAfterGc(cdp);
  for (let run = 2; run <= RUNS; run += 1) await playOnce(page);
  const last = await heapAfterGc(cdp);
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  console.log(`[bench] renderer heap after ${RUNS} runs: ${mb(last)} vs after the first run: ${mb(first)} = ${(last / first).toFixed(3)}x`);
});
