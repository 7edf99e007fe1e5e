import type { TrainerEvent } from '../../shared/model/events';

/**
 * Sends an attempt's events to the backend one at a time, in order: the
 * event at index i is appended with seq = i. Screens never wait for it;
 * a failure is reported and the unsaved events are retried, still in order,
 * on the next flush (the next step the trainee takes, or a retry).
 */
export interface SaveQueue {
  /** Saves everything not yet saved. Resolves true when the whole log is saved. */
  flush(): Promise<boolean>;
  /** How many events, from the start of the log, the backend holds. */
  readonly saved: number;
  /** Stops sending (the attempt was left or replaced). */
  stop(): void;
}

export interface SaveQueueOptions {
  /** Events already stored (a resumed attempt's log, or the backend's first event). */
  saved: number;
  /** The attempt's current log. */
  events(): readonly TrainerEvent[];
  append(seq: number, event: TrainerEvent): Promise<void>;
  /**
   * After a failure, how many events the backend really holds (e.g. an append
   * that timed out but was stored). Returns null when that cannot be told.
   */
  recover?(saved: number, error: unknown): Promise<number | null>;
  /** Called with the error of a failed flush, and with null once everything is saved again. */
  onStatus(error: unknown): void;
}

export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  let saved = options.saved;
  let stopped = false;
  let tail: Promise<boolean> = Promise.resolve(true);
  let failing = false;

  async function drain(): Promise<boolean> {
    while (!stopped && saved < options.events().length) {
      const event = options.events()[saved];
      if (!event) break;
      try {
        await options.append(saved, event);
        saved += 1;
      } catch (error) {
        const recovered = stopped ? null : await options.recover?.(saved, error).catch(() => null);
        if (typeof recovered === 'number' && recovered > saved) {
          saved = Math.min(recovered, options.events().length);
          continue;
        }
        if (!stopped) {
          failing = true;
          options.onStatus(error);
        }
        return false;
      }
    }
    if (failing && !stopped) {
      failing = false;
      options.onStatus(null);
    }
    return !stopped || saved >= options.events().length;
  }

  return {
    flush() {
      tail = tail.then(drain, drain);
      return tail;
    },
    get saved() {
      return saved;
    },
    stop() {
      stopped = true;
    },
  };
}
