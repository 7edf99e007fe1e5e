import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { AttemptReport, StoredEvent } from '../../../shared/api/contract';
import { isMistakeCode } from '../../../shared/model/mistakes';
import { readGolden } from '../../support/golden';
import { failure, openBackend, unwrap } from '../support/backend';
import { RETIRED_MISTAKE } from '../../support/retired-mistake';

/**
 * Stored attempts as the API reads them: every read path goes through the
 * upcasters; a report keeps the mistakes it was written with; a record a
 * newer trainer wrote is refused with a message that says so, and nothing
 * reaches the caller as an internal error.
 */

const golden = readGolden(join(import.meta.dirname, '..', '..', 'fixtures', 'golden', 'cmecf-link-bankruptcy.v1.json'));
const ATTEMPT = 'kept-attempt-1';

/** A report as an earlier trainer kept it (format 1: no "v"), whose one mistake's code the catalogue has since dropped. */
const RETIRED_REPORT = {
  score: 85,
  passMark: 80,
  passed: true,
  complete: true,
  earned: 100,
  penalties: 15,
  hintsUsed: 0,
  hintCost: 0,
  objectives: [{ id: 'link-accounts', label: 'Link your CM/ECF account to your own upgraded PACER account', points: 100, met: true, metAt: 9 }],
  mistakes: [
    RETIRED_MISTAKE,
  ],
};

interface Kept {
  status: 'in-progress' | 'finished';
  report?: string;
  rows?: typeof golden.rows;
}

function keep(dataDir: string, { status, report, rows = golden.rows }: Kept): void {
  const db = new BetterSqlite3(join(dataDir, 'trainer.db'));
  const finished = status === 'finished';
  db.prepare(
    `INSERT INTO attempts (id, trainee_id, scenario_id, scenario_version, mode, status, started_at, finished_at, score, passed, report)
     VALUES (?, NULL, 'cmecf-link-bankruptcy', 1, 'assess', ?, ?, ?, ?, ?, ?)`,
  ).run(ATTEMPT, status, rows[0]!.recorded_at, finished ? rows.at(-1)!.recorded_at : null, finished ? 85 : null, finished ? 1 : null, report ?? null);
  const insert = db.prepare('INSERT INTO attempt_events (attempt_id, seq, type, payload, recorded_at) VALUES (?, ?, ?, ?, ?)');
  for (const row of rows) insert.run(ATTEMPT, row.seq, row.type, row.payload, row.recorded_at);
  db.close();
}

const asNewer = (rows: typeof golden.rows, seq: number) =>
  rows.map((row) => (row.seq === seq ? { ...row, payload: row.payload.replace(/"v":\d+}$/, '"v":3}') } : row));

describe('a stored report whose mistake code today\'s catalogue no longer has', () => {
  test('is shown, exported and certified with the code, title and texts it was written with', async () => {
    const backend = openBackend();
    keep(backend.dataDir, { status: 'finished', report: JSON.stringify(RETIRED_REPORT) });
    expect(isMistakeCode('pacer-legacy-login-used')).toBe(false);

    const got = unwrap<{ report: AttemptReport; events: StoredEvent[] }>(await backend.call('attempts.get', { attemptId: ATTEMPT }));
    expect(got.report).toEqual({ ...RETIRED_REPORT, timeTakenSeconds: null, overtimePenalty: 0 });
    expect(got.events).toHaveLength(golden.rows.length);

    const csv = unwrap<{ content: string }>(await backend.call('records.exportCsv', { traineeId: null }));
    expect(csv.content).toContain('cmecf-link-bankruptcy');
    const finishedAgain = unwrap<{ report: AttemptReport }>(await backend.call('attempts.finish', { attemptId: ATTEMPT, reason: 'completed' }));
    expect(finishedAgain.report.mistakes[0]).toEqual(RETIRED_REPORT.mistakes[0]);
    expect(unwrap<{ code: string }>(await backend.call('certificates.issue', { attemptId: ATTEMPT })).code).toMatch(/^NGT-/);
    expect(backend.internalErrors).toEqual([]);
  });
});

describe('a record written by a newer version of the trainer', () => {
  test('an event of a newer format: the attempt is neither shown nor scored, and the answer says why', async () => {
    const backend = openBackend();
    keep(backend.dataDir, { status: 'in-progress', rows: asNewer(golden.rows, 9) });
    const expected =
      `Event 9 of attempt "${ATTEMPT}" was written by a newer version of NextGen Trainer (event record format 3; this version reads formats 1 to 2). ` +
      'Open it with that newer version; this one leaves it unchanged.';
    expect(failure(await backend.call('attempts.get', { attemptId: ATTEMPT }), 'conflict')).toBe(expected);
    expect(failure(await backend.call('attempts.finish', { attemptId: ATTEMPT, reason: 'completed' }), 'conflict')).toBe(expected);
    expect(backend.internalErrors).toEqual([]);
  });

  test('a report of a newer format: refused the same way wherever it is read', async () => {
    const backend = openBackend();
    keep(backend.dataDir, { status: 'finished', report: JSON.stringify({ ...RETIRED_REPORT, v: 3 }) });
    const message = failure(await backend.call('attempts.get', { attemptId: ATTEMPT }), 'conflict');
    expect(message).toMatch(/^The score report of attempt "kept-attempt-1" was written by a newer version of NextGen Trainer \(report record format 3; this version reads formats 1 to 2\)/);
    expect(failure(await backend.call('certificates.issue', { attemptId: ATTEMPT }), 'conflict')).toBe(message);
    expect(backend.internalErrors).toEqual([]);
  });
});
