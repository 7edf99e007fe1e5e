import { closeSync, existsSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations';

export type { Database } from 'better-sqlite3';

export interface OpenDatabaseOptions {
  /** Clock for the timestamp in the name of a file kept aside; the real clock by default. */
  now?: () => Date;
  /** Path of a better-sqlite3 binding built for this runtime's ABI (Electron); node_modules' build by default. */
  nativeBinding?: string | undefined;
}

export interface OpenedDatabase {
  db: Database;
  /** Plain words for the user when the old file could not be used and was kept aside; otherwise null. */
  notice: string | null;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (or creates) the trainer's database and brings its schema up to date.
 *
 * A file that is not SQLite, is damaged, or was written by a newer version
 * of the app is never overwritten: it is renamed aside (with its -wal and
 * -shm files) to `<name>.unreadable-<timestamp>`, a fresh database is
 * started at the original path, and `notice` says what happened and where
 * the old file is.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const settings: BetterSqlite3.Options = { timeout: BUSY_TIMEOUT_MS };
  if (options.nativeBinding) settings.nativeBinding = options.nativeBinding;
  if (file === ':memory:') return { db: prepare(new BetterSqlite3(':memory:', settings)), notice: null };

  const problem = unusableReason(file, settings);
  if (problem === null) return { db: prepare(new BetterSqlite3(file, settings)), notice: null };

  const keptAs = setAside(file, (options.now ?? (() => new Date()))());
  const db = prepare(new BetterSqlite3(file, settings));
  const notice =
    `The trainer's data file ${file} could not be used (${problem}). ` +
    `It was not changed or deleted: it was kept as ${keptAs}. ` +
    'A new, empty data file was started in its place; scenarios, trainees and attempts recorded in the old file are not in it.';
  return { db, notice };
}

function prepare(db: Database): Database {
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Why an existing file cannot be opened as our database, or null if it can (or does not exist yet). */
function unusableReason(file: string, settings: BetterSqlite3.Options): string | null {
  if (!existsSync(file)) return null;
  if (statSync(file).size === 0) return null; // SQLite treats an empty file as a new database.
  if (!startsWithSqliteHeader(file)) return 'it is not a SQLite database';

  // Look read-only first, so that a file we may not own is not even checkpointed; a file
  // left by a crash may need a writable connection to recover its log before it can be read.
  for (const readonly of [true, false]) {
    try {
      return inspect(file, { ...settings, readonly, fileMustExist: true });
    } catch (error) {
      const code = String((error as { code?: unknown }).code ?? '');
      if (/^SQLITE_(CORRUPT|NOTADB|FORMAT)/.test(code)) {
        return `the database is damaged: ${error instanceof Error ? error.message : code}`;
      }
      if (readonly && /^SQLITE_(READONLY|CANTOPEN)/.test(code)) continue;
      throw error; // busy, locked, no permission, disk error: not the file's fault, so it stays where it is
    }
  }
  return null;
}

function inspect(file: string, settings: BetterSqlite3.Options): string | null {
  const db = new BetterSqlite3(file, settings);
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return `the database is damaged: ${String(check)}`;
    const version = schemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) {
      return `it was written by a newer version of NextGen Trainer (data format ${version}; this version reads up to ${LATEST_SCHEMA_VERSION})`;
    }
    return null;
  } finally {
    db.close();
  }
}

function startsWithSqliteHeader(file: string): boolean {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    const read = readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

/** Renames the file and its -wal / -shm companions aside, and returns the new name of the main file. */
function setAside(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = `${file}.unreadable-${stamp}`;
  for (let n = 2; [target, `${target}-wal`, `${target}-shm`].some((name) => existsSync(name)); n += 1) {
    target = `${file}.unreadable-${stamp}-${n}`;
  }
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  renameSync(file, target);
  return target;
}
