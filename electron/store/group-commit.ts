import type { Database } from 'better-sqlite3';

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export type CommitSoon = <T>(work: () => T) => Promise<T>;

export interface GroupCommit {
  commitSoon: CommitSoon;
  /** Commits what is waiting now: a transaction of its own runs after them, in the order they were asked for. */
  flushNow(): void;
}

/**
 * Group commit: the writes that requests ask for in the same turn of the
 * event loop are carried out in one transaction, so a class of trainees
 * clicking at once costs one flush to disk (synchronous = FULL) instead of
 * one each. Each write runs in its own savepoint: one that throws is undone
 * alone and its caller gets the error, the others go on. No caller hears
 * "done" before the transaction holding its write has committed, so every
 * acknowledged write is on disk just as with a transaction of its own; a
 * crash before the commit loses only writes nobody was told about.
 *
 * `work` must be synchronous, as with Store.transaction.
 */
export function createGroupCommit(db: Database, schedule: (flush: () => void) => void = setImmediate): GroupCommit {
  let queue: Pending[] = [];

  const flush = () => {
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      db.transaction(() => {
        for (const pending of batch) {
          try {
            // A transaction inside a transaction is a savepoint in better-sqlite3.
            outcomes.push({ ok: true, value: db.transaction(pending.work)() });
          } catch (error) {
            outcomes.push({ ok: false, value: error });
          }
        }
      }).immediate();
    } catch (error) {
      // The commit itself failed (a full disk, a lost lock): nothing of the batch was written.
      for (const pending of batch) pending.reject(error);
      return;
    }
    batch.forEach((pending, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) pending.resolve(outcome.value);
      else pending.reject(outcome.value);
    });
  };

  const commitSoon = <T>(work: () => T) =>
    new Promise<T>((resolve, reject) => {
      if (queue.length === 0) schedule(flush);
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
    });
  return { commitSoon, flushNow: flush };
}
