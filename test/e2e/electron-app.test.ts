import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * The real desktop window, driven by Playwright's Electron support. It needs
 * `npm run build` output and Electron's binary, which cannot be downloaded on
 * every machine (see STYLE.md, "Known traps here"): without it this suite is
 * skipped and says so, and browser mode (the other e2e tests) covers the app.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const MARKER = 'Training simulator — not the real PACER/CM/ECF';
/** The better-sqlite3 build for Electron's ABI that `npm start` (electron/launcher.mjs) makes once. */
const ELECTRON_SQLITE_BINDING = join(ROOT, 'dist', 'electron-native', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

/** Path of Electron's binary; `require('electron')` throws when the binary was never downloaded. */
function electronBinary(): string | null {
  try {
    const path: unknown = createRequire(join(ROOT, 'package.json'))('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const executablePath = electronBinary();
const electronAvailable = executablePath !== null;
const title = electronAvailable
  ? 'the desktop window (Electron)'
  : 'Electron binary not installed on this machine — desktop window test runs where it is';
if (!electronAvailable) {
  console.log('Electron binary not installed on this machine: skipping the desktop window test (browser-mode e2e tests still run).');
}

describe(title, () => {
  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    if (!electronAvailable) return;
    for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
      if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first (npm test does).`);
    }
    if (!existsSync(ELECTRON_SQLITE_BINDING)) {
      throw new Error('The database module has not been built for Electron yet: run `npm start` once (it builds it), then rerun.');
    }
    userData = mkdtempSync(join(tmpdir(), 'trainer-electron-e2e-'));
    app = await _electron.launch({
      executablePath,
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), // Chromium refuses to run as root with its OS sandbox
        ROOT,
        '--scenario=cmecf-link-bankruptcy',
        '--mode=practice',
      ],
      cwd: ROOT,
      // A fresh data folder, never the user's own (electron/main/app.ts reads TRAINER_USER_DATA).
      env: { ...process.env, TRAINER_SQLITE_BINDING: ELECTRON_SQLITE_BINDING, TRAINER_USER_DATA: userData },
    });
    page = await app.firstWindow();
  });

  afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test.skipIf(!electronAvailable)('opens the built app at the deep link, with the training marker visible', async () => {
    await page.getByText(MARKER).first().waitFor({ state: 'visible', timeout: 30_000 });
    expect(page.url()).toMatch(/^file:.*\/dist\/renderer\/index\.html#\/play\/cmecf-link-bankruptcy\?mode=practice$/);
  });

  test.skipIf(!electronAvailable)('gives the page only window.trainer = { host, call }, and no Node', async () => {
    const bridge = await page.evaluate(() => ({
      keys: Object.keys(window.trainer ?? {}).sort(),
      host: window.trainer?.host,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(bridge).toEqual({ keys: ['call', 'host'], host: 'electron', require: 'undefined', process: 'undefined' });
  });

  test.skipIf(!electronAvailable)('answers app.info over IPC as the electron host', async () => {
    const info = await page.evaluate(() => window.trainer?.call('app.info', {}));
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', dataDir: userData } });
  });

  test.skipIf(!electronAvailable)('stays on the app page when the page tries to leave it', async () => {
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://pacer.uscourts.gov/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);
  });
});
