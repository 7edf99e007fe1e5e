import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../../electron/store/database';
import { APPLICATION_ID } from '../../../electron/store/database-inspection';
import { migrate } from '../../../electron/store/migrations';
import { tempDir } from '../support/backend';

const clock = () => new Date('2024-03-01T09:30:15.250Z');
const KEPT_SUFFIX = '.unreadable-2024-03-01T09-30-15-250Z';

/** Another program's SQLite file, written the way that program would (rollback journal, its own tables). */
function foreignDatabase(file: string, build: (db: BetterSqlite3.Database) => void): Buffer {
  const db = new BetterSqlite3(file);
  build(db);
  db.close();
  return readFileSync(file);
}

const applicationIdOf = (file: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.pragma('application_id', { simple: true });
  } finally {
    db.close();
  }
};

describe("another program's SQLite file named trainer.db", () => {
  test.each([
    ['a scenarios table of its own', (db: BetterSqlite3.Database) => db.exec("CREATE TABLE scenarios (name TEXT); INSERT INTO scenarios VALUES ('mock trial')")],
    ['other tables', (db: BetterSqlite3.Database) => db.exec("CREATE TABLE invoices (n INTEGER); INSERT INTO invoices VALUES (1)")],
    ['its own application id', (db: BetterSqlite3.Database) => db.exec('PRAGMA application_id = 1234; CREATE TABLE settings (key TEXT)')],
    ['our table names but schema version 0', (db: BetterSqlite3.Database) => db.exec('CREATE TABLE scenarios (id TEXT); CREATE TABLE settings (key TEXT)')],
  ])('with %s is set aside unchanged and a fresh one started', (_kind, build) => {
    const file = join(tempDir(), 'trainer.db');
    const before = foreignDatabase(file, build);
    const { db, notice } = openDatabase(file, { now: clock });
    db.close();
    expect(notice).toMatch(/another program/);
    expect(notice).toContain(file + KEPT_SUFFIX);
    expect(readFileSync(file + KEPT_SUFFIX).equals(before)).toBe(true);
    expect(applicationIdOf(file)).toBe(APPLICATION_ID);
  });
});

describe('our own files', () => {
  test('a new data file carries the trainer application id', () => {
    const file = join(tempDir(), 'trainer.db');
    openDatabase(file).db.close();
    expect(applicationIdOf(file)).toBe(APPLICATION_ID);
  });

  test.each([1, 2, 3])('one written before the id existed (schema %i) is recognised by its tables, kept, and stamped', (version) => {
    const file = join(tempDir(), 'trainer.db');
    const old = new BetterSqlite3(file);
    migrate(old, version);
    old.prepare("INSERT INTO settings (key, value) VALUES ('organisation', 'Clerk''s Office')").run();
    old.close();
    expect(applicationIdOf(file)).toBe(0);

    const { db, notice } = openDatabase(file, { now: clock });
    expect(notice).toBeNull();
    expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: "Clerk's Office" });
    db.close();
    expect(applicationIdOf(file)).toBe(APPLICATION_ID);
  });
});
