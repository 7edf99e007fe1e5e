import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Attempt, AttemptReport, StoredEvent, Trainee } from '../../../shared/api/contract';
import { toSecret } from '../../../shared/model/credentials';
import { elapsedSecondsBetween, score } from '../../../shared/scoring/score';
import { builtinScenario } from '../../support/scenarios';
import { failure, openBackend, tempDir, unwrap, type TestBackend } from '../support/backend';
import { walkthroughEvents } from '../support/walkthrough';

const ID = 'cmecf-link-bankruptcy';
const scenario = builtinScenario(ID);

interface Started {
  attempt: Attempt;
  events: StoredEvent[];
}
interface Got extends Started {
  report: AttemptReport | null;
}

async function startAttempt(backend: TestBackend, extra: { mode?: string; traineeId?: string | null } = {}) {
  const started = unwrap<Started>(await backend.call('attempts.start', { scenarioId: ID, mode: 'assess', ...extra }));
  const first = started.events[0]?.event;
  if (first?.type !== 'attempt/started') throw new Error('the first event is not attempt/started');
  return { ...started, salt: first.salt };
}

async function appendAll(backend: TestBackend, attemptId: string, salt: string): Promise<void> {
  let seq = 1;
  for (const event of walkthroughEvents(scenario, salt)) {
    expect(unwrap(await backend.call('attempts.append', { attemptId, seq, event }))).toEqual({ seq });
    seq += 1;
  }
}

/** The database files as a power cut would leave them: copied while the backend still has them open. */
function crashCopy(dataDir: string): string {
  const copy = tempDir('ngt-after-crash-');
  for (const suffix of ['', '-wal']) {
    const file = join(dataDir, `trainer.db${suffix}`);
    if (existsSync(file)) copyFileSync(file, join(copy, `trainer.db${suffix}`));
  }
  return copy;
}

describe('attempts', () => {
  test('start with the attempt/started event as seq 0, carrying a fresh salt and the mode', async () => {
    const backend = openBackend();
    const { attempt, events, salt } = await startAttempt(backend, { mode: 'practice' });
    expect(attempt).toMatchObject({ scenarioId: ID, scenarioVersion: 1, mode: 'practice', status: 'in-progress', eventCount: 1, traineeId: null });
    expect(attempt.startedAt).toBe('2024-03-01T09:00:01.000Z');
    expect(events).toEqual([{ seq: 0, event: { type: 'attempt/started', salt, mode: 'practice' }, recordedAt: attempt.startedAt }]);
    expect(salt).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    const other = await startAttempt(backend);
    expect(other.salt).not.toBe(salt);
    expect(other.attempt.id).not.toBe(attempt.id);
  });

  test('survive a crash: the stored log replays to exactly the stored score', async () => {
    const backend = openBackend();
    const { attempt, salt } = await startAttempt(backend);
    await appendAll(backend, attempt.id, salt);

    // Power cut: nothing is closed or checkpointed; only what append committed is on disk.
    const afterCrash = crashCopy(backend.dataDir);
    expect(statSync(join(afterCrash, 'trainer.db-wal')).size).toBeGreaterThan(0); // the events are in the log, not yet in the .db
    const restarted = openBackend({ dataDir: afterCrash });
    expect(unwrap<{ storageNotice: string | null }>(await restarted.call('app.info', {})).storageNotice).toBeNull();
    const before = unwrap<Got>(await restarted.call('attempts.get', { attemptId: attempt.id }));
    expect(before.attempt.status).toBe('in-progress');
    expect(before.events.map((stored) => stored.seq)).toEqual([...Array(scenario.walkthrough.length + 1).keys()]);
    expect(before.events.slice(1).map((stored) => stored.event)).toEqual(walkthroughEvents(scenario, salt));
    expect(unwrap<{ attempt: Attempt | null }>(await restarted.call('attempts.findOpen', { scenarioId: ID, mode: 'assess' })).attempt?.id).toBe(attempt.id);

    const finished = unwrap<{ attempt: Attempt; report: AttemptReport }>(
      await restarted.call('attempts.finish', { attemptId: attempt.id, reason: 'completed' }),
    );
    const timing = { elapsedSeconds: elapsedSecondsBetween(before.events.map((stored) => stored.recordedAt)) ?? 0 };
    const replayed = score(scenario, before.events.map((stored) => stored.event), timing);
    expect(finished.report).toEqual(replayed);
    expect(finished.report.passed).toBe(true);
    expect(finished.attempt).toMatchObject({ status: 'finished', score: replayed.score, passed: true });

    restarted.close();
    const again = openBackend({ dataDir: restarted.dataDir });
    const after = unwrap<Got>(await again.call('attempts.get', { attemptId: attempt.id }));
    expect(after.report).toEqual(replayed);
    expect(score(scenario, after.events.map((stored) => stored.event), timing)).toEqual(after.report);
  });

  test('refuse an event that does not follow the stored log', async () => {
    const backend = openBackend();
    const { attempt } = await startAttempt(backend);
    const event = { type: 'browser/reloaded' };
    unwrap(await backend.call('attempts.append', { attemptId: attempt.id, seq: 1, event }));
    expect(failure(await backend.call('attempts.append', { attemptId: attempt.id, seq: 1, event }), 'conflict')).toMatch(/the next event is 2/);
    expect(failure(await backend.call('attempts.append', { attemptId: attempt.id, seq: 5, event }), 'conflict')).toMatch(/the next event is 2/);
    const got = unwrap<Got>(await backend.call('attempts.get', { attemptId: attempt.id }));
    expect(got.attempt.eventCount).toBe(2);
  });

  test('refuse a second attempt/started, events for no attempt, and events after the end', async () => {
    const backend = openBackend();
    const { attempt } = await startAttempt(backend);
    const restart = { type: 'attempt/started', salt: 'another-salt-123', mode: 'practice' };
    expect(failure(await backend.call('attempts.append', { attemptId: attempt.id, seq: 1, event: restart }), 'bad-input')).toMatch(
      /event\.type: "attempt\/started" is recorded by attempts\.start/,
    );
    const event = { type: 'browser/reloaded' };
    expect(failure(await backend.call('attempts.append', { attemptId: 'no-such-attempt', seq: 1, event }), 'not-found')).toBe(
      'There is no attempt "no-such-attempt".',
    );
    unwrap(await backend.call('attempts.finish', { attemptId: attempt.id, reason: 'gave-up' }));
    expect(failure(await backend.call('attempts.append', { attemptId: attempt.id, seq: 1, event }), 'conflict')).toMatch(/is finished/);
  });

  test('finish by replaying the stored log, and finishing again gives the same result', async () => {
    const backend = openBackend();
    const { attempt, salt } = await startAttempt(backend);
    const wrong = { type: 'pacer/login-submitted', username: 'wokaforlaw', password: toSecret(salt, 'Research2012!'), clientCode: '' };
    unwrap(await backend.call('attempts.append', { attemptId: attempt.id, seq: 1, event: wrong }));
    const first = unwrap<{ attempt: Attempt; report: AttemptReport }>(await backend.call('attempts.finish', { attemptId: attempt.id, reason: 'gave-up' }));
    expect(first.report.passed).toBe(false);
    expect(first.attempt.finishedAt).not.toBeNull();
    const second = unwrap<{ attempt: Attempt; report: AttemptReport }>(await backend.call('attempts.finish', { attemptId: attempt.id, reason: 'completed' }));
    expect(second).toEqual(first);
    expect(failure(await backend.call('attempts.abandon', { attemptId: attempt.id }), 'conflict')).toMatch(/is finished/);
  });

  test('finish reports the time taken: from the first to the last stored event, the same as scoring the stored log with it', async () => {
    const backend = openBackend();
    const { attempt, salt } = await startAttempt(backend);
    await appendAll(backend, attempt.id, salt);
    const got = unwrap<Got>(await backend.call('attempts.get', { attemptId: attempt.id }));
    const span = (Date.parse(got.events.at(-1)!.recordedAt) - Date.parse(got.events[0]!.recordedAt)) / 1000;
    expect(span).toBe(scenario.walkthrough.length);
    const { report } = unwrap<{ report: AttemptReport }>(await backend.call('attempts.finish', { attemptId: attempt.id, reason: 'completed' }));
    expect(report).toMatchObject({ timeTakenSeconds: span, overtimePenalty: 0, score: 100 });
    expect(report).toEqual(score(scenario, got.events.map((row) => row.event), { elapsedSeconds: span }));
  });

  test('abandon: no longer open, no more events, cannot be finished', async () => {
    const backend = openBackend();
    const { attempt } = await startAttempt(backend);
    const abandoned = unwrap<{ attempt: Attempt }>(await backend.call('attempts.abandon', { attemptId: attempt.id }));
    expect(abandoned.attempt).toMatchObject({ status: 'abandoned', score: null, passed: null });
    expect(unwrap(await backend.call('attempts.findOpen', { scenarioId: ID, mode: 'assess' }))).toEqual({ attempt: null });
    expect(failure(await backend.call('attempts.finish', { attemptId: attempt.id, reason: 'completed' }), 'conflict')).toMatch(/abandoned/);
    expect(unwrap(await backend.call('attempts.abandon', { attemptId: attempt.id }))).toEqual(abandoned);
    expect(unwrap<Got>(await backend.call('attempts.get', { attemptId: attempt.id })).report).toBeNull();
  });

  test('findOpen returns the latest attempt in progress for that scenario and trainee only', async () => {
    const backend = openBackend();
    const dana = unwrap<Trainee>(await backend.call('trainees.create', { name: 'Dana M. Whitfield' }));
    const lee = unwrap<Trainee>(await backend.call('trainees.create', { name: 'Lee Okafor', email: 'lee@whitfield-okafor.example' }));
    await startAttempt(backend, { traineeId: dana.id });
    const latest = await startAttempt(backend, { traineeId: dana.id });
    const anonymous = await startAttempt(backend);

    const open = (traineeId?: string) => backend.call('attempts.findOpen', { scenarioId: ID, mode: 'assess', traineeId });
    expect(unwrap<{ attempt: Attempt }>(await open(dana.id)).attempt.id).toBe(latest.attempt.id);
    expect(unwrap<{ attempt: Attempt }>(await open()).attempt.id).toBe(anonymous.attempt.id);
    expect(unwrap(await open(lee.id))).toEqual({ attempt: null });
    // Practice and assessment are separate: an open assessment is not offered as a practice attempt.
    expect(unwrap(await backend.call('attempts.findOpen', { scenarioId: ID, mode: 'practice', traineeId: dana.id }))).toEqual({ attempt: null });
    expect(unwrap(await backend.call('attempts.findOpen', { scenarioId: 'pacer-paa-firm', mode: 'assess', traineeId: dana.id }))).toEqual({ attempt: null });
  });

  test('list newest first, filtered by scenario and trainee', async () => {
    const backend = openBackend();
    const dana = unwrap<Trainee>(await backend.call('trainees.create', { name: 'Dana M. Whitfield' }));
    const first = await startAttempt(backend, { traineeId: dana.id });
    const second = await startAttempt(backend);
    const all = unwrap<Attempt[]>(await backend.call('attempts.list', {}));
    expect(all.map((attempt) => attempt.id)).toEqual([second.attempt.id, first.attempt.id]);
    expect(unwrap<Attempt[]>(await backend.call('attempts.list', { traineeId: dana.id })).map((attempt) => attempt.id)).toEqual([first.attempt.id]);
    expect(unwrap(await backend.call('attempts.list', { scenarioId: 'pacer-paa-firm' }))).toEqual([]);
  });

  test('start refuses a scenario or trainee that does not exist', async () => {
    const backend = openBackend();
    expect(failure(await backend.call('attempts.start', { scenarioId: 'no-such-scenario', mode: 'practice' }), 'not-found')).toMatch(
      /no scenario "no-such-scenario"/,
    );
    expect(failure(await backend.call('attempts.start', { scenarioId: ID, mode: 'practice', traineeId: 'nobody' }), 'not-found')).toMatch(
      /no trainee "nobody"/,
    );
  });

  test('a damaged stored event is an internal error with a generic message; the details go to the error report only', async () => {
    const backend = openBackend();
    const { attempt } = await startAttempt(backend);
    backend.close();
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const db = new BetterSqlite3(join(backend.dataDir, 'trainer.db'));
    db.prepare("UPDATE attempt_events SET payload = '{\"salt\": 5}' WHERE attempt_id = ?").run(attempt.id);
    db.close();

    const reopened = openBackend({ dataDir: backend.dataDir });
    const message = failure(await reopened.call('attempts.get', { attemptId: attempt.id }), 'internal');
    expect(message).not.toMatch(/salt|attempt_events|Error|at /);
    expect(String(reopened.internalErrors[0])).toMatch(/event 0 of attempt .* is not valid: salt: /);
  });
});

describe('trainees and settings', () => {
  test('trainees are created with defaults and listed by name', async () => {
    const backend = openBackend({ randomId: (() => { let n = 0; return () => `id-${(n += 1)}`; })() });
    const lee = unwrap<Trainee>(await backend.call('trainees.create', { name: '  Lee Okafor  ', barNumber: 'MO 61234', barState: 'MO' }));
    expect(lee).toEqual({ id: 'id-1', name: 'Lee Okafor', email: '', barNumber: 'MO 61234', barState: 'MO' });
    unwrap(await backend.call('trainees.create', { name: 'Dana M. Whitfield', email: 'dana.whitfield@whitfield-okafor.example' }));
    expect(unwrap<Trainee[]>(await backend.call('trainees.list', {})).map((trainee) => trainee.name)).toEqual(['Dana M. Whitfield', 'Lee Okafor']);
  });

  test('settings are kept across restarts', async () => {
    const backend = openBackend();
    expect(unwrap(await backend.call('settings.get', { key: 'organisation' }))).toEqual({ value: null });
    expect(unwrap(await backend.call('settings.set', { key: 'organisation', value: "Clerk's Office, E.D. Mo." }))).toEqual({
      value: "Clerk's Office, E.D. Mo.",
    });
    unwrap(await backend.call('settings.set', { key: 'organisation', value: 'Bankruptcy Court, E.D. Mo.' }));
    backend.close();
    const reopened = openBackend({ dataDir: backend.dataDir });
    expect(unwrap(await reopened.call('settings.get', { key: 'organisation' }))).toEqual({ value: 'Bankruptcy Court, E.D. Mo.' });
  });

  test('app.info says where the data is and which host serves it', async () => {
    const backend = openBackend({ host: 'electron', version: '1.2.3' });
    expect(unwrap(await backend.call('app.info', {}))).toEqual({
      version: '1.2.3',
      host: 'electron',
      dataDir: backend.dataDir,
      storageNotice: null,
      scenarioProblems: [],
    });
  });
});
