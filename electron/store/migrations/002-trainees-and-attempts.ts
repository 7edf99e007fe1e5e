import type { Migration } from './types';

/**
 * Version 2: trainees, attempts and the attempt event log.
 *
 * An attempt is an append-only log: one attempt_events row per event,
 * written as it happens. State and score are derived from the log; the
 * score, pass flag and report stored on the attempt are the authoritative
 * replay made when it finished.
 */
export const migration002: Migration = {
  version: 2,
  name: 'trainees and attempts',
  up(db) {
    db.exec(`
      CREATE TABLE trainees (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        bar_number TEXT NOT NULL DEFAULT '',
        bar_state TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE attempts (
        id TEXT PRIMARY KEY,
        trainee_id TEXT REFERENCES trainees (id),
        scenario_id TEXT NOT NULL,
        scenario_version INTEGER NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('practice', 'assess', 'watch')),
        status TEXT NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress', 'finished', 'abandoned')),
        started_at TEXT NOT NULL,
        finished_at TEXT,
        score REAL,
        passed INTEGER CHECK (passed IN (0, 1)),
        report TEXT CHECK (report IS NULL OR json_valid(report)),
        FOREIGN KEY (scenario_id, scenario_version) REFERENCES scenarios (id, version)
      ) STRICT;

      CREATE INDEX attempts_by_scenario ON attempts (scenario_id, status, started_at);
      CREATE INDEX attempts_by_trainee ON attempts (trainee_id, started_at);

      CREATE TABLE attempt_events (
        attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq >= 0),
        type TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (attempt_id, seq)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
