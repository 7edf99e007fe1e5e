import type { Database } from 'better-sqlite3';
import type { Attempt, AttemptReport, StoredEvent } from '../../shared/api/contract';
import { eventSchema, type TrainerEvent } from '../../shared/model/events';
import type { Upcaster } from '../../shared/model/record-versions';
import { EVENT_UPCASTERS, eventFromRecord, eventRecord, type EventContext, type EventRecord } from '../../shared/model/stored-events';
import { reportFromRecord, reportRecord } from '../../shared/scoring/stored-report';
import { describeIssues } from '../../shared/util/issues';

type AttemptMode = Attempt['mode'];

interface AttemptRow {
  id: string;
  trainee_id: string | null;
  scenario_id: string;
  scenario_version: number;
  mode: AttemptMode;
  status: Attempt['status'];
  started_at: string;
  finished_at: string | null;
  score: number | null;
  passed: 0 | 1 | null;
  event_count: number;
}

export interface EventRow {
  seq: number;
  type: string;
  payload: string;
  recorded_at: string;
}

export interface NewAttempt {
  id: string;
  traineeId: string | null;
  scenarioId: string;
  scenarioVersion: number;
  mode: AttemptMode;
  startedAt: string;
}

export interface FinishedResult {
  finishedAt: string;
  score: number;
  passed: boolean;
  /** Kept in the current report format (stored-report.ts). */
  report: AttemptReport;
}

/** A stored row that no longer reads back as a valid event: a bug or a damaged file, never the user's input. */
export class StoredDataError extends Error {
  override name = 'StoredDataError';
}

const toAttempt = (row: AttemptRow): Attempt => ({
  id: row.id,
  scenarioId: row.scenario_id,
  scenarioVersion: row.scenario_version,
  traineeId: row.trainee_id,
  mode: row.mode,
  status: row.status,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  score: row.score,
  passed: row.passed === null ? null : row.passed === 1,
  eventCount: row.event_count,
});

function parseRecord(attemptId: string, row: EventRow): unknown {
  try {
    return JSON.parse(row.payload) as unknown;
  } catch {
    throw new StoredDataError(`event ${row.seq} of attempt ${attemptId} is not valid: its payload is not JSON`);
  }
}

/** The attempt's salt, from its attempt/started row: format-1 passwords are upgraded with it. */
function attemptSalt(rows: readonly { type: string; record: unknown }[]): string | null {
  const started = rows.find((row) => row.type === 'attempt/started')?.record;
  const salt = typeof started === 'object' && started !== null ? (started as Record<string, unknown>).salt : null;
  return typeof salt === 'string' ? salt : null;
}

/**
 * Every stored row of an attempt as an event of the current format, through
 * the upcasters (stored-events.ts): the one way stored events are read.
 * A row written by a newer version is refused with NewerRecordError.
 */
export function toStoredEvents(
  attemptId: string,
  rows: readonly EventRow[],
  upcasters: readonly Upcaster<EventRecord, EventContext>[] = EVENT_UPCASTERS,
): StoredEvent[] {
  const records = rows.map((row) => ({ ...row, record: parseRecord(attemptId, row) }));
  const salt = attemptSalt(records);
  return records.map((row) => {
    const parsed = eventSchema.safeParse(eventFromRecord(row.type, row.record, salt, { attemptId, seq: row.seq }, upcasters));
    if (!parsed.success) {
      throw new StoredDataError(`event ${row.seq} of attempt ${attemptId} is not valid: ${describeIssues(parsed.error).join('; ')}`);
    }
    return { seq: row.seq, event: parsed.data, recordedAt: row.recorded_at };
  });
}

const SELECT_ATTEMPT = `
  SELECT a.id, a.trainee_id, a.scenario_id, a.scenario_version, a.mode, a.status,
         a.started_at, a.finished_at, a.score, a.passed,
         (SELECT COUNT(*) FROM attempt_events AS e WHERE e.attempt_id = a.id) AS event_count
  FROM attempts AS a`;

/** Attempts and their append-only event logs. */
export function createAttemptRepo(db: Database) {
  const insert = db.prepare<[Record<string, unknown>]>(
    `INSERT INTO attempts (id, trainee_id, scenario_id, scenario_version, mode, status, started_at)
     VALUES (@id, @trainee_id, @scenario_id, @scenario_version, @mode, 'in-progress', @started_at)`,
  );
  const find = db.prepare<[string], AttemptRow>(`${SELECT_ATTEMPT} WHERE a.id = ?`);
  const findOpen = db.prepare<[string, string, string | null], AttemptRow>(
    `${SELECT_ATTEMPT}
     WHERE a.scenario_id = ? AND a.mode = ? AND a.trainee_id IS ? AND a.status = 'in-progress'
     ORDER BY a.started_at DESC, a.rowid DESC LIMIT 1`,
  );
  const list = db.prepare<[{ scenario_id: string | null; trainee_id: string | null }], AttemptRow>(
    `${SELECT_ATTEMPT}
     WHERE (@scenario_id IS NULL OR a.scenario_id = @scenario_id)
       AND (@trainee_id IS NULL OR a.trainee_id = @trainee_id)
     ORDER BY a.started_at DESC, a.rowid DESC`,
  );
  const listOfTrainee = db.prepare<[string | null], AttemptRow>(
    `${SELECT_ATTEMPT} WHERE a.trainee_id IS ? ORDER BY a.started_at DESC, a.rowid DESC`,
  );
  const status = db.prepare<[string], { status: Attempt['status'] }>('SELECT status FROM attempts WHERE id = ?');
  const report = db.prepare<[string], { report: string | null }>('SELECT report FROM attempts WHERE id = ?');
  const finish = db.prepare<[Record<string, unknown>]>(
    `UPDATE attempts SET status = 'finished', finished_at = @finished_at, score = @score, passed = @passed, report = @report
     WHERE id = @id AND status = 'in-progress'`,
  );
  const abandon = db.prepare<[string, string]>(
    `UPDATE attempts SET status = 'abandoned', finished_at = ? WHERE id = ? AND status = 'in-progress'`,
  );
  const events = db.prepare<[string], EventRow>(
    'SELECT seq, type, payload, recorded_at FROM attempt_events WHERE attempt_id = ? ORDER BY seq',
  );
  const nextSeq = db.prepare<[string], { next: number }>(
    'SELECT COALESCE(MAX(seq) + 1, 0) AS next FROM attempt_events WHERE attempt_id = ?',
  );
  const storedBytes = db.prepare<[string], { bytes: number }>(
    'SELECT COALESCE(SUM(LENGTH(CAST(payload AS BLOB))), 0) AS bytes FROM attempt_events WHERE attempt_id = ?',
  );
  const appendEvent = db.prepare<[string, number, string, string, string]>(
    'INSERT INTO attempt_events (attempt_id, seq, type, payload, recorded_at) VALUES (?, ?, ?, ?, ?)',
  );

  return {
    insert(attempt: NewAttempt): void {
      insert.run({
        id: attempt.id,
        trainee_id: attempt.traineeId,
        scenario_id: attempt.scenarioId,
        scenario_version: attempt.scenarioVersion,
        mode: attempt.mode,
        started_at: attempt.startedAt,
      });
    },
    find(id: string): Attempt | undefined {
      const row = find.get(id);
      return row && toAttempt(row);
    },
    /** The latest attempt of this scenario and trainee (null: no trainee) that is still in progress. */
    findOpen(scenarioId: string, mode: string, traineeId: string | null): Attempt | undefined {
      const row = findOpen.get(scenarioId, mode, traineeId);
      return row && toAttempt(row);
    },
    /** Newest first. */
    list(filter: { scenarioId?: string | undefined; traineeId?: string | undefined }): Attempt[] {
      return list.all({ scenario_id: filter.scenarioId ?? null, trainee_id: filter.traineeId ?? null }).map(toAttempt);
    },
    /** Every attempt of one trainee (null: the attempts recorded with no trainee, "Guest"), newest first. */
    listOfTrainee(traineeId: string | null): Attempt[] {
      return listOfTrainee.all(traineeId).map(toAttempt);
    },
    /** Whether it is in progress, without counting its events: an append asks this. */
    status(id: string): Attempt['status'] | undefined {
      return status.get(id)?.status;
    },
    /**
     * The stored score report in today's shape (stored-report.ts), or null
     * while the attempt is not finished. Its mistakes are those it was written with.
     */
    report(id: string): AttemptReport | null {
      const text = report.get(id)?.report ?? null;
      if (text === null) return null;
      const read = reportFromRecord(text, { attemptId: id });
      if (!read.ok) throw new StoredDataError(`the score report of attempt ${id} is not valid: ${read.problem}`);
      return read.report;
    },
    /** Records the result; returns false if the attempt was not in progress. */
    markFinished(id: string, result: FinishedResult): boolean {
      const { changes } = finish.run({
        id,
        finished_at: result.finishedAt,
        score: result.score,
        passed: result.passed ? 1 : 0,
        report: reportRecord(result.report),
      });
      return changes === 1;
    },
    /** Returns false if the attempt was not in progress. */
    markAbandoned(id: string, at: string): boolean {
      return abandon.run(at, id).changes === 1;
    },
    events(attemptId: string): StoredEvent[] {
      return toStoredEvents(attemptId, events.all(attemptId));
    },
    nextSeq(attemptId: string): number {
      return nextSeq.get(attemptId)?.next ?? 0;
    },
    /** How many bytes of event payload the attempt holds. */
    storedBytes(attemptId: string): number {
      return storedBytes.get(attemptId)?.bytes ?? 0;
    },
    /** Appends one event row: the type in its own column, the rest of the event as JSON in the current record format. */
    appendEvent(attemptId: string, seq: number, event: TrainerEvent, recordedAt: string): void {
      appendEvent.run(attemptId, seq, event.type, eventRecord(event), recordedAt);
    },
  };
}

export type AttemptRepo = ReturnType<typeof createAttemptRepo>;
