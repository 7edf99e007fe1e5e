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
} from '../../../shared/api/contract';
import type { ResolvedScenario } from '../../../shared/scenario/schema';
import { score } from '../../../shared/scoring/score';
import { describeIssues } from '../../../shared/util/issues';
import type { Transport } from '../../../renderer/api/transport';
import { builtinScenario } from '../../support/scenarios';

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
  info: AppInfo = { version: '0.1.0', host: 'browser', dataDir: '/tmp/trainer', storageNotice: null, scenarioProblems: [] };
  /** Errors to answer with, one per call, by method. */
  private readonly failures = new Map<string, ApiError[]>();
  /** Runs before a method answers (a test can hold it on a promise). */
  before: ((method: string, input: unknown) => Promise<void> | void) | null = null;
  private nextId = 1;

  constructor(scenarioIds: string[] = ['cmecf-link-bankruptcy']) {
    for (const id of scenarioIds) this.scenarios.set(id, builtinScenario(id));
  }

  failNext(method: MethodName, message: string, code: ApiError['code'] = 'internal'): void {
    const queue = this.failures.get(method) ?? [];
    queue.push({ code, message });
    this.failures.set(method, queue);
  }

  callsTo(method: MethodName): unknown[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.input);
  }

  /** Starts an attempt directly (as another session would have), with events after attempt/started. */
  seedAttempt(scenarioId: string, mode: 'practice' | 'assess', events: StoredEvent['event'][] = []): Attempt {
    const started = this.start({ scenarioId, mode, traineeId: null });
    const stored = this.attempts.get(started.attempt.id);
    if (!stored) throw new Error('seeded attempt missing');
    for (const event of events) stored.events.push({ seq: stored.events.length, event, recordedAt: new Date(0).toISOString() });
    stored.attempt = { ...stored.attempt, eventCount: stored.events.length };
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
      'attempts.findOpen': ({ scenarioId, mode }) => ({
        attempt:
          [...this.attempts.values()].map((stored) => stored.attempt).find(
            (attempt) => attempt.scenarioId === scenarioId && attempt.mode === mode && attempt.status === 'in-progress',
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
      'attempts.abandon': ({ attemptId }) => {
        const stored = this.attempt(attemptId);
        stored.attempt = { ...stored.attempt, status: 'abandoned' };
        return { attempt: stored.attempt };
      },
    };
    const handler = handlers[method] as ((input: never) => unknown) | undefined;
    if (!handler) throw new Error(`the fake backend does not serve ${method}`);
    return handler(input);
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
    return score(this.scenario(stored.attempt.scenarioId), stored.events.map((row) => row.event));
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
