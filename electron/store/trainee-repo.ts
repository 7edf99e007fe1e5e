import type { Database } from 'better-sqlite3';
import type { Trainee } from '../../shared/api/contract';

interface Row {
  id: string;
  name: string;
  email: string;
  bar_number: string;
  bar_state: string;
  created_at: string;
}

const toTrainee = (row: Row): Trainee => ({
  id: row.id,
  name: row.name,
  email: row.email,
  barNumber: row.bar_number,
  barState: row.bar_state,
});

/** The people who take attempts, as the trainer knows them (no accounts, no passwords). */
export function createTraineeRepo(db: Database) {
  const insert = db.prepare<[Row]>(
    `INSERT INTO trainees (id, name, email, bar_number, bar_state, created_at)
     VALUES (@id, @name, @email, @bar_number, @bar_state, @created_at)`,
  );
  const find = db.prepare<[string], Row>('SELECT * FROM trainees WHERE id = ?');
  const list = db.prepare<[], Row>('SELECT * FROM trainees ORDER BY name COLLATE NOCASE, created_at');
  const update = db.prepare<[Omit<Row, 'created_at'>]>(
    `UPDATE trainees SET name = @name, email = @email, bar_number = @bar_number, bar_state = @bar_state WHERE id = @id`,
  );

  return {
    insert(trainee: Trainee, createdAt: string): void {
      insert.run({
        id: trainee.id,
        name: trainee.name,
        email: trainee.email,
        bar_number: trainee.barNumber,
        bar_state: trainee.barState,
        created_at: createdAt,
      });
    },
    find(id: string): Trainee | undefined {
      const row = find.get(id);
      return row && toTrainee(row);
    },
    list(): Trainee[] {
      return list.all().map(toTrainee);
    },
    /** Replaces the profile's details (its id and creation time stay); returns false if there is no such trainee. */
    update(trainee: Trainee): boolean {
      const { changes } = update.run({
        id: trainee.id,
        name: trainee.name,
        email: trainee.email,
        bar_number: trainee.barNumber,
        bar_state: trainee.barState,
      });
      return changes === 1;
    },
  };
}

export type TraineeRepo = ReturnType<typeof createTraineeRepo>;
