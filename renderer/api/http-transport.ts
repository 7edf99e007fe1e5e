import type { ApiError, ApiResponse } from '../../shared/api/contract';
import type { Transport } from './transport';

/**
 * Browser mode: the backend answers POST /api/<method> on 127.0.0.1. The
 * launch URL carries a per-launch token (`?token=...`). It is kept in
 * sessionStorage, so a reload of this tab keeps working, and it is taken out
 * of the visible address so it does not end up in bookmarks or screenshots.
 */

export const TOKEN_STORAGE_KEY = 'nextgen-trainer/token';
export const TOKEN_HEADER = 'x-trainer-token';
const TIMEOUT_MS = 30_000;

export interface HttpTransportDeps {
  fetch: typeof fetch;
  location: Pick<Location, 'origin' | 'search' | 'pathname' | 'hash'>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  history: Pick<History, 'replaceState'> | null;
}

function defaultDeps(): HttpTransportDeps {
  return {
    fetch: (...args) => window.fetch(...args),
    location: window.location,
    storage: safeSessionStorage(),
    history: window.history,
  };
}

function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage can be disabled; the token then lives for this page only
  }
}

/** Reads the launch token from the address (and remembers it), or from this tab's storage after a reload. */
export function takeLaunchToken(deps: Pick<HttpTransportDeps, 'location' | 'storage' | 'history'>): string | null {
  const params = new URLSearchParams(deps.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    try {
      deps.storage?.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // quota or privacy mode: keep going with the token in memory
    }
    params.delete('token');
    const rest = params.toString();
    deps.history?.replaceState(null, '', `${deps.location.pathname}${rest ? `?${rest}` : ''}${deps.location.hash}`);
    return fromUrl;
  }
  try {
    return deps.storage?.getItem(TOKEN_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

const failure = (message: string, code: ApiError['code'] = 'internal'): ApiResponse<never> => ({
  ok: false,
  error: { code, message },
});

function isApiResponse(value: unknown): value is ApiResponse<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createHttpTransport(overrides: Partial<HttpTransportDeps> = {}): Transport {
  const deps = { ...defaultDeps(), ...overrides };
  const token = takeLaunchToken(deps);
  const where = deps.location.origin;

  return {
    kind: 'http',
    async call(method, input) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers[TOKEN_HEADER] = token;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
      let response: Response;
      try {
        response = await deps.fetch(`${where}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
          signal: controller.signal,
          cache: 'no-store',
        });
      } catch (error) {
        const reason = controller.signal.aborted ? `no answer within ${TIMEOUT_MS / 1000} seconds` : describe(error);
        return failure(`Cannot reach the trainer at ${where} (${reason}). Check that the trainer is still running, then try again.`);
      } finally {
        clearTimeout(timer);
      }

      let body: unknown = null;
      try {
        body = await response.json();
      } catch {
        body = null;
      }
      if (isApiResponse(body)) return body;
      if (response.status === 401 || response.status === 403) {
        return failure(
          token
            ? 'The trainer refused this page: its access token is no longer valid. Open the address the trainer printed when it started.'
            : 'This page was not opened from the trainer\u2019s launch address, so it has no access token. Open the address the trainer printed when it started.',
        );
      }
      return failure(`The trainer sent an unexpected answer to ${method} (HTTP ${response.status}).`);
    },
  };
}
