import type { Migration } from './types';

/**
 * Version 3: the register of issued CLE certificates, of both kinds: a
 * scenario certificate (one passed assessment, `attempt_id`) and a course
 * certificate (a passed assessment of every scenario of a course,
 * `course_id`).
 *
 * A certificate states facts as they were when it was issued (the trainee's
 * name and bar number, the titles, the provider). Keeping them here means a
 * later edit of the profile, of a course or of the provider setting does
 * not invalidate it; the code is still recomputed from these facts, the
 * attempts counted (`attempt_ids`, a JSON array) and the installation
 * secret at every check, so an altered row or an altered code is rejected.
 * `scenario_titles` is a JSON array of the titles as printed.
 */
export const migration003: Migration = {
  version: 3,
  name: 'certificates',
  up(db) {
    db.exec(`
      CREATE TABLE certificates (
        code TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('scenario', 'course')),
        attempt_id TEXT REFERENCES attempts (id),
        course_id TEXT,
        course_title TEXT,
        credit_hours REAL,
        attempt_ids TEXT NOT NULL CHECK (json_valid(attempt_ids) AND json_type(attempt_ids) = 'array'),
        scenario_titles TEXT NOT NULL CHECK (json_valid(scenario_titles) AND json_type(scenario_titles) = 'array'),
        trainee_name TEXT NOT NULL,
        bar_number TEXT NOT NULL,
        bar_state TEXT NOT NULL,
        score INTEGER NOT NULL,
        time_spent_seconds INTEGER NOT NULL,
        finished_at TEXT NOT NULL,
        provider TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        CHECK (
          (kind = 'scenario' AND attempt_id IS NOT NULL AND course_id IS NULL AND course_title IS NULL)
          OR (kind = 'course' AND attempt_id IS NULL AND course_id IS NOT NULL AND course_title IS NOT NULL)
        )
      ) STRICT;
      CREATE INDEX certificates_by_attempt ON certificates (attempt_id);
    `);
  },
};
