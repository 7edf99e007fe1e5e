import type { Database } from 'better-sqlite3';
import { migration001 } from './001-scenarios-and-settings';
import { migration002 } from './002-trainees-and-attempts';
import { migration003 } from './003-certificates';
import { migration004 } from './004-scenario-file-hash';
import { migration005 } from './005-typed-secrets-rewritten';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every schema step, in order. Add a numbered file per new version; never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** The database was written by a newer version of the app; this one must not touch it. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`the database has schema version ${found}, newer than this version of NextGen Trainer knows (${known})`);
    this.name = 'NewerDatabaseError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to `target` (the latest by default): applies every
 * pending step and the new user_version in one transaction, so a failure
 * leaves the database exactly as it was. Refuses a database newer than the
 * steps it knows. Returns the versions applied.
 */
export function migrate(db: Database, target = LATEST_SCHEMA_VERSION, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const known = migrations.length;
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`migration "${migration.name}" is numbered ${migration.version}, expected ${index + 1}`);
  });
  if (target > known) throw new Error(`no migration to schema version ${target} (latest is ${known})`);
  const current = schemaVersion(db);
  if (current > known) throw new NewerDatabaseError(current, known);
  const pending = migrations.filter((migration) => migration.version > current && migration.version <= target);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return pending.map((migration) => migration.version);
}
