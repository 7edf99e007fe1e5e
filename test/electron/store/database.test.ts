import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../../electron/store/database';
import { LATEST_SCHEMA_VERSION } from '../../../electron/store/migrations';
import { tempDir } from '../support/backend';

const clock = () => new Date('2024-03-01T09:30:15.250Z');
const KEPT_SUFFIX = '.unreadable-2024-03-01T09-30-15-250Z';

/** A database with one setting, closed, as an earlier run would leave it. */
function writeGoodDatabase(file: string): void {
  const { db } = openDatabase(file);
  db.prepare("INSERT INTO settings (key, value) VALUES ('organisation', 'Clerk''s Office, E.D. Mo.')").run();
  db.close();
}

function expectFreshDatabase(file: string): void {
  const db = new BetterSqlite3(file, { readonly: true });
  expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  expect(db.prepare('SELECT COUNT(*) AS n FROM settings').get()).toEqual({ n: 0 });
  db.close();
}

describe('openDatabase', () => {
  test('creates a new database with the latest schema, WAL, full sync and foreign keys', () => {
    const file = join(tempDir(), 'trainer.db');
    const { db, notice } = openDatabase(file);
    expect(notice).toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    db.close();
  });

  test('opens an in-memory database for tests', () => {
    const { db, notice } = openDatabase(':memory:');
    expect(notice).toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  test('reopens its own database with the data in it and no notice', () => {
    const file = join(tempDir(), 'trainer.db');
    writeGoodDatabase(file);
    const { db, notice } = openDatabase(file, { now: clock });
    expect(notice).toBeNull();
    expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: "Clerk's Office, E.D. Mo." });
    db.close();
  });

  test('treats an empty file as a new database', () => {
    const file = join(tempDir(), 'trainer.db');
    writeFileSync(file, '');
    const { db, notice } = openDatabase(file);
    expect(notice).toBeNull();
    db.close();
  });

  test('keeps a file that is not SQLite aside, untouched, and starts fresh with a notice', () => {
    const dir = tempDir();
    const file = join(dir, 'trainer.db');
    writeFileSync(file, 'Notes from the CLE session: bring the sign-in sheet.');
    const { db, notice } = openDatabase(file, { now: clock });
    db.close();

    expect(readFileSync(file + KEPT_SUFFIX, 'utf8')).toBe('Notes from the CLE session: bring the sign-in sheet.');
    expect(notice).toContain('not a SQLite database');
    expect(notice).toContain(file + KEPT_SUFFIX);
    expect(notice).toMatch(/not changed or deleted/);
    expectFreshDatabase(file);
  });

  test('keeps a damaged database aside, bytes unchanged, and starts fresh with a notice', () => {
    const dir = tempDir();
    const file = join(dir, 'trainer.db');
    writeGoodDatabase(file);
    const bytes = readFileSync(file);
    // Keep the 100-byte header, scramble the rest of the first pages (the schema and tables).
    for (let i = 100; i < Math.min(bytes.length, 3 * 4096); i += 1) bytes[i] = (i * 7919) % 251;
    writeFileSync(file, bytes);

    const { db, notice } = openDatabase(file, { now: clock });
    db.close();
    expect(notice).toMatch(/damaged/);
    expect(notice).toContain(file + KEPT_SUFFIX);
    expect(readFileSync(file + KEPT_SUFFIX).equals(bytes)).toBe(true);
    expectFreshDatabase(file);
  });

  test('keeps a truncated database aside as damaged', () => {
    const dir = tempDir();
    const file = join(dir, 'trainer.db');
    const { db: full } = openDatabase(file);
    const insert = full.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    for (let i = 0; i < 500; i += 1) insert.run(`key-${i}`, 'x'.repeat(200));
    full.close();
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));

    const { db, notice } = openDatabase(file, { now: clock });
    db.close();
    expect(notice).toMatch(/damaged/);
    expectFreshDatabase(file);
  });

  test('keeps a database from a newer version of the app aside without changing a byte', () => {
    const dir = tempDir();
    const file = join(dir, 'trainer.db');
    writeGoodDatabase(file);
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = readFileSync(file);

    const { db, notice } = openDatabase(file, { now: clock });
    db.close();
    expect(notice).toMatch(/newer version of NextGen Trainer/);
    expect(notice).toContain(file + KEPT_SUFFIX);
    expect(readFileSync(file + KEPT_SUFFIX).equals(before)).toBe(true);
    expectFreshDatabase(file);
  });

  test('moves the -wal and -shm files with the file they belong to', () => {
    const dir = tempDir();
    const file = join(dir, 'trainer.db');
    writeFileSync(file, 'not a database');
    writeFileSync(`${file}-wal`, 'wal bytes');
    writeFileSync(`${file}-shm`, 'shm bytes');
    openDatabase(file, { now: clock }).db.close();
    expect(readFileSync(`${file}${KEPT_SUFFIX}-wal`, 'utf8')).toBe('wal bytes');
    expect(readFileSync(`${file}${KEPT_SUFFIX}-shm`, 'utf8')).toBe('shm bytes');
  });

  test('never overwrites an earlier kept file, even at the same moment', () => {
    const dir = tempDir();
    const file = join(dir, 'trainer.db');
    writeFileSync(file, 'first unreadable file');
    openDatabase(file, { now: clock }).db.close();
    writeFileSync(file, 'second unreadable file');
    const { db, notice } = openDatabase(file, { now: clock });
    db.close();

    const kept = readdirSync(dir).filter((name) => name.includes('.unreadable-') && !/-(wal|shm)$/.test(name));
    expect(kept).toHaveLength(2);
    expect(kept.map((name) => readFileSync(join(dir, name), 'utf8')).sort()).toEqual(['first unreadable file', 'second unreadable file']);
    expect(notice).toContain(`${file}${KEPT_SUFFIX}-2`);
    expect(existsSync(file)).toBe(true);
  });
});
