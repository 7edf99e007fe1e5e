import {
  contract,
  isMethodName,
  type ApiError,
  type ApiOutput,
  type ApiResponse,
  type Attempt,
  type MethodName,
  type ParsedInput,
  type StoredEvent,
  type Trainee,
} from '../../../shared/api/contract';
import { courseProgress } from '../../../shared/records/course-progress';
import { coursesWithKnownScenarios, parseCourseCatalog, type Course } from '../../../shared/scenario/course-schema';
import type { ResolvedScenario } from '../../../shared/scenario/schema';
import { elapsedSecondsBetween, score } from '../../../shared/scoring/score';
import { bestScores, catalogProgress } from '../../../shared/trainees/progress';
import { describeIssues } from '../../../shared/util/issues';
import type { Transport } from '../../../renderer/api/transport';
import { join } from 'node:path';
import { builtinScenario, readJson, SCENARIOS_DIR } from '../../support/scenarios';

type AppInfo = ApiOutput<'app.info'>;

interface StoredAttempt {
  attempt: Attempt;
  events: StoredEvent[];
}

export const FAKE_SALT = 'fake-salt-0001';

/**
 * An in-memory backend behind the renderer's Transport interface: it checks
 * every input against the contract, as the real dispatcher does, keeps
 * attempts and their events, and scores with the shared `score`. Tests can
 * make a method fail or hold its answer.
 */
export class FakeBackend implements Transport {
  readonly kind = 'ipc' as const;
  readonly calls: { method: string; input: unknown }[] = [];
  readonly scenarios = new Map<string, ResolvedScenario>();
  readonly attempts = new Map<string, StoredAttempt>();
  readonly trainees = new Map<string, Trainee>();
  /** settings.get/set, by key. */
  readonly settings = new Map<string, string>();
  info: AppInfo = { version: '0.1.0', host: 'browser', dataDir: '/tmp/trainer', storageNotice: null, scenarioProblems: [] };
  /** Errors to answer with, one per call, by method. */
  private readonly failures = new Map<string, ApiError[]>();
  /** Runs before a method answers (a test can hold it on a promise). */
  before: ((method: string, input: unknown) => Promise<void> | void) | null = null;
  private nextId = 1;

  /** The courses served by courses.list: the built-in ones whose scenarios this fake has. */
  courses: Course[];

  constructor(scenarioIds: string[] = ['cmecf-link-bankruptcy']) {
    for (const id of scenarioIds) this.scenarios.set(id, builtinScenario(id));
    const catalog = parseCourseCatalog(readJson(join(SCENARIOS_DIR, 'courses.json')));
    if (!catalog.ok) throw new Error(catalog.error.join('\n'));
    this.courses = coursesWithKnownScenarios(catalog.value, (id) => this.scenarios.has(id)).courses;
  }

  /** Course progress of a trainee (null: the guest), as the backend works it out. */
  protected courseProgressOf(traineeId: string | null) {
    const attempts = [...this.attempts.values()].map((stored) => stored.attempt).filter((attempt) => attempt.traineeId === traineeId);
    return this.courses.map((course) => courseProgress(course, attempts, (id) => this.scenarios.get(id)?.title ?? id));
  }

  failNext(method: MethodName, message: string, code: ApiError['code'] = 'internal'): void {
    const queue = this.failures.get(method) ?? [];
    queue.push({ code, message });
    this.failures.set(method, queue);
  }

  callsTo(method: MethodName): unknown[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.input);
  }

  /**
   * Starts an attempt directly (as another session would have), with events after attempt/started,
   * recorded `secondsApart` seconds after each other (0: all at the same moment).
   */
  seedAttempt(scenarioId: string, mode: 'practice' | 'assess', events: StoredEvent['event'][] = [], secondsApart = 0): Attempt {
    const started = this.start({ scenarioId, mode, traineeId: null });
    const stored = this.attempts.get(started.attempt.id);
    if (!stored) throw new Error('seeded attempt missing');
    for (const event of events) {
      const recordedAt = new Date(stored.events.length * secondsApart * 1000).toISOString();
      stored.events.push({ seq: stored.events.length, event, recordedAt });
    }
    stored.attempt = { ...stored.attempt, eventCount: stored.events.length };
    return stored.attempt;
  }

  /** A trainee profile, as if created earlier. */
  seedTrainee(name: string, details: Partial<Omit<Trainee, 'id' | 'name'>> = {}): Trainee {
    const trainee: Trainee = { id: `trainee-${this.nextId++}`, name, email: '', barNumber: '', barState: '', ...details };
    this.trainees.set(trainee.id, trainee);
    return trainee;
  }

  /** Like seedAttempt, recorded for a trainee (null: Guest). */
  seedAttemptFor(traineeId: string | null, scenarioId: string, mode: 'practice' | 'assess', events: StoredEvent['event'][] = []): Attempt {
    const seeded = this.seedAttempt(scenarioId, mode, events);
    const stored = this.attempt(seeded.id);
    stored.attempt = { ...stored.attempt, traineeId };
    return stored.attempt;
  }

  async call(method: string, input: unknown): Promise<ApiResponse<unknown>> {
    this.calls.push({ method, input });
    await this.before?.(method, input);
    const failure = this.failures.get(method)?.shift();
    if (failure) return { ok: false, error: failure };
    if (!isMethodName(method)) return { ok: false, error: { code: 'unknown-method', message: `No method ${method}.` } };
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) return { ok: false, error: { code: 'bad-input', message: describeIssues(parsed.error).join('; ') } };
    try {
      return { ok: true, value: this.handle(method, parsed.data as never) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const code = message.startsWith('not found') ? 'not-found' : message.startsWith('conflict') ? 'conflict' : 'internal';
      return { ok: false, error: { code, message } };
    }
  }

  private handle(method: MethodName, input: never): unknown {
    const handlers: { [M in MethodName]?: (input: ParsedInput<M>) => ApiOutput<M> } = {
      'app.info': () => this.info,
      'scenarios.list': () =>
        [...this.scenarios.values()].map((scenario) => ({
          id: scenario.id,
          version: scenario.version,
          title: scenario.title,
          summary: scenario.summary,
          seeds: scenario.seeds,
          courts: scenario.courts.map((court) => court.id),
        })),
      'scenarios.get': ({ id }) => this.scenario(id) as ApiOutput<'scenarios.get'>,
      'attempts.start': (start) => this.start(start),
      'attempts.findOpen': ({ scenarioId, mode, traineeId }) => ({
        attempt:
          [...this.attempts.values()].map((stored) => stored.attempt).find(
            (attempt) =>
              attempt.scenarioId === scenarioId && attempt.mode === mode && attempt.traineeId === traineeId && attempt.status === 'in-progress',
          ) ?? null,
      }),
      'attempts.get': ({ attemptId }) => {
        const stored = this.attempt(attemptId);
        return {
          attempt: stored.attempt,
          events: stored.events,
          report: stored.attempt.status === 'in-progress' ? null : this.report(stored),
        };
      },
      'attempts.append': ({ attemptId, seq, event }) => {
        const stored = this.attempt(attemptId);
        if (stored.attempt.status !== 'in-progress') throw new Error('conflict: the attempt is finished');
        if (seq !== stored.events.length) throw new Error(`conflict: expected seq ${stored.events.length}, got ${seq}`);
        stored.events.push({ seq, event, recordedAt: new Date(0).toISOString() });
        stored.attempt = { ...stored.attempt, eventCount: stored.events.length };
        return { seq };
      },
      'attempts.finish': ({ attemptId }) => {
        const stored = this.attempt(attemptId);
        const report = this.report(stored);
        stored.attempt = {
          ...stored.attempt,
          status: 'finished',
          finishedAt: new Date(0).toISOString(),
          score: report.score,
          passed: report.passed,
        };
        return { attempt: stored.attempt, report };
      },
      'settings.get': ({ key }) => ({ value: this.settings.get(key) ?? null }),
      'settings.set': ({ key, value }) => {
        this.settings.set(key, value);
        return { value };
      },
      'attempts.abandon': ({ attemptId }) => {
        const stored = this.attempt(attemptId);
        stored.attempt = { ...stored.attempt, status: 'abandoned' };
        return { attempt: stored.attempt };
      },
    };
    Object.assign(handlers, this.traineeHandlers());
    const handler = handlers[method] as ((input: never) => unknown) | undefined;
    if (!handler) throw new Error(`the fake backend does not serve ${method}`);
    return handler(input);
  }

  /** Trainee profiles and their history. */
  private traineeHandlers(): { [M in MethodName]?: (input: ParsedInput<M>) => ApiOutput<M> } {
    const byName = (a: Trainee, b: Trainee) => a.name.localeCompare(b.name);
    return {
      'trainees.list': () => [...this.trainees.values()].sort(byName),
      'trainees.create': (profile) => this.seedTrainee(profile.name, profile),
      'trainees.update': (profile) => {
        if (!this.trainees.has(profile.id)) throw new Error(`not found: no trainee "${profile.id}"`);
        this.trainees.set(profile.id, profile);
        return profile;
      },
      'courses.list': ({ traineeId }) =>
        this.courseProgressOf(traineeId).map(({ course, scenarios, completed }) => ({
          id: course.id,
          title: course.title,
          summary: course.summary,
          creditHours: course.creditHours ?? null,
          scenarios: scenarios.map((scenario) => ({
            id: scenario.id,
            title: scenario.title,
            passed: scenario.counted !== null,
            bestPassingScore: scenario.counted?.score ?? null,
          })),
          completed,
        })),
      'trainees.history': ({ traineeId }) => {
        const trainee = traineeId === null ? null : this.trainees.get(traineeId);
        if (trainee === undefined) throw new Error(`not found: no trainee "${traineeId}"`);
        const titleOf = (scenarioId: string) => this.scenarios.get(scenarioId)?.title ?? scenarioId;
        const attempts = [...this.attempts.values()]
          .map((stored) => stored.attempt)
          .filter((attempt): attempt is Attempt & { mode: 'practice' | 'assess' } => attempt.traineeId === traineeId && attempt.mode !== 'watch')
          .reverse();
        const best = bestScores(attempts, titleOf);
        return {
          trainee,
          attempts: attempts.map(({ id, scenarioId, scenarioVersion, mode, status, startedAt, finishedAt, score, passed }) => ({
            attemptId: id,
            scenarioId,
            scenarioTitle: titleOf(scenarioId),
            scenarioVersion,
            mode,
            status,
            startedAt,
            finishedAt,
            score,
            passed,
          })),
          bestScores: best,
          progress: catalogProgress(best, [...this.scenarios.keys()]),
        };
      },
    };
  }

  private scenario(id: string): ResolvedScenario {
    const scenario = this.scenarios.get(id);
    if (!scenario) throw new Error(`not found: no scenario "${id}"`);
    return scenario;
  }

  private attempt(id: string): StoredAttempt {
    const stored = this.attempts.get(id);
    if (!stored) throw new Error(`not found: no attempt "${id}"`);
    return stored;
  }

  private report(stored: StoredAttempt) {
    // As the real backend: the time taken is the span of the stored events' timestamps.
    const elapsedSeconds = elapsedSecondsBetween(stored.events.map((row) => row.recordedAt));
    return score(this.scenario(stored.attempt.scenarioId), stored.events.map((row) => row.event), elapsedSeconds === null ? undefined : { elapsedSeconds });
  }

  private start({ scenarioId, mode, traineeId }: ParsedInput<'attempts.start'>): ApiOutput<'attempts.start'> {
    const scenario = this.scenario(scenarioId);
    const attempt: Attempt = {
      id: `attempt-${this.nextId++}`,
      scenarioId,
      scenarioVersion: scenario.version,
      traineeId,
      mode,
      status: 'in-progress',
      startedAt: new Date(0).toISOString(),
      finishedAt: null,
      score: null,
      passed: null,
      eventCount: 1,
    };
    const events: StoredEvent[] = [
      { seq: 0, event: { type: 'attempt/started', salt: FAKE_SALT, mode }, recordedAt: new Date(0).toISOString() },
    ];
    this.attempts.set(attempt.id, { attempt, events });
    return { attempt, events };
  }
}

/** A promise a test resolves by hand. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
