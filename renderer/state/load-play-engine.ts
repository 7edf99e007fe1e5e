import type * as Engine from './play-engine';

export type PlayEngine = typeof Engine;

let loading: Promise<PlayEngine> | null = null;

/**
 * The shared model for playing, imported once when a play starts (see
 * play-engine.ts); a failed import is tried again on the next play.
 */
export function loadPlayEngine(): Promise<PlayEngine> {
  loading ??= import('./play-engine').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
