import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { ScenarioSummary } from '../../../shared/api/contract';
import type { ResolvedScenario } from '../../../shared/scenario/schema';
import { builtinScenarioIds } from '../../support/scenarios';
import { failure, openBackend, scenariosCopy, tempDir, unwrap } from '../support/backend';

const ID = 'cmecf-link-bankruptcy';

interface Info {
  scenarioProblems: { source: string; problems: string[] }[];
}

const builtinFile = (scenariosDir: string, name = `${ID}.json`) => join(scenariosDir, 'builtin', name);
const readScenarioFile = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const writeJson = (path: string, value: unknown) => writeFileSync(path, JSON.stringify(value, null, 2));

function storedVersions(dataDir: string): { id: string; version: number; title: string }[] {
  const db = new BetterSqlite3(join(dataDir, 'trainer.db'), { readonly: true });
  try {
    return db.prepare('SELECT id, version, title FROM scenarios ORDER BY id, version').all() as { id: string; version: number; title: string }[];
  } finally {
    db.close();
  }
}

/** Starts the backend on this data and scenarios folder, returns what it reports, and closes it. */
async function start(dataDir: string, scenariosDir: string) {
  const backend = openBackend({ dataDir, scenariosDir });
  const info = unwrap<Info>(await backend.call('app.info', {}));
  const list = unwrap<ScenarioSummary[]>(await backend.call('scenarios.list', {}));
  return { backend, problems: info.scenarioProblems, list };
}

describe('the built-in scenario library', () => {
  test('is loaded on first start, with the courts written out', async () => {
    const { backend, problems, list } = await start(tempDir(), scenariosCopy());
    expect(problems).toEqual([]);
    expect(list).toContainEqual(expect.objectContaining({ id: ID, version: 1, seeds: ['000', '001'], courts: ['moeb'] }));
    const scenario = unwrap<ResolvedScenario>(await backend.call('scenarios.get', { id: ID }));
    expect(scenario.courts[0]).toMatchObject({ id: 'moeb', type: 'bankruptcy', nextGenGoLive: '2019-07-15' });
  });

  test('is not duplicated by the next start', async () => {
    const dataDir = tempDir();
    const scenariosDir = scenariosCopy();
    (await start(dataDir, scenariosDir)).backend.close();
    const second = await start(dataDir, scenariosDir);
    second.backend.close();
    expect(second.problems).toEqual([]);
    expect(storedVersions(dataDir).filter((row) => row.id === ID)).toHaveLength(1);
  });

  test('adds a newer version beside the old one; an attempt keeps the version it was played on', async () => {
    const dataDir = tempDir();
    const scenariosDir = scenariosCopy();
    const first = await start(dataDir, scenariosDir);
    const started = unwrap<{ attempt: { id: string } }>(await first.backend.call('attempts.start', { scenarioId: ID, mode: 'assess' }));
    first.backend.close();

    const file = builtinFile(scenariosDir);
    writeJson(file, { ...readScenarioFile(file), version: 2, title: 'Link your CM/ECF account (revised)' });
    const second = await start(dataDir, scenariosDir);

    expect(second.problems).toEqual([]);
    expect(second.list.filter((summary) => summary.id === ID)).toEqual([expect.objectContaining({ version: 2, title: 'Link your CM/ECF account (revised)' })]);
    expect(storedVersions(dataDir).filter((row) => row.id === ID).map((row) => row.version)).toEqual([1, 2]);
    const old = unwrap<ResolvedScenario>(await second.backend.call('scenarios.get', { id: ID, version: 1 }));
    expect(old.title).toBe('Link your CM/ECF account at a NextGen bankruptcy court');

    const finished = unwrap<{ attempt: { scenarioVersion: number } }>(
      await second.backend.call('attempts.finish', { attemptId: started.attempt.id, reason: 'gave-up' }),
    );
    expect(finished.attempt.scenarioVersion).toBe(1);
    const fresh = unwrap<{ attempt: { scenarioVersion: number } }>(await second.backend.call('attempts.start', { scenarioId: ID, mode: 'assess' }));
    expect(fresh.attempt.scenarioVersion).toBe(2);
  });

  test('reports a file changed without a version bump and keeps the stored version', async () => {
    const dataDir = tempDir();
    const scenariosDir = scenariosCopy();
    (await start(dataDir, scenariosDir)).backend.close();

    const file = builtinFile(scenariosDir);
    writeJson(file, { ...readScenarioFile(file), title: 'A quietly edited title' });
    const { backend, problems } = await start(dataDir, scenariosDir);

    expect(problems).toEqual([{ source: `builtin/${ID}.json`, problems: [expect.stringContaining('changed without a version bump')] }]);
    expect(unwrap<ResolvedScenario>(await backend.call('scenarios.get', { id: ID })).title).toBe(
      'Link your CM/ECF account at a NextGen bankruptcy court',
    );
  });

  test('does not count a reformatted file (same content) as a change', async () => {
    const dataDir = tempDir();
    const scenariosDir = scenariosCopy();
    (await start(dataDir, scenariosDir)).backend.close();
    const file = builtinFile(scenariosDir);
    writeFileSync(file, `\uFEFF${JSON.stringify(readScenarioFile(file))}\n`);
    expect((await start(dataDir, scenariosDir)).problems).toEqual([]);
  });

  test('refuses malformed files with their names and path-precise reasons, and still loads the good ones', async () => {
    const scenariosDir = scenariosCopy();
    const good = readScenarioFile(builtinFile(scenariosDir));
    const walkthrough = good.walkthrough as { action: Record<string, unknown> }[];
    writeJson(builtinFile(scenariosDir, 'broken-schema.json'), {
      ...good,
      id: 'broken-schema',
      title: '   ',
      walkthrough: walkthrough.map((step, index) => (index === 4 ? { ...step, action: { ...step.action, courtId: 'nysd' } } : step)),
    });
    const elsewhere = JSON.parse(JSON.stringify({ ...good, id: 'unknown-court' }).replaceAll('"moeb"', '"zzz"')) as unknown;
    writeJson(builtinFile(scenariosDir, 'unknown-court.json'), elsewhere);
    writeFileSync(builtinFile(scenariosDir, 'not-json.json'), '{ "id": "not-json", ');
    writeFileSync(builtinFile(scenariosDir, 'huge.json'), JSON.stringify({ ...good, id: 'huge', padding: 'x'.repeat(1024 * 1024) }));
    writeJson(builtinFile(scenariosDir, 'z-second-good.json'), { ...good, id: 'z-second-good' });

    const { problems, list } = await start(tempDir(), scenariosDir);
    const bySource = Object.fromEntries(problems.map((problem) => [problem.source, problem.problems]));

    expect(Object.keys(bySource).sort()).toEqual(['builtin/broken-schema.json', 'builtin/huge.json', 'builtin/not-json.json', 'builtin/unknown-court.json']);
    expect(bySource['builtin/broken-schema.json']).toEqual(
      expect.arrayContaining(['title: must not be empty', 'walkthrough[4].action.courtId: "nysd" is not one of this scenario\'s courts']),
    );
    expect(bySource['builtin/unknown-court.json']).toEqual(['courts[0]: "zzz" is not in the courts catalog']);
    expect(bySource['builtin/not-json.json']?.[0]).toMatch(/^\(top level\): is not valid JSON/);
    expect(bySource['builtin/huge.json']?.[0]).toMatch(/larger than the 1 MiB/);
    expect(list.map((summary) => summary.id)).toEqual([...builtinScenarioIds(), 'z-second-good'].sort());
  });

  test('says so when courts.json cannot be read, and loads what it can', async () => {
    const scenariosDir = scenariosCopy();
    writeFileSync(join(scenariosDir, 'courts.json'), JSON.stringify({ schemaVersion: 1, courts: [] }));
    const { problems, list } = await start(tempDir(), scenariosDir);
    expect(problems).toContainEqual({ source: 'courts.json', problems: ['courts: must list at least one court'] });
    expect(problems).toContainEqual({ source: `builtin/${ID}.json`, problems: ['courts[0]: "moeb" is not in the courts catalog'] });
    expect(list).toEqual([]);
  });

  test('answers not-found for a scenario or version that is not stored', async () => {
    const { backend } = await start(tempDir(), scenariosCopy());
    expect(failure(await backend.call('scenarios.get', { id: 'pacer-register-martian' }), 'not-found')).toBe(
      'There is no scenario "pacer-register-martian".',
    );
    expect(failure(await backend.call('scenarios.get', { id: ID, version: 9 }), 'not-found')).toMatch(/has no version 9 \(stored versions: 1\)/);
  });
});
