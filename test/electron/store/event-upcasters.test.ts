import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewerRecordError, type Upcaster } from '../../../shared/model/record-versions';
import { EVENT_RECORD_FORMAT, EVENT_UPCASTERS, type EventContext, type EventRecord } from '../../../shared/model/stored-events';
import { StoredDataError, toStoredEvents } from '../../../electron/store/attempt-repo';
import { expectedReport, readGolden, replayFixture } from '../../support/golden';

/**
 * A deliberate rename, as a later version might make one: suppose the link
 * confirmation was once stored as "cmecf/link-accepted" with its court under
 * "court", and renamed at record format 3. Attempts stored before the rename
 * keep the old shape for ever; the step below, added to the chain with the
 * rename, is all it takes for them to replay exactly as before.
 */
const renameLinkAccepted: Upcaster<EventRecord, EventContext> = {
  from: 2,
  change: '"cmecf/link-accepted" renamed "cmecf/link-confirmed", its "court" renamed "courtId"',
  up: ({ type, payload }) => {
    if (type !== 'cmecf/link-accepted') return { type, payload };
    const { court, ...rest } = payload;
    return { type: 'cmecf/link-confirmed', payload: { ...rest, courtId: court } };
  },
};
const AFTER_THE_RENAME = [...EVENT_UPCASTERS, renameLinkAccepted];

const older = readGolden(join(import.meta.dirname, '..', '..', 'fixtures', 'older-shapes', 'cmecf-link-bankruptcy.v1.link-accepted.json'));
const golden = readGolden(join(import.meta.dirname, '..', '..', 'fixtures', 'golden', 'cmecf-link-bankruptcy.v1.json'));

describe('an attempt stored in an older event shape', () => {
  it('is stored as format 2 with the old name', () => {
    const renamed = older.rows.filter((row) => row.type === 'cmecf/link-accepted');
    expect(renamed).toHaveLength(1);
    expect(JSON.parse(renamed[0]!.payload)).toEqual({ court: 'moeb', v: 2 });
  });

  it('replays, through the chain with the rename step, to the golden world and score report', () => {
    const replayed = replayFixture(older, AFTER_THE_RENAME);
    expect(replayed.events.find((row) => row.seq === 9)?.event).toEqual({ type: 'cmecf/link-confirmed', courtId: 'moeb' });
    expect(replayed.worldDigest).toBe(golden.worldDigest);
    expect(replayed.report).toEqual(expectedReport(golden));
    expect(replayed.report.score).toBe(100);
  });

  it('without the rename step, is refused with an error naming the event, the attempt and what is wrong', () => {
    expect(() => toStoredEvents(older.attemptId, older.rows)).toThrow(StoredDataError);
    expect(() => toStoredEvents(older.attemptId, older.rows)).toThrow(`event 9 of attempt ${older.attemptId} is not valid: type:`);
  });

  it('records written after the rename (format 3) pass the step untouched, and today\'s chain refuses them as newer', () => {
    const written = golden.rows.map((row) => ({ ...row, payload: row.payload.replace(`"v":${EVENT_RECORD_FORMAT}}`, '"v":3}') }));
    expect(replayFixture({ ...golden, rows: written }, AFTER_THE_RENAME).worldDigest).toBe(golden.worldDigest);
    let refused: unknown;
    try {
      toStoredEvents(golden.attemptId, written);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(NewerRecordError);
    expect(refused).toMatchObject({ kind: 'event', found: 3, known: 2, place: { attemptId: golden.attemptId, seq: 0 } });
    expect((refused as Error).message).toBe(
      `Event 0 of attempt "${golden.attemptId}" was written by a newer version of NextGen Trainer (event record format 3; this version reads formats 1 to 2). ` +
        'Open it with that newer version; this one leaves it unchanged.',
    );
  });
});
