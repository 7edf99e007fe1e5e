import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../store/store';
import { appHandlers } from './app-handlers';
import { attemptHandlers } from './attempt-handlers';
import type { HandlerContext } from './context';
import { loadCourses } from './course-library';
import { courseHandlers } from './course-handlers';
import { createDispatcher } from './dispatcher';
import { recordHandlers } from './record-handlers';
import { createScenarioReader, loadBuiltinScenarios } from './scenario-library';
import { traineeHandlers } from './trainee-handlers';
import type { Backend, BackendOptions } from './types';

export const DATABASE_FILE_NAME = 'trainer.db';

/**
 * The backend both hosts serve: opens (or creates) `<dataDir>/trainer.db`,
 * loads the built-in scenario packs, and answers every contract method
 * through one dispatcher.
 */
export function createBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  const store = openStore(join(options.dataDir, DATABASE_FILE_NAME), {
    now,
    nativeBinding: options.nativeBinding ?? (options.host === 'electron' ? process.env.TRAINER_SQLITE_BINDING : undefined),
  });
  try {
    return backendOver(store, options);
  } catch (error) {
    store.close();
    throw error;
  }
}

/**
 * The backend over a store its caller opened: what createBackend serves once
 * the data file is open. Tests open an in-memory store and keep it, so they
 * can set up trainees and attempts through the same repositories.
 */
export function backendOver(store: Store, options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const scenarioProblems = store.transaction(() => loadBuiltinScenarios(options.scenariosDir, store.scenarios, now().toISOString(), options.version));
  const courses = loadCourses(options.scenariosDir, (scenarioId) => store.scenarios.latest(scenarioId) !== undefined);
  const scenarios = createScenarioReader(store.scenarios);
  const ctx: HandlerContext = {
    options,
    store,
    scenarios,
    scenarioProblems: [...scenarioProblems, ...scenarios.problems, ...courses.problems],
    courses: courses.courses,
    timestamp: () => now().toISOString(),
    newId: options.randomId ?? randomUUID,
    newSalt: options.randomSalt ?? (() => randomBytes(16).toString('base64url')),
  };
  const call = createDispatcher(
    { ...appHandlers(ctx), ...attemptHandlers(ctx), ...traineeHandlers(ctx), ...recordHandlers(ctx), ...courseHandlers(ctx) },
    options.reportError ?? ((method, error) => console.error(`[backend] ${method} failed:`, error)),
  );
  return {
    call: (method, input) => (store.db.open ? call(method, input) : Promise.resolve(closedResponse)),
    close: () => store.close(),
  };
}

const closedResponse = {
  ok: false,
  error: { code: 'internal', message: 'The trainer is shutting down; this request was not carried out.' },
} as const;
