import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_RECORD_FORMAT } from '../../shared/model/stored-events';
import { REPORT_RECORD_FORMAT } from '../../shared/scoring/stored-report';
import { builtinScenario, builtinScenarioIds } from '../support/scenarios';
import { expectedReport, GOLDEN_DIR, goldenFileName, goldenFixtures, replayFixture } from '../support/golden';

/**
 * The frozen golden fixtures (test/fixtures/golden, written once by
 * `npm run golden:write`): each built-in scenario version's walkthrough as
 * the data file stored it. Read as the trainer reads a stored attempt
 * (upcasters, event schema), replayed and scored, each must end in the same
 * world and the same score report as when it was written, for as long as
 * the trainer ships: that is what keeps old attempts replayable.
 */

const fixtures = goldenFixtures();

it('every built-in scenario version has its golden fixture (run `npm run golden:write` after a version bump)', () => {
  const missing = builtinScenarioIds()
    .map((id) => goldenFileName(id, builtinScenario(id).version))
    .filter((file) => !existsSync(join(GOLDEN_DIR, file)));
  expect(missing).toEqual([]);
});

describe.each(fixtures)('$file', ({ file, fixture }) => {
  it('is named for the scenario version it was played on, and kept as stored (each event with its record format)', () => {
    expect(file).toBe(goldenFileName(fixture.scenarioId, fixture.scenarioVersion));
    expect(fixture.rows[0]?.type).toBe('attempt/started');
    for (const row of fixture.rows) {
      const format = (JSON.parse(row.payload) as { v?: unknown }).v;
      expect(Number.isInteger(format) && (format as number) >= 1 && (format as number) <= EVENT_RECORD_FORMAT, `event ${row.seq}`).toBe(true);
    }
    const reportFormat = (JSON.parse(fixture.storedReport) as { v?: unknown }).v;
    expect(Number.isInteger(reportFormat) && (reportFormat as number) <= REPORT_RECORD_FORMAT, 'report').toBe(true);
  });

  it('replays through the read path to the world and the score report it was written with', () => {
    const replayed = replayFixture(fixture);
    expect(replayed.events.map((row) => row.seq)).toEqual(fixture.rows.map((row) => row.seq));
    expect(replayed.worldDigest).toBe(fixture.worldDigest);
    expect(replayed.report).toEqual(expectedReport(fixture));
    expect(replayed.report.score).toBe(100);
  });
});
