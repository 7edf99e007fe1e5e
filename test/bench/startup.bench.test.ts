import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, test } from 'vitest';
import { ROOT, launchChromium, removeDir } from '../e2e/support/browser-mode';
import { percentile, report } from './measure';

const RUNS = 5;
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

/** From process spawn to the first interactive control on screen, in a fresh page. */
async function timeToInteractive(command: string[], control: (page: Page) => Locator): Promise<number> {
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
  await page.goto(url);
  await control(page).waitFor({ state: 'visible' });
  const elapsed = performance.now() - started;
  await page.close();
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  return elapsed;
}

test('browser-mode launcher time-to-interactive in Chromium vs a bare React page built the same way', async () => {
  const bareOut = temp('trainer-bench-bare-');
  await build({
    root: join(ROOT, 'test/bench/fixtures/bare-react'),
    base: './',
    logLevel: 'silent',
    esbuild: { jsx: 'automatic' },
    build: { outDir: bareOut, emptyOutDir: true },
  });
  const trainer: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    bare.push(
      await timeToInteractive([join(ROOT, 'test/bench/fixtures/static-server.mjs'), bareOut], (page) =>
        page.getByRole('button', { name: /Clicked/ }),
      ),
    );
    trainer.push(
      await timeToInteractive([join(ROOT, 'dist/electron/serve.cjs'), '--port', '0', '--data', temp('trainer-bench-data-')], (page) =>
        page.getByRole('link', { name: 'Practice' }).first(),
      ),
    );
  }
  report('browser mode: launch to scenario list (p50)', percentile(trainer, 50), 'bare React page (p50)', percentile(bare, 50));
});
