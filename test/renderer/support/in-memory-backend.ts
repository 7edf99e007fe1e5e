import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach } from 'vitest';
import { join } from 'node:path';
import type { ApiError, ApiResponse, Attempt, MethodName, StoredEvent, Trainee } from '../../../shared/api/contract';
import type { ResolvedScenario } from '../../../shared/scenario/schema';
import type { Transport } from '../../../renderer/api/transport';
import { backendOver } from '../../../electron/backend/backend';
import type { Backend } from '../../../electron/backend/types';
import { openStore, type Store } from '../../../electron/store/store';
import { builtinScenario, SCENARIOS_DIR } from '../../support/scenarios';

/** The password salt of every attempt this backend starts, so a test can build the events a screen would send. */
export const TEST_SALT = 'test-salt-0001';

/** When the test clock starts: every stored time is this or later. */
const CLOCK_START = Date.parse('2026-03-02T14:00:00.000Z');

export interface InMemoryBackendOptions {
  /** Extra files for the scenario folder's builtin/ (name → text), e.g. a damaged scenario. */
  extraScenarioFiles?: Record<string, string>;
  /** A data folder to open trainer.db in instead of memory (to show what the trainer does with a damaged file). */
  dataDir?: string;
}

/** A scenario folder holding courts.json, courses.json and the chosen built-in scenarios: the loader reads it as it reads the real one. */
const scenarioFolders = new Map<string, string>();

function scenarioFolder(scenarioIds: readonly string[], extraFiles: Record<string, string>): string {
  const key = JSON.stringify([scenarioIds, extraFiles]);
  const made = scenarioFolders.get(key);
  if (made) return made;
  const folder = mkdtempSync(join(tmpdir(), 'trainer-scenarios-'));
  mkdirSync(join(folder, 'builtin'));
  copyFileSync(join(SCENARIOS_DIR, 'courts.json'), join(folder, 'courts.json'));
  copyFileSync(join(SCENARIOS_DIR, 'courses.json'), join(folder, 'courses.json'));
  for (const id of scenarioIds) copyFileSync(join(SCENARIOS_DIR, 'builtin', `${id}.json`), join(folder, 'builtin', `${id}.json`));
  for (const [name, text] of Object.entries(extraFiles)) writeFileSync(join(folder, 'builtin', name), text);
  scenarioFolders.set(key, folder);
  return folder;
}

/** Backends not yet closed: the component setup closes them after each test. */
const openBackends = new Set<InMemoryBackend>();

// Registered by each test file that uses this module: an in-memory database lives until it is closed.
afterEach(() => {
  for (const backend of openBackends) backend.close();
});

/**
 * The trainer's real backend (every handler, the dispatcher, the SQLite
 * store) over an in-memory database, behind the renderer's Transport. A test
 * sets up trainees, settings and earlier attempts through the store's own
 * repositories; it can make a method fail once or hold its answer, and see
 * every call the renderer made. Times come from a test clock that moves one
 * second per stored moment, so an attempt's timing is known.
 */
export class InMemoryBackend implements Transport {
  readonly kind = 'ipc' as const;
  readonly calls: { method: string; input: unknown }[] = [];
  /** The scenarios this backend serves, as the loader resolved them. */
  readonly scenarios = new Map<string, ResolvedScenario>();
  readonly store: Store;
  /** Runs before a method answers (a test can hold it on a promise). */
  before: ((method: string, input: unknown) => Promise<void> | void) | null = null;
  private readonly backend: Backend;
  private readonly failures = new Map<string, ApiError[]>();
  private clock = CLOCK_START;
  private nextId = 1;

  constructor(scenarioIds: string[] = ['cmecf-link-bankruptcy'], options: InMemoryBackendOptions = {}) {
    for (const id of scenarioIds) this.scenarios.set(id, builtinScenario(id));
    this.store = openStore(options.dataDir ? join(options.dataDir, 'trainer.db') : ':memory:', { now: () => new Date(this.clock) });
    this.backend = backendOver(this.store, {
      dataDir: options.dataDir ?? '(in memory)',
      scenariosDir: scenarioFolder(scenarioIds, options.extraScenarioFiles ?? {}),
      host: 'browser',
      version: '0.1.0',
      now: () => new Date(this.clock),
      randomId: () => `id-${this.nextId++}`,
      randomSalt: () => TEST_SALT,
      reportError: () => {},
    });
    openBackends.add(this);
  }

  failNext(method: MethodName, message: string, code: ApiError['code'] = 'internal', issues?: ApiError['issues']): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), issues ? { code, message, issues } : { code, message }]);
  }

  callsTo(method: MethodName): unknown[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.input);
  }

  async call(method: string, input: unknown): Promise<ApiResponse<unknown>> {
    this.calls.push({ method, input });
    await this.before?.(method, input);
    const failure = this.failures.get(method)?.shift();
    if (failure) return { ok: false, error: failure };
    return this.backend.call(method, input);
  }

  /** Settings as the store keeps them. */
  get settings(): Store['settings'] {
    return this.store.settings;
  }

  /** Every stored attempt with its events, by id. */
  get attempts() {
    const store = this.store;
    return {
      get size() {
        return store.attempts.list({}).length;
      },
      get(id: string): { attempt: Attempt; events: StoredEvent[] } | undefined {
        const attempt = store.attempts.find(id);
        return attempt && { attempt, events: store.attempts.events(id) };
      },
    };
  }

  /** Stored trainee profiles. */
  get trainees() {
    const store = this.store;
    return {
      values: () => store.trainees.list().values(),
      get: (id: string) => store.trainees.find(id),
    };
  }

  /**
   * Stores an attempt as an earlier session would have: attempt/started and
   * then `events`, each recorded `secondsApart` seconds after the one before.
   */
  seedAttempt(scenarioId: string, mode: 'practice' | 'assess', events: StoredEvent['event'][] = [], secondsApart = 0): Attempt {
    return this.seedAttemptFor(null, scenarioId, mode, events, secondsApart);
  }

  /** Like seedAttempt, recorded for a trainee (null: Guest). */
  seedAttemptFor(traineeId: string | null, scenarioId: string, mode: 'practice' | 'assess', events: StoredEvent['event'][] = [], secondsApart = 0): Attempt {
    const scenario = this.scenarios.get(scenarioId);
    if (!scenario) throw new Error(`this backend does not serve the scenario "${scenarioId}"`);
    const id = `seeded-attempt-${this.nextId++}`;
    const startedAt = this.tick(1);
    this.store.transaction(() => {
      this.store.attempts.insert({ id, traineeId, scenarioId, scenarioVersion: scenario.version, mode, startedAt });
      this.store.attempts.appendEvent(id, 0, { type: 'attempt/started', salt: TEST_SALT, mode }, startedAt);
      events.forEach((event, index) => this.store.attempts.appendEvent(id, index + 1, event, this.tick(secondsApart)));
    });
    const attempt = this.store.attempts.find(id);
    if (!attempt) throw new Error('the seeded attempt was not stored');
    return attempt;
  }

  /** A trainee profile, as if created earlier. */
  seedTrainee(name: string, details: Partial<Omit<Trainee, 'id' | 'name'>> = {}): Trainee {
    const trainee: Trainee = { id: `trainee-${this.nextId++}`, name, email: '', barNumber: '', barState: '', ...details };
    this.store.trainees.insert(trainee, this.tick(1));
    return trainee;
  }

  close(): void {
    openBackends.delete(this);
    this.backend.close();
  }

  /** Moves the test clock on and gives the new time. */
  private tick(seconds: number): string {
    this.clock += seconds * 1000;
    return new Date(this.clock).toISOString();
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
