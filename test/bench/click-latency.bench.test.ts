import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from '../e2e/support/browser-mode';
import { builtinScenario, builtinScenarioIds } from '../support/scenarios';
import { endAttempt, prepareStep } from './walkthrough-player';

/**
 * "Every click within a frame": the browser's own Event Timing (the
 * interaction's input delay, processing and presentation, from the input's
 * timestamp to the next paint) for every click or key press of every
 * built-in walkthrough played in practice mode. Event Timing reports only
 * interactions of 16 ms or more (its smallest threshold), so a click it does
 * not report took less than a frame.
 */

const FRAME_MS = 16;
let trainer: RunningTrainer;
let browser: Browser;

interface Timing {
  start: number;
  duration: number;
}

declare global {
  interface Window {
    benchEventTimings?: Timing[];
  }
}

function observeEventTiming(): void {
  window.benchEventTimings = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchEventTimings?.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/** Each timed action's interaction: the longest event Event Timing reported while it ran, or 0 (under one frame). */
async function collect(page: Page, windows: readonly [number, number][]): Promise<number[]> {
  // Entries are delivered after the frame they were painted in: let two more frames pass.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const timings = await page.evaluate(() => window.benchEventTimings ?? []);
  return windows.map(([from, to]) =>
    timings.filter((timing) => timing.start >= from && timing.start <= to).reduce((longest, timing) => Math.max(longest, timing.duration), 0),
  );
}

async function timed(page: Page, act: () => Promise<void>): Promise<[number, number]> {
  const from = await page.evaluate(() => performance.now());
  await act();
  const to = await page.evaluate(() => performance.now());
  return [from, to];
}

/** p-th percentile where an unreported interaction counts as "under one frame". */
function summary(name: string, durations: readonly number[], p: number): { value: number; line: string } {
  const sorted = [...durations].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  const over = sorted.filter((duration) => duration >= FRAME_MS).length;
  const shown = value < FRAME_MS ? `< ${FRAME_MS} ms` : `${value.toFixed(0)} ms`;
  return { value, line: `${name} p${p}: ${shown} (${over} of ${sorted.length} over one frame, longest ${(sorted.at(-1) ?? 0).toFixed(0)} ms)` };
}

beforeAll(async () => {
  trainer = await startTrainer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await trainer?.stop();
  if (trainer) removeDir(trainer.dataDir);
});

test('click to next paint (Event Timing) over every built-in walkthrough in practice mode, vs a no-op click on a bare page', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.addInitScript(observeEventTiming);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const durations: number[] = [];
  const slowest: string[] = [];
  const incomplete: string[] = [];
  const notPlayed: string[] = [];

  for (const id of builtinScenarioIds().sort()) {
    const scenario = builtinScenario(id);
    await page.goto(deepLink(trainer, `#/play/${id}?mode=practice`));
    await page.getByRole('textbox', { name: 'Address' }).waitFor();
    const windows: [number, number][] = [];
    for (let index = 0; index < scenario.walkthrough.length; index += 1) {
      try {
        const act = await prepareStep(page, scenario, index);
        windows.push(await timed(page, act));
      } catch (error) {
        // This player could not perform the step: the rest of that walkthrough is left out, and said so.
        notPlayed.push(`${id} from step ${index + 1} (${scenario.walkthrough[index]!.action.type}: ${String(error).split('\n')[0]})`);
        break;
      }
    }
    const measured = await collect(page, windows);
    measured.forEach((duration, index) => {
      if (duration >= FRAME_MS) slowest.push(`${duration.toFixed(0)} ms ${id} step ${index + 1} (${scenario.walkthrough[index]!.action.type})`);
    });
    durations.push(...measured);
    if (!(await endAttempt(page))) incomplete.push(id);
  }

  // Baseline: the same kind of click, on a bare page whose button does nothing.
  const bare = await context.newPage();
  await bare.setContent('<!doctype html><button type="button">Nothing</button>');
  await bare.evaluate(observeEventTiming);
  const nothing = bare.getByRole('button', { name: 'Nothing' });
  const bareWindows: [number, number][] = [];
  for (let index = 0; index < durations.length; index += 1) bareWindows.push(await timed(bare, () => nothing.click()));
  const floor = await collect(bare, bareWindows);
  await context.close();

  for (const p of [50, 95] as const) {
    const subject = summary('trainer click to next paint', durations, p);
    const baseline = summary('no-op click on a bare page', floor, p);
    const ratio = Math.max(subject.value, FRAME_MS) / Math.max(baseline.value, FRAME_MS);
    console.log(`[bench] ${subject.line} vs ${baseline.line} = ${ratio.toFixed(2)}x (under a frame counts as ${FRAME_MS} ms)`);
  }
  console.log(`[bench] clicks timed: ${durations.length}; steps this player could not perform: ${notPlayed.join('; ') || 'none'}`);
  console.log(`[bench] walkthroughs not ending at 100 as played here: ${incomplete.join(', ') || 'none'}`);
  console.log(`[bench] clicks over one frame: ${slowest.sort().reverse().slice(0, 12).join('; ') || 'none'}`);
  expect(durations.length).toBeGreaterThan(0);
});
