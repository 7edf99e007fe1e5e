import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from 'vitest';
import type { StoredEvent } from '../../../shared/api/contract';
import { toSecret } from '../../../shared/model/credentials';
import { builtinScenario } from '../../support/scenarios';
import { openBackend, unwrap } from '../support/backend';
import { walkthroughEvents } from '../support/walkthrough';

const scenario = builtinScenario('cmecf-link-bankruptcy');

// What a trainee might type: a real-looking password of their own (wrong here), and the briefing's fictional ones (right).
const TYPED_WRONG = ['MyRealPacerPass!2024', 'dana-bank-Passw0rd'];
const RIGHT = ['Gateway#Arch19', 'Eads*Bridge74'];

function databaseFiles(dataDir: string): Buffer[] {
  return ['trainer.db', 'trainer.db-wal']
    .map((name) => join(dataDir, name))
    .flatMap((file) => {
      try {
        return [readFileSync(file)];
      } catch {
        return [];
      }
    });
}

const contains = (files: Buffer[], text: string) =>
  files.some((bytes) => bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le')));

test('a password the trainee types never reaches the database files: events carry salted digests', async () => {
  const backend = openBackend();
  const started = unwrap<{ attempt: { id: string }; events: StoredEvent[] }>(
    await backend.call('attempts.start', { scenarioId: scenario.id, mode: 'practice' }),
  );
  const first = started.events[0]?.event;
  if (first?.type !== 'attempt/started') throw new Error('no attempt/started');
  const attemptId = started.attempt.id;

  const wrongLogins = TYPED_WRONG.map((password) => ({
    type: 'pacer/login-submitted',
    username: 'dwhitfield',
    password: toSecret(first.salt, password),
    clientCode: '',
  }));
  const wrongLink = { type: 'cmecf/link-credentials-submitted', courtId: 'moeb', login: 'dmw4521', password: toSecret(first.salt, TYPED_WRONG[0]!) };
  let seq = 1;
  for (const event of [...wrongLogins, wrongLink, ...walkthroughEvents(scenario, first.salt)]) {
    unwrap(await backend.call('attempts.append', { attemptId, seq, event }));
    seq += 1;
  }
  unwrap(await backend.call('attempts.finish', { attemptId, reason: 'completed' }));

  // While the app runs (the events sit in the write-ahead log) and after it closes (checkpointed into the .db).
  const whileOpen = databaseFiles(backend.dataDir);
  expect(whileOpen.length).toBe(2);
  backend.close();
  const afterClose = databaseFiles(backend.dataDir);
  // Canary: the scan does see text that is stored (the scenario's own fictional password is in its definition).
  expect(contains(afterClose, RIGHT[0]!)).toBe(true);
  for (const password of TYPED_WRONG) {
    expect(contains(whileOpen, password), password).toBe(false);
    expect(contains(afterClose, password), password).toBe(false);
  }

  // The right passwords are the scenario's fictional ones, stored in the scenario itself; the attempt holds only digests.
  const db = new BetterSqlite3(join(backend.dataDir, 'trainer.db'), { readonly: true });
  const attemptText = JSON.stringify([
    db.prepare('SELECT * FROM attempts').all(),
    db.prepare('SELECT * FROM attempt_events').all(),
  ]);
  db.close();
  for (const password of [...TYPED_WRONG, ...RIGHT]) expect(attemptText).not.toContain(password);
  expect(attemptText).toContain(toSecret(first.salt, RIGHT[0]!).digest);
});
