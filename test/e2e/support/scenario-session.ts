import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { Simulator } from '../poms/simulator';
import { expectAccessible as checkAccessible } from './axe';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from './browser-mode';

/** One browser-mode trainer and one Chromium page, shared by the tests of a describe block. */
export interface ScenarioSession {
  readonly trainer: RunningTrainer;
  readonly browser: Browser;
  readonly page: Page;
  readonly sim: Simulator;
  /** axe on the page as it stands: fails with every serious or critical violation on `screen`. */
  expectAccessible(screen: string): Promise<void>;
  /** Opens `#/play/<scenario>?mode=<mode>` and waits for the simulator marker. */
  openScenario(scenario: string, mode?: 'assess' | 'practice'): Promise<void>;
  /** Clicks Finish and waits for `<score> / 100` on the results. */
  finish(score: number): Promise<void>;
}

/**
 * Registers the beforeAll/afterAll hooks that start browser mode on a fresh data folder,
 * launch Chromium and open a 1400x1000 page in a context of its own (axe injects its
 * script per browsing context), then stop and clean everything up. The returned
 * session is filled in by the beforeAll hook: read its fields inside tests and hooks only.
 */
export function scenarioSession(): ScenarioSession {
  let trainer: RunningTrainer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let sim: Simulator | undefined;

  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`scenario session: ${name} is read before beforeAll has run`);
    return value;
  };

  beforeAll(async () => {
    trainer = await startTrainer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    sim = new Simulator(page);
  });

  afterAll(async () => {
    await browser?.close();
    await trainer?.stop();
    if (trainer) removeDir(trainer.dataDir);
  });

  const session: ScenarioSession = {
    get trainer() {
      return started(trainer, 'trainer');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get page() {
      return started(page, 'page');
    },
    get sim() {
      return started(sim, 'sim');
    },
    expectAccessible: (screen) => checkAccessible(session.page, screen),
    openScenario: async (scenario, mode = 'assess') => {
      await session.page.goto(deepLink(session.trainer, `#/play/${scenario}?mode=${mode}`));
      await expect.poll(() => session.sim.marker.isVisible()).toBe(true);
    },
    finish: async (score) => {
      await session.page.getByRole('button', { name: 'Finish' }).click();
      await expect.poll(() => session.page.getByText(new RegExp(`${score}\\s*/\\s*100`)).first().isVisible()).toBe(true);
    },
  };
  return session;
}
