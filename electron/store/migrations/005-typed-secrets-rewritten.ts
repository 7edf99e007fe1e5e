import type { Database } from 'better-sqlite3';
import { eventRecord } from '../../../shared/model/stored-events';
import { toStoredEvents, type EventRow } from '../attempt-repo';
import type { Migration } from './types';

/**
 * Version 5: attempts recorded before typed secrets were kept safely (record
 * format 1: a password as one quick SHA-256 with its length and kinds of
 * character, card and account stand-ins with digits derived from the typed
 * ones) are rewritten in the current format, so that the data file holds
 * nothing a word list or a card enumeration could use. Reading already
 * upgrades such rows (stored-events.ts); this writes the upgrade back, so
 * every attempt replays exactly as before. An attempt whose rows cannot be
 * read is left as it is: it was unreadable before, and stays for inspection.
 */
export const migration005: Migration = {
  version: 5,
  name: 'typed secrets rewritten',
  up(db) {
    rewriteFormatOneEvents(db);
  },
};

export function rewriteFormatOneEvents(db: Database): number {
  const attempts = db
    .prepare<[], { attempt_id: string }>(`SELECT DISTINCT attempt_id FROM attempt_events WHERE json_extract(payload, '$.v') IS NULL`)
    .all();
  const rowsOf = db.prepare<[string], EventRow>('SELECT seq, type, payload, recorded_at FROM attempt_events WHERE attempt_id = ? ORDER BY seq');
  const rewrite = db.prepare<[string, string, number]>('UPDATE attempt_events SET payload = ? WHERE attempt_id = ? AND seq = ?');
  let rewritten = 0;
  for (const { attempt_id: attemptId } of attempts) {
    let events;
    try {
      events = toStoredEvents(attemptId, rowsOf.all(attemptId));
    } catch {
      continue;
    }
    for (const stored of events) {
      rewrite.run(eventRecord(stored.event), attemptId, stored.seq);
      rewritten += 1;
    }
  }
  return rewritten;
}
