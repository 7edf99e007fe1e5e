import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { createGroupCommit } from '../../../electron/store/group-commit';
import { openStore } from '../../../electron/store/store';
import { tempDir } from '../support/backend';

function database() {
  const file = join(tempDir('ngt-group-'), 'group.db');
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE rows (n INTEGER PRIMARY KEY)');
  const insert = db.prepare('INSERT INTO rows (n) VALUES (?)');
  return {
    file,
    db,
    insert: (n: number) => insert.run(n),
    /** What another connection (another process after a crash) reads from the file. */
    readByOthers: () => {
      const other = new BetterSqlite3(file, { readonly: true });
      try {
        return other.prepare('SELECT n FROM rows ORDER BY n').pluck().all();
      } finally {
        other.close();
      }
    },
  };
}

describe('group commit', () => {
  test('writes asked for in one turn share one transaction; each caller hears of it only once it is committed', async () => {
    const { db, insert, readByOthers } = database();
    let flush: () => void = () => undefined;
    let scheduled = 0;
    const { commitSoon } = createGroupCommit(db, (run) => {
      scheduled += 1;
      flush = run;
    });
    const answered: number[] = [];
    const writes = [1, 2, 3].map((n) => commitSoon(() => insert(n)).then(() => answered.push(n)));
    expect(scheduled).toBe(1);
    await Promise.resolve();
    expect(answered).toEqual([]);
    expect(readByOthers()).toEqual([]);

    flush();
    await Promise.all(writes);
    expect(answered).toEqual([1, 2, 3]);
    expect(readByOthers()).toEqual([1, 2, 3]);
  });

  test('a write that throws is undone alone and its caller gets the error; the others are committed', async () => {
    const { db, insert, readByOthers } = database();
    const { commitSoon } = createGroupCommit(db);
    const first = commitSoon(() => insert(1));
    const failing = commitSoon(() => {
      insert(2);
      throw new Error('refused after writing');
    });
    const third = commitSoon(() => {
      insert(3);
      return 'three';
    });
    await expect(first).resolves.toBeDefined();
    await expect(failing).rejects.toThrow('refused after writing');
    await expect(third).resolves.toBe('three');
    expect(readByOthers()).toEqual([1, 3]);
  });

  test('when the transaction cannot be carried out, every caller of the batch is told and nothing of it is kept', async () => {
    const { db, insert, readByOthers } = database();
    const { commitSoon } = createGroupCommit(db);
    await commitSoon(() => insert(1));
    const writes = [commitSoon(() => insert(2)), commitSoon(() => insert(3))];
    db.close(); // before the batch's turn comes
    for (const write of writes) await expect(write).rejects.toThrow(/not open/);
    expect(readByOthers()).toEqual([1]);
  });

  test('the store runs a transaction of its own after the writes already waiting, and closing commits them', async () => {
    const store = openStore(join(tempDir('ngt-group-store-'), 'trainer.db'));
    const order: string[] = [];
    const waiting = store.commitSoon(() => {
      store.settings.set('organisation', 'First');
      order.push('waiting');
    });
    store.transaction(() => {
      order.push(`own transaction sees ${store.settings.get('organisation')}`);
    });
    await waiting;
    expect(order).toEqual(['waiting', 'own transaction sees First']);

    const last = store.commitSoon(() => store.settings.set('organisation', 'Second'));
    store.close();
    await last;
  });
});
