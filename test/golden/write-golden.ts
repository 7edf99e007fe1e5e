import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { ApiResponse } from '../../shared/api/contract';
import { walkthroughLog } from '../../shared/model/replay';
import { DATABASE_FILE_NAME, createBackend } from '../../electron/backend/backend';
import type { EventRow } from '../../electron/store/attempt-repo';
import { expectedReport, fixtureScenario, goldenDir, goldenFileName, replayFixture, type GoldenFixture } from '../support/golden';

const ABOUT =
  'Golden fixture: this scenario version\'s walkthrough as the trainer stored it (record format, salt and digests as written), ' +
  'with the digest of the world it ends in and the score report finishing it stored. Written once by `npm run golden:write`; ' +
  'frozen: never edit or rewrite it. test/scenarios/golden.test.ts replays it through the read path.';

const MODE = 'assess';

function value<T>(response: ApiResponse<unknown>, what: string): T {
  if (!response.ok) throw new Error(`${what}: ${response.error.code}: ${response.error.message}`);
  return response.value as T;
}

/** A clock that starts at a fixed time and moves two seconds per reading, so the stored times read like a brisk trainee. */
function steadyClock(start: string): () => Date {
  let time = Date.parse(start);
  return () => {
    const now = new Date(time);
    time += 2000;
    return now;
  };
}

interface Options {
  root: string;
  args: readonly string[];
  log: (line: string) => void;
}

/**
 * Plays each built-in scenario's walkthrough through the real backend, on
 * a fresh data file, and keeps what the data file then holds as a golden
 * fixture. A scenario version that has a fixture keeps it (frozen) unless
 * `--force` is given; names given pick the scenarios to write.
 */
export async function writeGoldenFixtures({ root, args, log }: Options): Promise<number> {
  const force = args.includes('--force');
  const only = args.filter((arg) => !arg.startsWith('--'));
  const dir = goldenDir(root);
  mkdirSync(dir, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'ngt-golden-'));
  const backend = createBackend({
    dataDir,
    scenariosDir: join(root, 'scenarios'),
    host: 'browser',
    version: 'golden',
    now: steadyClock('2026-12-01T14:00:00.000Z'),
    reportError: (method, error) => log(`${method} failed: ${String(error)}`),
  });
  const db = new BetterSqlite3(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
  let failures = 0;
  try {
    const ids = readdirSync(join(root, 'scenarios', 'builtin'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, ''))
      .filter((id) => only.length === 0 || only.includes(id));
    for (const scenarioId of ids) {
      const { definition, version } = db
        .prepare<[string], { definition: string; version: number }>('SELECT definition, version FROM scenarios WHERE id = ? ORDER BY version DESC LIMIT 1')
        .get(scenarioId)!;
      const path = join(dir, goldenFileName(scenarioId, version));
      if (existsSync(path) && !force) {
        log(`kept    ${relative(root, path)} (frozen; --force rewrites it)`);
        continue;
      }
      const started = value<{ attempt: { id: string }; events: { event: { type: string; salt?: string } }[] }>(
        await backend.call('attempts.start', { scenarioId, mode: MODE, traineeId: null }),
        `${scenarioId}: attempts.start`,
      );
      const attemptId = started.attempt.id;
      const salt = started.events[0]?.event.salt ?? '';
      const fixture0: GoldenFixture = {
        about: ABOUT,
        scenarioId,
        scenarioVersion: version,
        mode: MODE,
        attemptId,
        scenario: JSON.parse(definition) as unknown,
        rows: [],
        storedReport: '',
        worldDigest: '',
      };
      const scenario = fixtureScenario(fixture0);
      // Each step's event is built in the world the steps before it left, as a screen builds it (the phone's code, a password's personal parts).
      const steps = walkthroughLog(scenario, { type: 'attempt/started', salt, mode: MODE }).slice(1);
      for (const [index, event] of steps.entries()) {
        value(await backend.call('attempts.append', { attemptId, seq: index + 1, event }), `${scenarioId}: step ${index + 1}`);
      }
      value(await backend.call('attempts.finish', { attemptId, reason: 'completed' }), `${scenarioId}: attempts.finish`);
      const rows = db
        .prepare<[string], EventRow>('SELECT seq, type, payload, recorded_at FROM attempt_events WHERE attempt_id = ? ORDER BY seq')
        .all(attemptId);
      const storedReport = db.prepare<[string], { report: string }>('SELECT report FROM attempts WHERE id = ?').get(attemptId)!.report;
      const fixture: GoldenFixture = { ...fixture0, rows, storedReport };
      fixture.worldDigest = replayFixture(fixture).worldDigest;
      const report = expectedReport(fixture);
      if (report.score !== 100) {
        failures += 1;
        log(`refused ${relative(root, path)}: its walkthrough scores ${report.score}, not 100`);
        continue;
      }
      writeFileSync(path, `${JSON.stringify(fixture, null, 1)}\n`);
      log(`wrote   ${relative(root, path)} (${rows.length} events, score ${report.score})`);
    }
  } finally {
    db.close();
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return failures === 0 ? 0 : 1;
}
