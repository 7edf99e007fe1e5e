import type { Migration } from './types';

/**
 * Version 1: the scenario library and the settings.
 *
 * Every version of a scenario is kept (primary key id + version), so an
 * attempt always refers to the exact scenario it was played on. The
 * definition is the resolved scenario as JSON (its courts written out).
 */
export const migration001: Migration = {
  version: 1,
  name: 'scenarios and settings',
  up(db) {
    db.exec(`
      CREATE TABLE scenarios (
        id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        title TEXT NOT NULL,
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        content_hash TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('builtin', 'imported')),
        loaded_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
