import { existsSync, renameSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { APPLICATION_ID, DataFileNotWritableError, NOT_WRITABLE, unusableReason } from './database-inspection';

export { DataFileNotWritableError } from './database-inspection';
import { migrate, schemaVersion } from './migrations';

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

const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (or creates) the trainer's database and brings its schema up to date.
 *
 * A file that is not SQLite, is damaged, belongs to another program, or was
 * written by a newer version of the app is never overwritten: it is renamed aside (with its -wal and
 * -shm files) to `<name>.unreadable-<timestamp>`, a fresh database is
 * started at the original path, and `notice` says what happened and where
 * the old file is. A data file this user cannot write is refused with
 * DataFileNotWritableError, unchanged.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const settings: BetterSqlite3.Options = { timeout: BUSY_TIMEOUT_MS };
  if (options.nativeBinding) settings.nativeBinding = options.nativeBinding;
  if (file === ':memory:') return { db: prepare(new BetterSqlite3(':memory:', settings), file), notice: null };

  const problem = unusableReason(file, settings);
  if (problem === null) return { db: prepare(connect(file, settings), file), notice: null };

  const keptAs = setAside(file, (options.now ?? (() => new Date()))());
  const db = prepare(connect(file, settings), file);
  const notice =
    `The trainer's data file ${file} could not be used (${problem}). ` +
    `It was not changed or deleted: it was kept as ${keptAs}. ` +
    'A new, empty data file was started in its place; scenarios, trainees and attempts recorded in the old file are not in it.';
  return { db, notice };
}

function connect(file: string, settings: BetterSqlite3.Options): Database {
  try {
    return new BetterSqlite3(file, settings);
  } catch (error) {
    if (NOT_WRITABLE.test(String((error as { code?: unknown }).code ?? ''))) throw new DataFileNotWritableError(file, error);
    throw error;
  }
}

/**
 * SQLite opens a write-protected file read-only without a word and fails only
 * at the first write; write the header's own value back once, so that the
 * trainer finds out at start and not when a trainee's work is at stake.
 */
function ensureWritable(db: Database, file: string): void {
  try {
    db.transaction(() => db.pragma(`user_version = ${schemaVersion(db)}`)).immediate();
  } catch (error) {
    if (NOT_WRITABLE.test(String((error as { code?: unknown }).code ?? ''))) throw new DataFileNotWritableError(file, error);
    throw error;
  }
}

function prepare(db: Database, file: string): Database {
  try {
    ensureWritable(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Stamped before migrating: a file of schema 4 or later always carries the id (database-inspection.ts).
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
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
