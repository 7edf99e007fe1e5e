import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { ApiErrorCode, ApiResponse } from '../../../shared/api/contract';
import { createBackend } from '../../../electron/backend/backend';
import type { Backend, BackendOptions } from '../../../electron/backend/types';
import { SCENARIOS_DIR } from '../../support/scenarios';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** A temporary folder, removed after the test. */
export function tempDir(prefix = 'ngt-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A copy of the real scenarios folder the test may change. */
export function scenariosCopy(): string {
  const dir = join(tempDir('ngt-scenarios-'), 'scenarios');
  cpSync(SCENARIOS_DIR, dir, { recursive: true });
  return dir;
}

/** A clock that starts at a fixed time and moves one second per reading. */
export function steppingClock(start = '2024-03-01T09:00:00.000Z'): () => Date {
  let time = Date.parse(start);
  return () => {
    const now = new Date(time);
    time += 1000;
    return now;
  };
}

export interface TestBackend extends Backend {
  dataDir: string;
  internalErrors: unknown[];
}

/** A backend on a temporary data folder (or the one given), closed after the test. */
export function openBackend(overrides: Partial<BackendOptions> = {}): TestBackend {
  const internalErrors: unknown[] = [];
  const options: BackendOptions = {
    dataDir: overrides.dataDir ?? tempDir('ngt-data-'),
    scenariosDir: SCENARIOS_DIR,
    host: 'browser',
    version: '0.0.0-test',
    now: steppingClock(),
    reportError: (_method, error) => internalErrors.push(error),
    ...overrides,
  };
  const backend = createBackend(options);
  cleanups.push(() => backend.close());
  return { call: backend.call, close: backend.close, dataDir: options.dataDir, internalErrors };
}

/** The value of a successful response; fails the test with the error otherwise. */
export function unwrap<T = unknown>(response: ApiResponse<unknown>): T {
  if (!response.ok) expect.fail(`expected ok, got ${response.error.code}: ${response.error.message}`);
  return response.value as T;
}

/** The error of a failed response, checked to have the given code. */
export function failure(response: ApiResponse<unknown>, code: ApiErrorCode): string {
  if (response.ok) expect.fail(`expected ${code}, got ok: ${JSON.stringify(response.value).slice(0, 200)}`);
  expect(response.error.code, response.error.message).toBe(code);
  return response.error.message;
}
