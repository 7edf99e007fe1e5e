import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { beforeAll, describe, expect, test } from 'vitest';
import { createBackend } from '../../../electron/backend/backend';
import { contentHash } from '../../../electron/backend/scenario-library';
import type { ResolvedScenario } from '../../../shared/scenario/schema';
import { SCENARIOS_DIR } from '../../support/scenarios';
import { openBackend, tempDir, unwrap } from '../support/backend';

const PAGE_SIZE = 4096;
const BUILTIN_COUNT = readdirSync(join(SCENARIOS_DIR, 'builtin')).filter((name) => name.endsWith('.json')).length;

/** A real trainer database, closed: one trainee and one attempt with six events, as a day's use would leave it. */
async function realDatabase(): Promise<{ bytes: Buffer; attemptId: string }> {
  const backend = openBackend();
  const trainee = unwrap<{ id: string }>(await backend.call('trainees.create', { name: 'Ada Lovelace' }));
  const started = unwrap<{ attempt: { id: string } }>(
    await backend.call('attempts.start', { scenarioId: 'cmecf-link-bankruptcy', mode: 'practice', traineeId: trainee.id }),
  );
  for (let seq = 1; seq <= 6; seq += 1) {
    unwrap(await backend.call('attempts.append', { attemptId: started.attempt.id, seq, event: { type: 'browser/reloaded' } }));
  }
  backend.close();
  return { bytes: readFileSync(join(backend.dataDir, 'trainer.db')), attemptId: started.attempt.id };
}

function startOn(dataDir: string) {
  return createBackend({ dataDir, scenariosDir: SCENARIOS_DIR, host: 'browser', version: 'test', reportError: () => undefined });
}

describe('a database with one page zeroed, for every page in turn', () => {
  let original: Awaited<ReturnType<typeof realDatabase>>;
  beforeAll(async () => {
    original = await realDatabase();
  });

  test('is either set aside byte-identical with a notice, or used with every scenario, trainee and attempt still there', async () => {
    const pages = original.bytes.length / PAGE_SIZE;
    expect(pages).toBeGreaterThan(40);
    const outcomes = { setAside: 0, restored: 0, untouched: 0 };
    for (let page = 0; page < pages; page += 1) {
      const dataDir = tempDir('ngt-zeroed-');
      const damaged = Buffer.from(original.bytes);
      damaged.fill(0, page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
      writeFileSync(join(dataDir, 'trainer.db'), damaged);

      const backend = startOn(dataDir);
      try {
        const info = unwrap<{ storageNotice: string | null; scenarioProblems: { source: string; problems: string[] }[] }>(
          await backend.call('app.info', {}),
        );
        const scenarios = unwrap<unknown[]>(await backend.call('scenarios.list', {}));
        expect(scenarios, `page ${page}`).toHaveLength(BUILTIN_COUNT);
        if (info.storageNotice !== null) {
          outcomes.setAside += 1;
          const kept = readdirSync(dataDir).find((name) => name.startsWith('trainer.db.unreadable-') && !/-(wal|shm)$/.test(name));
          expect(kept, `page ${page}`).toBeDefined();
          expect(readFileSync(join(dataDir, kept!)).equals(damaged), `page ${page} kept byte-identical`).toBe(true);
          expect(info.storageNotice).toContain(kept!);
          continue;
        }
        const trainees = unwrap<{ name: string }[]>(await backend.call('trainees.list', {}));
        expect(trainees.map((trainee) => trainee.name), `page ${page}`).toEqual(['Ada Lovelace']);
        const attempt = unwrap<{ events: unknown[] }>(await backend.call('attempts.get', { attemptId: original.attemptId }));
        expect(attempt.events.length, `page ${page}`).toBeGreaterThanOrEqual(6);
        if (info.scenarioProblems.length === 0) outcomes.untouched += 1;
        else {
          outcomes.restored += 1;
          expect(info.scenarioProblems.flatMap((entry) => entry.problems).join(' '), `page ${page}`).toMatch(/was damaged; it was restored/);
        }
      } finally {
        backend.close();
      }
    }
    // Both kinds of damage occur in a real file: structure (caught by the integrity check) and stored content (restored).
    expect(outcomes.setAside).toBeGreaterThan(0);
    expect(outcomes.restored).toBeGreaterThan(0);
  }, 240_000);
});

describe('a stored scenario that no built-in file can restore', () => {
  test('is skipped with a notice naming it, and the rest of the catalog still loads', async () => {
    const dataDir = tempDir('ngt-imported-');
    openBackend({ dataDir }).close();
    const db = new BetterSqlite3(join(dataDir, 'trainer.db'));
    const row = db.prepare<[], { definition: string }>("SELECT definition FROM scenarios WHERE id = 'cmecf-link-bankruptcy'").get()!;
    const imported = { ...(JSON.parse(row.definition) as ResolvedScenario), id: 'court-own-scenario', title: 'Our court' };
    const hash = contentHash(imported);
    // The definition's tail lost to damage, as a zeroed overflow page leaves it: valid JSON no longer, or not the hashed content.
    const damagedDefinition = JSON.stringify({ ...imported, title: 'Our court\u0000\u0000' });
    db.prepare(
      "INSERT INTO scenarios (id, version, title, definition, content_hash, source, loaded_at) VALUES ('court-own-scenario', 1, 'Our court', ?, ?, 'imported', '2024-01-01T00:00:00Z')",
    ).run(damagedDefinition, hash);
    db.close();

    const backend = startOn(dataDir);
    try {
      const info = unwrap<{ scenarioProblems: { source: string; problems: string[] }[] }>(await backend.call('app.info', {}));
      expect(info.scenarioProblems).toEqual([
        { source: 'trainer.db: scenario "court-own-scenario" version 1', problems: [expect.stringMatching(/skipped: .*damaged/)] },
      ]);
      const listed = unwrap<{ id: string }[]>(await backend.call('scenarios.list', {}));
      expect(listed).toHaveLength(BUILTIN_COUNT);
      expect(listed.map((scenario) => scenario.id)).not.toContain('court-own-scenario');
      const opened = await backend.call('scenarios.get', { id: 'court-own-scenario' });
      expect(opened).toMatchObject({ ok: false, error: { code: 'not-found' } });
    } finally {
      backend.close();
    }
  });
});
