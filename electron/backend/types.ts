import type { ApiResponse } from '../../shared/api/contract';

/** Where the backend runs: behind Electron IPC, or behind the browser-mode HTTP server. */
export type HostKind = 'electron' | 'browser';

export interface BackendOptions {
  /** Folder that holds the database (Electron's userData, or --data DIR in browser mode). */
  dataDir: string;
  /** Folder with courts.json and builtin/*.json. */
  scenariosDir: string;
  host: HostKind;
  version: string;
  /** Injected for tests; defaults to the real clock and crypto ids. */
  now?: () => Date;
  randomId?: () => string;
  /** The password salt of a new attempt (its attempt/started event); 16 random bytes by default. */
  randomSalt?: () => string;
  /**
   * better-sqlite3 binding built for the running ABI (the desktop app's
   * Electron build). Defaults, in Electron, to $TRAINER_SQLITE_BINDING set by
   * electron/launcher.mjs; otherwise the Node build in node_modules.
   */
  nativeBinding?: string | undefined;
  /** Told about failures callers only see as 'internal' (never about input); console.error by default. */
  reportError?: (method: string, error: unknown) => void;
}

/**
 * The backend as both hosts see it: one dispatcher. `call` validates the
 * input against the contract, runs the handler and returns a result value;
 * it never throws for bad input.
 */
export interface Backend {
  call(method: string, input: unknown): Promise<ApiResponse<unknown>>;
  close(): void;
}
