import type { Database } from 'better-sqlite3';

/** One schema step: `up` turns a database at `version - 1` into one at `version`. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
