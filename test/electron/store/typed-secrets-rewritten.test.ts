import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { StoredEvent } from '../../../shared/api/contract';
import { openBackend, unwrap } from '../support/backend';

interface LegacyAttempt {
  attempt: Record<string, string | number | null>;
  rows: { seq: number; type: string; payload: string; recorded_at: string }[];
}

/** Attempts stored by the trainer before typed secrets were kept safely (see stored-secrets.test.ts). */
const LEGACY: LegacyAttempt[] = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'legacy-secrets-attempts.json'), 'utf8'));

const rawPayloads = (file: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare<[], { payload: string }>('SELECT payload FROM attempt_events').all().map((row) => row.payload);
  } finally {
    db.close();
  }
};

describe('migration 005 rewrites attempts stored in record format 1', () => {
  test('no quick digest, length, kinds of character or derived card digits stay in the file, and the attempts read back the same', async () => {
    // The attempts that still play on a shipped version, in a data file of schema 4 as the trainer before this one left it.
    const first = openBackend();
    const file = join(first.dataDir, 'trainer.db');
    first.close();
    const legacy = LEGACY.filter((entry) => entry.attempt.scenario_id !== 'pacer-stored-payment');
    const db = new BetterSqlite3(file);
    for (const entry of legacy) {
      db.prepare(
        `INSERT INTO attempts (id, trainee_id, scenario_id, scenario_version, mode, status, started_at, finished_at, score, passed, report)
         VALUES (@id, @trainee_id, @scenario_id, @scenario_version, @mode, @status, @started_at, @finished_at, @score, @passed, @report)`,
      ).run(entry.attempt);
      const insert = db.prepare('INSERT INTO attempt_events (attempt_id, seq, type, payload, recorded_at) VALUES (?, ?, ?, ?, ?)');
      for (const row of entry.rows) insert.run(entry.attempt.id, row.seq, row.type, row.payload, row.recorded_at);
    }
    db.pragma('user_version = 4');
    db.close();
    const before = rawPayloads(file).join('\n');
    expect(before).toMatch(/"length":/);

    // Read as the upgrade on read gives them, then after the rewrite.
    const reopened = openBackend({ dataDir: first.dataDir });
    const read = await Promise.all(legacy.map(async (entry) => unwrap<{ events: StoredEvent[] }>(await reopened.call('attempts.get', { attemptId: entry.attempt.id })).events));
    reopened.close();

    const after = rawPayloads(file);
    for (const payload of after) {
      expect(JSON.parse(payload)).toMatchObject({ v: 2 });
      expect(payload).not.toMatch(/"length"|"traits"/);
    }
    for (const entry of legacy) {
      for (const row of entry.rows) {
        const digest = /"digest":"([0-9a-f]{64})"/.exec(row.payload)?.[1];
        if (digest) expect(after.join('\n')).not.toContain(digest);
      }
    }
    const again = openBackend({ dataDir: first.dataDir });
    for (const [index, entry] of legacy.entries()) {
      const events = unwrap<{ events: StoredEvent[] }>(await again.call('attempts.get', { attemptId: entry.attempt.id })).events;
      expect(events).toEqual(read[index]);
    }
  });
});
