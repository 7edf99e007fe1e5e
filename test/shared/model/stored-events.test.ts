import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { digestPassword, toSecret } from '../../../shared/model/credentials';
import { NewerRecordError, UnreadableFormatError } from '../../../shared/model/record-versions';
import { maskCardNumber } from '../../../shared/model/sensitive-numbers';
import { EVENT_RECORD_FORMAT, EVENT_UPCASTERS, eventFromRecord, eventRecord } from '../../../shared/model/stored-events';

const SALT = 'salt-one-1';
const PLACE = { attemptId: 'a1', seq: 3 };
/** The salted SHA-256 format 1 kept for a password. */
const quickDigest = (password: string) => bytesToHex(sha256(utf8ToBytes(`nextgen-trainer/password/v1\u0000${SALT}\u0000${password}`)));

describe('the event record chain', () => {
  it('has one step per earlier format, and today writes format 2 under "v"', () => {
    expect(EVENT_UPCASTERS.map((step) => step.from)).toEqual([1]);
    expect(EVENT_RECORD_FORMAT).toBe(2);
    expect(JSON.parse(eventRecord({ type: 'cmecf/link-confirmed', courtId: 'moeb' }))).toEqual({ courtId: 'moeb', v: 2 });
  });

  it('reads back what it writes, the type from its own column', () => {
    const event = { type: 'pacer/login-submitted', username: 'dwhitfield', password: toSecret(SALT, 'Gateway#Arch19'), clientCode: '' } as const;
    expect(eventFromRecord(event.type, JSON.parse(eventRecord(event)), SALT, PLACE)).toEqual(event);
  });

  it('a record of today\'s format passes unchanged whatever its type: a new event type needs no step', () => {
    const record = { newField: 'kept', v: EVENT_RECORD_FORMAT };
    expect(eventFromRecord('pacer/some-later-event', record, SALT, PLACE)).toEqual({ type: 'pacer/some-later-event', newField: 'kept' });
  });

  it('refuses a record of a newer format, and one whose format is not a number', () => {
    expect(() => eventFromRecord('mail/opened', { mailId: 'm1', v: EVENT_RECORD_FORMAT + 1 }, SALT, PLACE)).toThrow(NewerRecordError);
    expect(() => eventFromRecord('mail/opened', { mailId: 'm1', v: 'two' }, SALT, PLACE)).toThrow(UnreadableFormatError);
  });
});

describe('step 1→2: typed secrets kept as today', () => {
  const [oneToTwo] = EVENT_UPCASTERS;
  const up = (type: string, payload: Record<string, unknown>) => oneToTwo!.up({ type, payload }, { salt: SALT });

  it('a format-1 password (quick digest, length, kinds of character) becomes the slow digest and the rules\' answers', () => {
    const old = { digest: quickDigest('Gateway#Arch19'), length: 14, traits: { lower: true, upper: true, digit: true, special: true } };
    const { payload } = up('pacer/login-submitted', { username: 'dwhitfield', password: old, clientCode: '' });
    expect(payload.password).toEqual(toSecret(SALT, 'Gateway#Arch19'));
    expect((payload.password as { digest: string }).digest).toBe(digestPassword(SALT, 'Gateway#Arch19'));
  });

  it('a posted form\'s secrets are upgraded and its card number kept only as a stand-in', () => {
    const { payload } = up('form/submitted', {
      form: 'pacer/payment',
      button: 'Submit',
      fields: { cardNumber: '4111111111111111', name: 'Dana' },
      secrets: { password: { digest: quickDigest('Eads*Bridge74'), length: 13 } },
    });
    expect(payload.fields).toEqual({ cardNumber: maskCardNumber('4111111111111111'), name: 'Dana' });
    expect((payload.secrets as Record<string, unknown>).password).toMatchObject({ digest: digestPassword(SALT, 'Eads*Bridge74'), lengthAtLeast: 8 });
  });

  it('leaves other events, and what is not a format-1 secret, for the event schema to judge', () => {
    expect(up('mail/opened', { mailId: 'm1' })).toEqual({ type: 'mail/opened', payload: { mailId: 'm1' } });
    expect(up('pacer/login-submitted', { password: 'not a secret' }).payload.password).toBe('not a secret');
  });

  it('runs on a record without "v" and never on one of format 2', () => {
    const old = { username: 'u', password: { digest: quickDigest('Gateway#Arch19'), length: 14 }, clientCode: '' };
    expect(eventFromRecord('pacer/login-submitted', old, SALT, PLACE)).toMatchObject({ password: { digest: digestPassword(SALT, 'Gateway#Arch19') } });
    expect(eventFromRecord('pacer/login-submitted', { ...old, v: 2 }, SALT, PLACE)).toMatchObject({ password: old.password });
  });
});
