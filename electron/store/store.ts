import { openDatabase, type Database, type OpenDatabaseOptions } from './database';
import { createAttemptRepo } from './attempt-repo';
import { createCertificateRepo } from './certificate-repo';
import { createGroupCommit, type CommitSoon } from './group-commit';
import { createScenarioRepo } from './scenario-repo';
import { createSettingsRepo } from './settings-repo';
import { createTraineeRepo } from './trainee-repo';

/** The database and its repositories, as the backend uses them. */
export interface Store {
  db: Database;
  /** Set when the old data file could not be used and was kept aside (see openDatabase). */
  notice: string | null;
  scenarios: ReturnType<typeof createScenarioRepo>;
  attempts: ReturnType<typeof createAttemptRepo>;
  trainees: ReturnType<typeof createTraineeRepo>;
  settings: ReturnType<typeof createSettingsRepo>;
  certificates: ReturnType<typeof createCertificateRepo>;
  /**
   * Runs `work` in one immediate (write-locking) transaction, after the writes
   * already waiting for commitSoon. `work` must be synchronous: an `await`
   * inside would let the transaction commit early.
   */
  transaction<T>(work: () => T): T;
  /**
   * Runs `work` in a transaction shared with the other writes asked for in
   * this turn of the event loop (group-commit.ts): resolves once it is
   * committed to disk, rejects with what `work` threw (its own writes undone).
   */
  commitSoon: CommitSoon;
  close(): void;
}

export function openStore(file: string, options: OpenDatabaseOptions = {}): Store {
  const { db, notice } = openDatabase(file, options);
  const group = createGroupCommit(db);
  return {
    db,
    notice,
    scenarios: createScenarioRepo(db),
    attempts: createAttemptRepo(db),
    trainees: createTraineeRepo(db),
    settings: createSettingsRepo(db),
    certificates: createCertificateRepo(db),
    transaction: (work) => {
      group.flushNow();
      return db.transaction(work).immediate();
    },
    commitSoon: group.commitSoon,
    close: () => {
      if (!db.open) return;
      group.flushNow();
      db.close();
    },
  };
}
