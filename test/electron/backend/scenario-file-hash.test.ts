import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import * as load from '../../../shared/scenario/load';
import type { ResolvedScenario } from '../../../shared/scenario/schema';
import { builtinScenarioIds } from '../../support/scenarios';
import { openBackend, scenariosCopy, tempDir, unwrap } from '../support/backend';

// Counts how many built-in files each start reads through the scenario schema.
vi.mock('../../../shared/scenario/load', async (importOriginal) => {
  const original = await importOriginal<typeof load>();
  return { ...original, parseScenario: vi.fn(original.parseScenario) };
});
const parseScenario = vi.mocked(load.parseScenario);
beforeEach(() => parseScenario.mockClear());

const ID = 'cmecf-link-bankruptcy';
const builtinFile = (scenariosDir: string) => join(scenariosDir, 'builtin', `${ID}.json`);

/** Starts the backend on this data, returns the problems it reports and how many files it checked, and closes it. */
async function start(dataDir: string, scenariosDir: string, version = '0.0.0-test') {
  parseScenario.mockClear();
  const backend = openBackend({ dataDir, scenariosDir, version });
  const info = unwrap<{ scenarioProblems: { source: string; problems: string[] }[] }>(await backend.call('app.info', {}));
  const checked = parseScenario.mock.calls.length;
  const title = unwrap<ResolvedScenario>(await backend.call('scenarios.get', { id: ID })).title;
  backend.close();
  return { problems: info.scenarioProblems, checked, title };
}

function editStoredDefinition(dataDir: string, edit: (definition: string) => string) {
  const db = new BetterSqlite3(join(dataDir, 'trainer.db'));
  try {
    const row = db.prepare('SELECT definition FROM scenarios WHERE id = ? AND version = 1').get(ID) as { definition: string };
    db.prepare('UPDATE scenarios SET definition = ? WHERE id = ? AND version = 1').run(edit(row.definition), ID);
  } finally {
    db.close();
  }
}

describe('a built-in file unchanged since the last start', () => {
  test('is checked on the first start only, and every version is still there', async () => {
    const dataDir = tempDir();
    const scenariosDir = scenariosCopy();
    const files = builtinScenarioIds().length;
    expect((await start(dataDir, scenariosDir)).checked).toBe(files);
    const second = await start(dataDir, scenariosDir);
    expect(second).toMatchObject({ problems: [], checked: 0 });
    expect(second.title).toBe('Link your CM/ECF account at a NextGen bankruptcy court');
  });

  test('is checked again when it, courts.json or the app release changes', async () => {
    const dataDir = tempDir();
    const scenariosDir = scenariosCopy();
    await start(dataDir, scenariosDir);

    // Reformatted, same content: checked once, found the same, then skipped again.
    const file = builtinFile(scenariosDir);
    writeFileSync(file, `${JSON.stringify(JSON.parse(readFileSync(file, 'utf8')))}\n`);
    expect(await start(dataDir, scenariosDir)).toMatchObject({ problems: [], checked: 1 });
    expect((await start(dataDir, scenariosDir)).checked).toBe(0);

    const courts = join(scenariosDir, 'courts.json');
    writeFileSync(courts, `${readFileSync(courts, 'utf8')}\n`);
    expect((await start(dataDir, scenariosDir)).checked).toBe(builtinScenarioIds().length);
    expect((await start(dataDir, scenariosDir, '9.9.9')).checked).toBe(builtinScenarioIds().length);
    expect((await start(dataDir, scenariosDir, '9.9.9')).checked).toBe(0);
  });

  test('changed without a version bump is reported at every start, not only the first', async () => {
    const dataDir = tempDir();
    const scenariosDir = scenariosCopy();
    await start(dataDir, scenariosDir);
    const file = builtinFile(scenariosDir);
    writeFileSync(file, JSON.stringify({ ...(JSON.parse(readFileSync(file, 'utf8')) as object), title: 'A quietly edited title' }));
    for (let run = 0; run < 2; run += 1) {
      const { problems, title } = await start(dataDir, scenariosDir);
      expect(problems).toEqual([{ source: `builtin/${ID}.json`, problems: [expect.stringContaining('changed without a version bump')] }]);
      expect(title).toBe('Link your CM/ECF account at a NextGen bankruptcy court');
    }
  });

  test('restores a stored copy the data file damaged since, as before', async () => {
    const dataDir = tempDir();
    const scenariosDir = scenariosCopy();
    await start(dataDir, scenariosDir);
    await start(dataDir, scenariosDir);
    editStoredDefinition(dataDir, (definition) => definition.replace('Link your CM/ECF account', 'Link your CM/ECF accouXt'));

    const restored = await start(dataDir, scenariosDir);
    expect(restored.problems).toEqual([{ source: `builtin/${ID}.json`, problems: [expect.stringContaining('was damaged; it was restored')] }]);
    expect(restored).toMatchObject({ checked: 1, title: 'Link your CM/ECF account at a NextGen bankruptcy court' });
    expect(await start(dataDir, scenariosDir)).toMatchObject({ problems: [], checked: 0 });
  });
});
