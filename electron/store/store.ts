import { openDatabase, type Database, type OpenDatabaseOptions } from './database';
import { createAttemptRepo } from './attempt-repo';
import { createCertificateRepo } from './certificate-repo';
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
   * Runs `work` in one immediate (write-locking) transaction. `work` must be
   * synchronous: an `await` inside would let the transaction commit early.
   */
  transaction<T>(work: () => T): T;
  close(): void;
}

export function openStore(file: string, options: OpenDatabaseOptions = {}): Store {
  const { db, notice } = openDatabase(file, options);
  return {
    db,
    notice,
    scenarios: createScenarioRepo(db),
    attempts: createAttemptRepo(db),
    trainees: createTraineeRepo(db),
    settings: createSettingsRepo(db),
    certificates: createCertificateRepo(db),
    transaction: (work) => db.transaction(work).immediate(),
    close: () => {
      if (db.open) db.close();
    },
  };
}
