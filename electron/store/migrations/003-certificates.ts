import type { Migration } from './types';

/**
 * Version 3: the register of issued CLE certificates.
 *
 * A certificate states facts as they were when it was issued (the trainee's
 * name and bar number, the provider). Keeping them here means a later edit
 * of the profile or of the provider setting does not invalidate it; the
 * code is still recomputed from these facts and the installation secret at
 * every check, so an altered row or an altered code is rejected.
 */
export const migration003: Migration = {
  version: 3,
  name: 'certificates',
  up(db) {
    db.exec(`
      CREATE TABLE certificates (
        code TEXT PRIMARY KEY,
        attempt_id TEXT NOT NULL REFERENCES attempts (id),
        trainee_name TEXT NOT NULL,
        bar_number TEXT NOT NULL,
        bar_state TEXT NOT NULL,
        scenario_title TEXT NOT NULL,
        score INTEGER NOT NULL,
        finished_at TEXT NOT NULL,
        provider TEXT NOT NULL,
        issued_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX certificates_by_attempt ON certificates (attempt_id);
    `);
  },
};
