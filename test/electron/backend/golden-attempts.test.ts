import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { AttemptReport, StoredEvent } from '../../../shared/api/contract';
import { replay } from '../../../shared/model/replay';
import { worldDigest } from '../../../shared/model/world-digest';
import type { ResolvedScenario } from '../../../shared/scenario/schema';
import { contentHash } from '../../../electron/backend/scenario-library';
import { expectedReport, fixtureScenario, goldenFixtures, type GoldenFixture } from '../../support/golden';
import { openBackend, unwrap } from '../support/backend';

/**
 * The golden fixtures put in a data file as the trainer left them (the
 * scenario version they were played on, the attempt still in progress, its
 * rows as stored) and finished through the API: the backend's own read path
 * and scoring give the report each was written with.
 */
function storeUnfinished(file: string, fixture: GoldenFixture): void {
  const db = new BetterSqlite3(file);
  const scenario = fixtureScenario(fixture);
  db.prepare(
    `INSERT OR IGNORE INTO scenarios (id, version, title, definition, content_hash, source, loaded_at)
     VALUES (?, ?, ?, ?, ?, 'builtin', '2026-12-01T00:00:00.000Z')`,
  ).run(scenario.id, scenario.version, scenario.title, JSON.stringify(fixture.scenario), contentHash(fixture.scenario as ResolvedScenario));
  db.prepare(
    `INSERT INTO attempts (id, trainee_id, scenario_id, scenario_version, mode, status, started_at)
     VALUES (?, NULL, ?, ?, ?, 'in-progress', ?)`,
  ).run(fixture.attemptId, fixture.scenarioId, fixture.scenarioVersion, fixture.mode, fixture.rows[0]!.recorded_at);
  const insert = db.prepare('INSERT INTO attempt_events (attempt_id, seq, type, payload, recorded_at) VALUES (?, ?, ?, ?, ?)');
  for (const row of fixture.rows) insert.run(fixture.attemptId, row.seq, row.type, row.payload, row.recorded_at);
  db.close();
}

describe('golden attempts in a data file', () => {
  test('each, finished through the API, scores as it did when written and replays to the same world', async () => {
    const backend = openBackend();
    const fixtures = goldenFixtures();
    for (const { fixture } of fixtures) storeUnfinished(join(backend.dataDir, 'trainer.db'), fixture);
    for (const { file, fixture } of fixtures) {
      const finished = unwrap<{ report: AttemptReport }>(await backend.call('attempts.finish', { attemptId: fixture.attemptId, reason: 'completed' }));
      expect(finished.report, file).toEqual(expectedReport(fixture));
      const got = unwrap<{ events: StoredEvent[]; report: AttemptReport }>(await backend.call('attempts.get', { attemptId: fixture.attemptId }));
      expect(got.report, file).toEqual(expectedReport(fixture));
      const world = replay(fixtureScenario(fixture), got.events.map((row) => row.event)).world;
      expect(worldDigest(world), file).toBe(fixture.worldDigest);
    }
    expect(backend.internalErrors).toEqual([]);
  });
});
