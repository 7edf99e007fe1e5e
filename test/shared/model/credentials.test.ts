import { scrypt } from '@noble/hashes/scrypt.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  digestPassword,
  isBlank,
  knownSecret,
  longerThan,
  PASSWORD_KDF,
  saltedDigest,
  secretVerdicts,
  shorterThan,
  toSecret,
} from '../../../shared/model/credentials';

const SALT = 'salt-one-1';

describe('passwords as the model sees them (never clear text)', () => {
  it('a password becomes a 64-character hex digest and the rules\u2019 answers: no length, no kinds of character', () => {
    const secret = toSecret(SALT, 'Gateway#Arch19');
    expect(secret).toEqual({ digest: expect.stringMatching(/^[0-9a-f]{64}$/), lengthAtLeast: 14, characterClasses: true, securityCodeShape: false });
    expect(JSON.stringify(secret)).not.toContain('Gateway');
  });

  it('the digest is scrypt (N = 2^11, r = 8) over the salted quick digest, with the attempt salt', () => {
    expect(PASSWORD_KDF).toEqual({ N: 2048, r: 8, p: 1, dkLen: 32 });
    const expected = bytesToHex(scrypt(saltedDigest(SALT, 'Gateway#Arch19'), `nextgen-trainer/password/v2\u0000${SALT}`, PASSWORD_KDF));
    expect(digestPassword(SALT, 'Gateway#Arch19')).toBe(expected);
  });

  it('the same password and salt give the same digest; another salt or another case does not', () => {
    expect(digestPassword(SALT, 'Gateway#Arch19')).toBe(digestPassword(SALT, 'Gateway#Arch19'));
    expect(digestPassword('salt-two-2', 'Gateway#Arch19')).not.toBe(digestPassword(SALT, 'Gateway#Arch19'));
    expect(digestPassword(SALT, 'gateway#arch19')).not.toBe(digestPassword(SALT, 'Gateway#Arch19'));
  });

  it('salt and password cannot be shifted into each other', () => {
    expect(digestPassword('ab', 'c')).not.toBe(digestPassword('a', 'bc'));
  });

  it('a scenario\u2019s own password digests the same way as the same text typed', () => {
    expect(knownSecret(SALT, 'Eads*Bridge74')).toEqual(toSecret(SALT, 'Eads*Bridge74'));
  });
});

describe('the password rules\u2019 answers', () => {
  it('length is kept only as the band between the limits the rules compare with, counted as a person types', () => {
    const band = (text: string) => secretVerdicts(text).lengthAtLeast;
    expect(['', 'a', 'abc', 'abcde', 'abcdefgh', 'a'.repeat(14), 'a'.repeat(46)].map(band)).toEqual([0, 1, 3, 5, 8, 14, 46]);
    expect(band('🔒🔒🔒🔒🔒🔒🔒🔒')).toBe(8);
    // Every length from 8 to 13 reads the same: the answers cannot narrow a guess list to one length.
    expect(new Set([8, 9, 10, 11, 12, 13].map((length) => JSON.stringify(secretVerdicts('x'.repeat(length)))))).toEqual(
      new Set([JSON.stringify(secretVerdicts('x'.repeat(8)))]),
    );
  });

  it('the rules read the answers exactly as they read the length before', () => {
    const nine = toSecret(SALT, 'abcdefghi');
    expect(isBlank(toSecret(SALT, ''))).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(shorterThan(nine, 8)).toBe(false);
    expect(shorterThan(nine, 14)).toBe(true);
    expect(longerThan(nine, 45)).toBe(false);
    expect(longerThan(toSecret(SALT, 'a'.repeat(46)), 45)).toBe(true);
    expect(longerThan(toSecret(SALT, 'a'.repeat(45)), 45)).toBe(false);
    expect(() => longerThan(nine, 20)).toThrow(/no length verdict/);
  });

  it('character classes are answered only for 14 to 45 characters, the only length the 2025 rule looks at', () => {
    expect(secretVerdicts('Union*Station88').characterClasses).toBe(true);
    expect(secretVerdicts('union*station88').characterClasses).toBe(false);
    expect(secretVerdicts('UnionStation888').characterClasses).toBe(false);
    expect(secretVerdicts('Union*St').characterClasses).toBe(false);
  });

  it('a security code is 3 or 4 characters with a digit; a password never reads as one', () => {
    expect(['737', '7371', 'ab7', 'abc', '73', '73712', 'Gateway#Arch19'].map((text) => secretVerdicts(text).securityCodeShape)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
