import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS, NewerDatabaseError, schemaVersion, type Migration } from '../../../electron/store/migrations';

const open: Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function emptyDatabase(): Database {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  open.push(db);
  return db;
}

const tables = (db: Database) =>
  (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);

const columns = (db: Database, table: string) => (db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name);

const scenarioRow = (version: number) => ({
  id: 'cmecf-link-bankruptcy',
  version,
  title: `Link your CM/ECF account (v${version})`,
  definition: JSON.stringify({ id: 'cmecf-link-bankruptcy', version }),
  content_hash: `hash-${version}`,
  source: 'builtin',
  loaded_at: '2024-03-01T09:00:00.000Z',
});

function insertScenario(db: Database, version: number): void {
  db.prepare(
    `INSERT INTO scenarios (id, version, title, definition, content_hash, source, loaded_at)
     VALUES (@id, @version, @title, @definition, @content_hash, @source, @loaded_at)`,
  ).run(scenarioRow(version));
}

describe('migrations', () => {
  test('are numbered 1, 2, ... in order, one per schema version', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(5);
  });

  test('take an empty database to the latest version', () => {
    const db = emptyDatabase();
    expect(migrate(db)).toEqual([1, 2, 3, 4, 5]);
    expect(schemaVersion(db)).toBe(5);
    expect(tables(db)).toEqual(['attempt_events', 'attempts', 'certificates', 'scenarios', 'settings', 'trainees']);
    expect(migrate(db)).toEqual([]); // a second run has nothing to do
  });

  test('001 creates the scenario library (every version kept) and the settings', () => {
    const db = emptyDatabase();
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['scenarios', 'settings']);
    expect(columns(db, 'scenarios')).toEqual(['id', 'version', 'title', 'definition', 'content_hash', 'source', 'loaded_at']);
    insertScenario(db, 1);
    insertScenario(db, 2);
    expect(() => insertScenario(db, 2)).toThrow(/UNIQUE constraint failed/);
    expect(() => db.prepare("UPDATE scenarios SET source = 'downloaded'").run()).toThrow(/CHECK constraint failed/);
  });

  test('002 keeps the scenarios and settings of a version-1 database and adds trainees and attempts', () => {
    const db = emptyDatabase();
    migrate(db, 1);
    insertScenario(db, 1);
    db.prepare("INSERT INTO settings (key, value) VALUES ('organisation', 'Clerk''s Office')").run();

    expect(migrate(db, 2)).toEqual([2]);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT id, version, title FROM scenarios').all()).toEqual([
      { id: 'cmecf-link-bankruptcy', version: 1, title: 'Link your CM/ECF account (v1)' },
    ]);
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').get('organisation')).toEqual({ value: "Clerk's Office" });

    // The new tables work with the old data: an attempt points at the stored scenario version.
    db.prepare(
      `INSERT INTO attempts (id, scenario_id, scenario_version, mode, started_at)
       VALUES ('a1', 'cmecf-link-bankruptcy', 1, 'practice', '2024-03-01T09:00:00.000Z')`,
    ).run();
    db.prepare(
      `INSERT INTO attempt_events (attempt_id, seq, type, payload, recorded_at)
       VALUES ('a1', 0, 'browser/reloaded', '{}', '2024-03-01T09:00:01.000Z')`,
    ).run();
    expect(columns(db, 'attempt_events')).toEqual(['attempt_id', 'seq', 'type', 'payload', 'recorded_at']);
  });

  test('003 keeps the attempts of a version-2 database and adds the certificate register', () => {
    const db = emptyDatabase();
    migrate(db, 2);
    insertScenario(db, 1);
    db.prepare(
      `INSERT INTO attempts (id, scenario_id, scenario_version, mode, started_at)
       VALUES ('a1', 'cmecf-link-bankruptcy', 1, 'assess', '2024-03-01T09:00:00.000Z')`,
    ).run();

    expect(migrate(db, 3)).toEqual([3]);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT id, mode FROM attempts').all()).toEqual([{ id: 'a1', mode: 'assess' }]);
    expect(columns(db, 'certificates')).toEqual([
      'code', 'kind', 'attempt_id', 'course_id', 'course_title', 'credit_hours', 'attempt_ids', 'scenario_titles',
      'trainee_name', 'bar_number', 'bar_state', 'score', 'time_spent_seconds', 'finished_at', 'provider', 'issued_at',
    ]);
    const insert = (code: string, kind: string, attemptId: string | null, courseId: string | null, courseTitle: string | null, attemptIds = '["a1"]') =>
      db
        .prepare(
          `INSERT INTO certificates (code, kind, attempt_id, course_id, course_title, credit_hours, attempt_ids, scenario_titles,
             trainee_name, bar_number, bar_state, score, time_spent_seconds, finished_at, provider, issued_at)
           VALUES (?, ?, ?, ?, ?, NULL, ?, '["Link"]', 'Dana Whitfield', '', '', 95, 600, '2024-03-01', 'NextGen Trainer', '2024-03-01')`,
        )
        .run(code, kind, attemptId, courseId, courseTitle, attemptIds);
    // A scenario certificate names its attempt; a course certificate its course and the attempts counted.
    insert('NGT-AAAA-BBBB-CCCC', 'scenario', 'a1', null, null);
    insert('NGT-AAAA-BBBB-DDDD', 'course', null, 'nextgen-account-linking', 'NextGen CM/ECF account linking');
    expect(() => insert('NGT-DDDD-EEEE-FFFF', 'scenario', 'nobody', null, null)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => insert('NGT-DDDD-EEEE-GGGG', 'scenario', null, null, null)).toThrow(/CHECK constraint failed/);
    expect(() => insert('NGT-DDDD-EEEE-HHHH', 'course', null, null, 'A course')).toThrow(/CHECK constraint failed/);
    expect(() => insert('NGT-DDDD-EEEE-JJJJ', 'diploma', 'a1', null, null)).toThrow(/CHECK constraint failed/);
    expect(() => insert('NGT-DDDD-EEEE-KKKK', 'course', null, 'c', 'C', 'a1')).toThrow(/malformed JSON|CHECK constraint failed/);
  });

  test('004 keeps the stored scenarios of a version-3 database and adds an empty file hash beside each', () => {
    const db = emptyDatabase();
    migrate(db, 3);
    insertScenario(db, 1);
    expect(migrate(db, 4)).toEqual([4]);
    expect(columns(db, 'scenarios')).toEqual(['id', 'version', 'title', 'definition', 'content_hash', 'source', 'loaded_at', 'file_hash']);
    expect(db.prepare('SELECT id, version, content_hash, file_hash FROM scenarios').all()).toEqual([
      { id: 'cmecf-link-bankruptcy', version: 1, content_hash: 'hash-1', file_hash: null },
    ]);
  });

  test('002 refuses an attempt on a scenario version that is not stored, or an event of no attempt', () => {
    const db = emptyDatabase();
    migrate(db);
    expect(() =>
      db
        .prepare(
          `INSERT INTO attempts (id, scenario_id, scenario_version, mode, started_at)
           VALUES ('a1', 'cmecf-link-bankruptcy', 7, 'practice', '2024-03-01T09:00:00.000Z')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO attempt_events (attempt_id, seq, type, payload, recorded_at)
           VALUES ('nobody', 0, 'browser/reloaded', '{}', '2024-03-01T09:00:01.000Z')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
  });

  test('refuse a database from a newer version and leave it as it was', () => {
    const db = emptyDatabase();
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(NewerDatabaseError);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(tables(db)).toEqual([]);
  });

  test('apply all pending steps in one transaction: a failing step leaves the database as it was', () => {
    const db = emptyDatabase();
    const failing: Migration = {
      version: 2,
      name: 'broken',
      up() {
        throw new Error('disk full');
      },
    };
    expect(() => migrate(db, 2, [MIGRATIONS[0]!, failing])).toThrow('disk full');
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });
});
