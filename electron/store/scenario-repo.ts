import type { Database } from 'better-sqlite3';

export type ScenarioSource = 'builtin' | 'imported';

/** One stored version of a scenario. `definition` is the resolved scenario as JSON text. */
export interface ScenarioRow {
  id: string;
  version: number;
  title: string;
  definition: string;
  contentHash: string;
  source: ScenarioSource;
  loadedAt: string;
  /** Hash of the built-in file this version was last loaded from unchanged (scenario-library.ts); null if none. */
  fileHash?: string | null;
}

interface Row {
  id: string;
  version: number;
  title: string;
  definition: string;
  content_hash: string;
  source: ScenarioSource;
  loaded_at: string;
  file_hash: string | null;
}

const toScenarioRow = (row: Row): ScenarioRow => ({
  id: row.id,
  version: row.version,
  title: row.title,
  definition: row.definition,
  contentHash: row.content_hash,
  source: row.source,
  loadedAt: row.loaded_at,
  fileHash: row.file_hash,
});

/** The scenario library: every version of every scenario, never overwritten. */
export function createScenarioRepo(db: Database) {
  const insert = db.prepare<[Row]>(
    `INSERT INTO scenarios (id, version, title, definition, content_hash, source, loaded_at, file_hash)
     VALUES (@id, @version, @title, @definition, @content_hash, @source, @loaded_at, @file_hash)`,
  );
  const find = db.prepare<[string, number], Row>('SELECT * FROM scenarios WHERE id = ? AND version = ?');
  const latest = db.prepare<[string], Row>('SELECT * FROM scenarios WHERE id = ? ORDER BY version DESC LIMIT 1');
  const listLatest = db.prepare<[], Row>(
    `SELECT * FROM scenarios AS s
     WHERE s.version = (SELECT MAX(version) FROM scenarios WHERE id = s.id)
     ORDER BY s.id`,
  );
  const versions = db.prepare<[string], { version: number }>('SELECT version FROM scenarios WHERE id = ? ORDER BY version');
  const stamp = db.prepare<[], { rows: number; last: number }>('SELECT COUNT(*) AS rows, COALESCE(MAX(rowid), 0) AS last FROM scenarios');
  const listAll = db.prepare<[], Row>('SELECT * FROM scenarios ORDER BY id, version');
  const restore = db.prepare<[string, string, string, number]>('UPDATE scenarios SET definition = ?, content_hash = ? WHERE id = ? AND version = ?');
  const noteFileHash = db.prepare<[string, string, number]>('UPDATE scenarios SET file_hash = ? WHERE id = ? AND version = ?');

  return {
    /** Adds a version; fails (constraint) if that id and version are stored already. */
    insert(scenario: ScenarioRow): void {
      insert.run({
        id: scenario.id,
        version: scenario.version,
        title: scenario.title,
        definition: scenario.definition,
        content_hash: scenario.contentHash,
        source: scenario.source,
        loaded_at: scenario.loadedAt,
        file_hash: scenario.fileHash ?? null,
      });
    },
    find(id: string, version: number): ScenarioRow | undefined {
      const row = find.get(id, version);
      return row && toScenarioRow(row);
    },
    latest(id: string): ScenarioRow | undefined {
      const row = latest.get(id);
      return row && toScenarioRow(row);
    },
    /** The newest version of each scenario, by id. */
    listLatest(): ScenarioRow[] {
      return listLatest.all().map(toScenarioRow);
    },
    versions(id: string): number[] {
      return versions.all(id).map((row) => row.version);
    },
    /** Every stored version of every scenario. */
    /** Changes whenever a version is added (none is ever removed): what was read from the library may be kept until then. */
    stamp(): string {
      const row = stamp.get();
      return `${row?.rows ?? 0}:${row?.last ?? 0}`;
    },
    listAll(): ScenarioRow[] {
      return listAll.all().map(toScenarioRow);
    },
    /**
     * Writes back a built-in version whose stored copy the data file damaged,
     * from the file that ships that same id and version (the only UPDATE of a definition).
     */
    restoreDamaged(id: string, version: number, contentHash: string, definition: string): boolean {
      return restore.run(definition, contentHash, id, version).changes === 1;
    },
    /** Notes the built-in file a version was just loaded from (its definition is not touched). */
    noteFileHash(id: string, version: number, fileHash: string): void {
      noteFileHash.run(fileHash, id, version);
    },
  };
}

export type ScenarioRepo = ReturnType<typeof createScenarioRepo>;
