import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Locator, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SECURITY_HEADERS } from '../../electron/server/http-server';
import { ROOT, launchChromium, removeDir } from '../e2e/support/browser-mode';
import { percentile, report, reportSize } from './measure';

const RUNS = 7;
const made: string[] = [];
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  made.forEach(removeDir);
});

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Builds a fixture page with the same Vite settings the renderer uses (renderer/vite.config.ts). */
async function buildFixture(name: string): Promise<string> {
  const outDir = temp(`trainer-bench-${name}-`);
  // Vitest sets NODE_ENV=test, which would give React's development build and JSX; `npm run build` runs without it.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: join(ROOT, 'test/bench/fixtures', name),
      base: './',
      mode: 'production',
      logLevel: 'silent',
      esbuild: { jsx: 'automatic' },
      build: { outDir, emptyOutDir: true, target: 'es2022' },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

/**
 * The JavaScript a page loads at once, gzipped: its entry script and every
 * chunk that script imports statically (transitively). Chunks reached only
 * by import() load when a later screen opens and are not counted.
 */
function firstLoadGzipBytes(dir: string): { bytes: number; files: string[] } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`${dir}/index.html has no module script`);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    // Static imports only: `import"./x.js"` and `from"./x.js"`, never `import("./x.js")`.
    for (const match of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit(join(dirname(file), match[1]!));
    }
  };
  visit(entry);
  const files = [...seen];
  return { bytes: files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0), files };
}

interface Timing {
  /** From process spawn to the control on screen: server start and page load together. */
  launch: number;
  /** From page.goto() to the control on screen: the page alone, the server already listening. */
  navigation: number;
  /** The page's own timeline (Navigation and Resource Timing), to see where the time goes. */
  htmlAnswered: number;
  scriptsRun: number;
  /** API requests the page had made by the time the control showed. */
  apiRequests: number;
}

/** Spawns the server, opens its page in a fresh context and waits for the first interactive control. */
async function timeToInteractive(command: string[], control: (page: Page) => Locator): Promise<Timing> {
  const started = performance.now();
  const child = spawn(process.execPath, command, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve) => {
    const poll = setInterval(() => {
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearInterval(poll);
        resolve(match[1]);
      }
    }, 5);
  });
  const page = await browser.newPage();
  const navigating = performance.now();
  await page.goto(url);
  await control(page).waitFor({ state: 'visible' });
  const done = performance.now();
  const timeline = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const api = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.startsWith('/api/'));
    return { htmlAnswered: navigation.responseEnd, scriptsRun: navigation.domContentLoadedEventEnd, apiRequests: api.length };
  });
  await page.close();
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  return { launch: done - started, navigation: done - navigating, ...timeline };
}

test('first load: the trainer first screen JavaScript vs React, ReactDOM, React Router and zustand alone', async () => {
  const stack = firstLoadGzipBytes(await buildFixture('bare-stack'));
  const trainer = firstLoadGzipBytes(join(ROOT, 'dist/renderer'));
  console.log(`[bench] first load files: trainer ${trainer.files.join(', ')}; baseline ${stack.files.join(', ')}`);
  reportSize('first load JavaScript, gzip', trainer.bytes, 'React + ReactDOM + React Router + zustand, gzip', stack.bytes);
  expect(trainer.bytes).toBeGreaterThan(0);
});

test('launch: time until the first Practice button is visible in Chromium vs a bare React page built the same way', async () => {
  const bareOut = await buildFixture('bare-react');
  // One data folder for every run, as on a trainer's own machine: the first start (not timed) fills it.
  const dataDir = temp('trainer-bench-data-');
  const bareRun = () =>
    timeToInteractive([join(ROOT, 'test/bench/fixtures/static-server.mjs'), bareOut], (page) => page.getByRole('button', { name: /Clicked/ }));
  const trainerRun = () =>
    timeToInteractive([join(ROOT, 'dist/electron/serve.cjs'), '--port', '0', '--data', dataDir], (page) =>
      page.getByRole('link', { name: 'Practice' }).first(),
    );
  // The same bare page answered with the trainer's security headers: Cross-Origin-Opener-Policy
  // puts the page in a new browsing context group, so Chromium gives it a new renderer process.
  const guardedRun = () =>
    timeToInteractive([join(ROOT, 'test/bench/fixtures/static-server.mjs'), bareOut, JSON.stringify(SECURITY_HEADERS)], (page) =>
      page.getByRole('button', { name: /Clicked/ }),
    );
  await bareRun();
  await guardedRun();
  await trainerRun();
  const trainer: Timing[] = [];
  const bare: Timing[] = [];
  const guarded: Timing[] = [];
  // Alternating, so that a busy moment on the machine falls on every side.
  for (let run = 0; run < RUNS; run += 1) {
    bare.push(await bareRun());
    guarded.push(await guardedRun());
    trainer.push(await trainerRun());
  }
  const p50 = (timings: Timing[], key: keyof Timing) => percentile(timings.map((timing) => timing[key]), 50);
  report('navigation to the first Practice button (p50)', p50(trainer, 'navigation'), 'bare React page (p50)', p50(bare, 'navigation'));
  report(
    'navigation to the first Practice button (p50)',
    p50(trainer, 'navigation'),
    "bare React page with the trainer's security headers (p50)",
    p50(guarded, 'navigation'),
  );
  report('browser mode: launch to scenario list (p50)', p50(trainer, 'launch'), 'bare React page (p50)', p50(bare, 'launch'));
  const timeline = (timings: Timing[]) =>
    `HTML answered ${p50(timings, 'htmlAnswered').toFixed(0)} ms, scripts run by ${p50(timings, 'scriptsRun').toFixed(0)} ms, ` +
    `API requests made by then ${p50(timings, 'apiRequests')}`;
  console.log(`[bench] page timeline (p50): trainer ${timeline(trainer)}; bare page ${timeline(bare)}`);
});
