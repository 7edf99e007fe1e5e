import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { StoredEvent } from '../../../shared/api/contract';
import { openBackend, unwrap } from '../support/backend';
import { LEGACY, storeLegacy } from '../support/legacy-attempts';

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
    // The attempts in a data file of schema 4, as the trainer before this one left it.
    const first = openBackend();
    const file = join(first.dataDir, 'trainer.db');
    first.close();
    const legacy = LEGACY;
    for (const entry of legacy) storeLegacy(file, entry);
    const db = new BetterSqlite3(file);
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
