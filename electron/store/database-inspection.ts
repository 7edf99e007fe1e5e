import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, schemaVersion } from './migrations';

/**
 * Marks a SQLite file as NextGen Trainer's ("NGTR" in the header's
 * application_id), so that another program's file of the same name is
 * never taken for ours and changed.
 */
export const APPLICATION_ID = 0x4e475452;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * The tables each schema version before the application id had: how such a file is recognised.
 * From version 4 on, a file is stamped before it is migrated, so it always carries the id.
 */
const TABLES_BY_VERSION: readonly (readonly string[])[] = [
  [],
  ['scenarios', 'settings'],
  ['scenarios', 'settings', 'trainees', 'attempts', 'attempt_events'],
  ['scenarios', 'settings', 'trainees', 'attempts', 'attempt_events', 'certificates'],
];

/** The trainer cannot write its data file: it refuses to start rather than lose what a trainee does. */
export class DataFileNotWritableError extends Error {
  constructor(file: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `The trainer's data file ${file} cannot be written by this user (${reason}), so nothing done in the trainer could be recorded. ` +
        'Nothing was changed. Make the file and its folder writable for this user, or start the trainer with another data folder ' +
        '(npm run serve -- --data DIR, or TRAINER_USER_DATA=DIR for the desktop app).',
    );
    this.name = 'DataFileNotWritableError';
  }
}

export const NOT_WRITABLE = /^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/;

/** Why an existing file cannot be opened as our database, or null if it can (or does not exist yet). */
export function unusableReason(file: string, settings: BetterSqlite3.Options): string | null {
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
      if (NOT_WRITABLE.test(code)) throw new DataFileNotWritableError(file, error);
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
    return foreignReason(db);
  } finally {
    db.close();
  }
}

/** Why a readable SQLite database is not one of ours (or one we must not touch), or null. */
export function foreignReason(db: Database): string | null {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = schemaVersion(db);
  if (applicationId !== APPLICATION_ID && applicationId !== 0) {
    return `it belongs to another program (its application id is 0x${(applicationId >>> 0).toString(16)})`;
  }
  const tables = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all()
      .map((row) => row.name),
  );
  if (applicationId === 0) {
    // Before the id was stamped, our files were told apart by their schema version and tables.
    if (version === 0 && tables.size === 0) return null;
    const expected = TABLES_BY_VERSION[version];
    const ours = expected !== undefined && version > 0 && expected.every((name) => tables.has(name));
    if (!ours) return "it is another program's SQLite database, not NextGen Trainer's";
  }
  if (version > LATEST_SCHEMA_VERSION) {
    return `it was written by a newer version of NextGen Trainer (data format ${version}; this version reads up to ${LATEST_SCHEMA_VERSION})`;
  }
  return null;
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
