import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import type { TrainerEvent } from '../../shared/model/events';
import { SCENARIOS_DIR } from '../support/scenarios';
import { report } from './measure';

const APPENDS = 400;
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trainer-bench-'));
  dirs.push(dir);
  return dir;
}

const event: TrainerEvent = { type: 'cmecf/menu-opened', courtId: 'moeb', menu: 'Utilities' };

test('durable event append through the API vs a raw prepared better-sqlite3 insert with the same pragmas', async () => {
  // Baseline: the cheapest durable insert of the same row, same pragmas (WAL, synchronous=FULL).
  const raw = new Database(join(tempDir(), 'raw.db'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec('CREATE TABLE events (attempt_id TEXT, seq INTEGER, type TEXT, payload TEXT, recorded_at TEXT, PRIMARY KEY (attempt_id, seq))');
  const insert = raw.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?)');
  const payload = JSON.stringify(event);
  let started = performance.now();
  for (let seq = 1; seq <= APPENDS; seq += 1) insert.run('attempt', seq, event.type, payload, new Date().toISOString());
  const baseline = (performance.now() - started) / APPENDS;
  raw.close();

  // Subject: attempts.append as the screens call it: validation, seq check, its own transaction.
  const backend = createBackend({ dataDir: tempDir(), scenariosDir: SCENARIOS_DIR, host: 'browser', version: 'bench' });
  const startedAttempt = await backend.call('attempts.start', { scenarioId: 'cmecf-link-bankruptcy', mode: 'practice' });
  if (!startedAttempt.ok) throw new Error(startedAttempt.error.message);
  const attemptId = (startedAttempt.value as { attempt: { id: string } }).attempt.id;
  started = performance.now();
  for (let seq = 1; seq <= APPENDS; seq += 1) {
    const appended = await backend.call('attempts.append', { attemptId, seq, event });
    expect(appended.ok).toBe(true);
  }
  const subject = (performance.now() - started) / APPENDS;
  backend.close();

  report('attempts.append (per event)', subject, 'raw prepared insert', baseline);
});
