import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { StoredEvent } from '../../../shared/api/contract';
import { digestPassword, PASSWORD_KDF, secretVerdicts, toSecret } from '../../../shared/model/credentials';
import { replay } from '../../../shared/model/replay';
import { maskCardNumber } from '../../../shared/model/sensitive-numbers';
import { score } from '../../../shared/scoring/score';
import { asPagePosts } from '../../support/posted';
import { builtinScenario } from '../../support/scenarios';
import { LEGACY, playedOn, storeLegacy } from '../support/legacy-attempts';
import { openBackend, unwrap } from '../support/backend';
import { walkthroughEvents } from '../support/walkthrough';

function rawEvents(dataDir: string): { type: string; payload: string }[] {
  const db = new BetterSqlite3(join(dataDir, 'trainer.db'), { readonly: true });
  const rows = db.prepare('SELECT type, payload FROM attempt_events ORDER BY seq').all() as { type: string; payload: string }[];
  db.close();
  return rows;
}

describe('attempts stored in the old record format', () => {
  test.each(LEGACY.map((legacy) => [legacy.attempt.scenario_id, legacy] as const))(
    '%s replays to its stored score, report and every answer of the sites',
    async (_id, legacy) => {
      const backend = openBackend();
      storeLegacy(join(backend.dataDir, 'trainer.db'), legacy);
      const scenario = playedOn(String(legacy.attempt.scenario_id), Number(legacy.attempt.scenario_version));
      const got = unwrap<{ events: StoredEvent[] }>(await backend.call('attempts.get', { attemptId: legacy.attempt.id }));
      const events = got.events.map((row) => row.event);
      expect(replay(scenario, events).outcomes).toEqual(legacy.outcomes);
      const span = (Date.parse(got.events.at(-1)!.recordedAt) - Date.parse(got.events[0]!.recordedAt)) / 1000;
      const report = score(scenario, events, { elapsedSeconds: span });
      expect(report.score).toBe(legacy.attempt.score);
      expect(report).toEqual(JSON.parse(String(legacy.attempt.report)));
      // Read in the current format: no length, no kinds of character, no derived card digits.
      const text = JSON.stringify(events);
      expect(text).not.toMatch(/"length"|"traits"/);
      for (const event of events) {
        if (event.type === 'form/submitted' && event.fields.cardNumber) expect(event.fields.cardNumber).toBe(maskCardNumber(event.fields.cardNumber));
      }
    },
  );
});

/** The salted SHA-256 a format-1 record kept for a password. */
const quickDigest = (salt: string, password: string) => bytesToHex(sha256(utf8ToBytes(`nextgen-trainer/password/v1\u0000${salt}\u0000${password}`)));

describe('what a stored attempt gives someone trying to recover a typed secret', () => {
  const WORD_LIST = ['password1', 'Summer2024!', 'letmein99', 'Dana2024!', 'MyRealPacerPass!2024', 'Welcome#1', 'qwerty123', 'Passw0rd!', 'Cardinals#1', 'StLouis2024'];
  const TYPED = 'MyRealPacerPass!2024';

  test('a word list finds nothing quickly: the digest costs an scrypt run per guess and nothing beside it narrows the list', async () => {
    const backend = openBackend();
    const scenario = builtinScenario('cmecf-link-bankruptcy');
    const started = unwrap<{ attempt: { id: string }; events: StoredEvent[] }>(await backend.call('attempts.start', { scenarioId: scenario.id, mode: 'practice' }));
    const first = started.events[0]?.event;
    if (first?.type !== 'attempt/started') throw new Error('no attempt/started');
    const wrong = { type: 'pacer/login-submitted', username: 'dwhitfield', password: toSecret(first.salt, TYPED), clientCode: '' };
    unwrap(await backend.call('attempts.append', { attemptId: started.attempt.id, seq: 1, event: wrong }));

    const stored = JSON.parse(rawEvents(backend.dataDir).find((row) => row.type === 'pacer/login-submitted')!.payload) as {
      password: Record<string, unknown>;
    };
    // Beside the digest, only the rules' answers: no length, no kinds of character.
    expect(Object.keys(stored.password).sort()).toEqual(['characterClasses', 'digest', 'lengthAtLeast', 'securityCodeShape']);
    const digest = stored.password.digest;

    // The old attack, one SHA-256 per word, now finds nothing.
    expect(WORD_LIST.filter((word) => quickDigest(first.salt, word) === digest)).toEqual([]);
    // The answers leave every word of 14 to 45 characters in the list, and every word of 8 to 13 reads alike.
    const consistent = WORD_LIST.filter((word) => {
      const verdicts = secretVerdicts(word);
      return verdicts.lengthAtLeast === stored.password.lengthAtLeast && verdicts.characterClasses === stored.password.characterClasses;
    });
    expect(consistent).toContain(TYPED);
    expect(new Set(WORD_LIST.filter((word) => word.length >= 8 && word.length <= 13).map((word) => JSON.stringify(secretVerdicts(word)))).size).toBe(1);

    // Finding it takes the slow digest for every guess: 2 MiB of memory and tens of thousands of Salsa20/8 cores each.
    expect(128 * PASSWORD_KDF.N * PASSWORD_KDF.r).toBe(2 * 1024 * 1024);
    // Counted, not timed (a timing would wobble on a busy machine): scrypt's ROMix runs 2N BlockMix
    // rounds of 2r Salsa20/8 cores each, 65,536 cores a guess, against a SHA-256's one or two blocks.
    expect(4 * PASSWORD_KDF.N * PASSWORD_KDF.r * PASSWORD_KDF.p).toBeGreaterThanOrEqual(65_536);
    expect(WORD_LIST.find((word) => digestPassword(first.salt, word) === digest)).toBe(TYPED);
  });

  test('a stored card keeps nothing of its middle digits: brand, length, last four and Luhn result only', async () => {
    const backend = openBackend();
    const scenario = builtinScenario('pacer-stored-payment');
    const started = unwrap<{ attempt: { id: string }; events: StoredEvent[] }>(await backend.call('attempts.start', { scenarioId: scenario.id, mode: 'practice' }));
    const first = started.events[0]?.event;
    if (first?.type !== 'attempt/started') throw new Error('no attempt/started');
    const typedCard = '4556 7375 8689 9855';
    const events = walkthroughEvents(scenario, first.salt).map((event) =>
      asPagePosts(event.type === 'form/submitted' && event.fields.cardNumber ? { ...event, fields: { ...event.fields, cardNumber: typedCard } } : event),
    );
    let seq = 1;
    for (const event of events) {
      unwrap(await backend.call('attempts.append', { attemptId: started.attempt.id, seq, event }));
      seq += 1;
    }
    const fields = rawEvents(backend.dataDir)
      .filter((row) => row.type === 'form/submitted')
      .map((row) => (JSON.parse(row.payload) as { fields: Record<string, string> }).fields);
    const card = fields.find((posted) => posted.cardNumber)!;
    expect(card.cardNumber).toBe('4000000000099855');
    expect(card.securityCode).toBe('000');
    // Every other Visa number of 16 digits ending 9855 that passes the Luhn check is stored the same way.
    for (const other of ['4111111111149855', '4929000000079855', '4000000000099855']) expect(maskCardNumber(other)).toBe(card.cardNumber);
    const everything = rawEvents(backend.dataDir).map((row) => row.payload).join('\n');
    for (const run of ['455673', '7375', '8689', '4471902']) expect(everything).not.toContain(run);
  });
});
