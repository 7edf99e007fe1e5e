import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  clockSeconds,
  hotp,
  otpauthUri,
  parseOtpauthUri,
  secondsRemaining,
  totp,
} from '../../../../../shared/model/pacer/mfa/totp';

/** The SHA-1 seed of RFC 6238 Appendix B and RFC 4226 Appendix D: the ASCII string "12345678901234567890". */
const SEED = utf8ToBytes('12345678901234567890');

describe('the authenticator algorithm', () => {
  it('matches RFC 4226 Appendix D (HOTP, 6 digits)', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(expected.map((_, counter) => hotp(SEED, counter))).toEqual(expected);
  });

  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('matches RFC 6238 Appendix B (SHA1) at T = %i: %s, and its last six digits', (seconds, code) => {
    expect(totp(SEED, seconds, 8)).toBe(code);
    expect(totp(SEED, seconds)).toBe(code.slice(2));
  });

  it('reads the simulated clock as Unix seconds, and counts down each 30-second step', () => {
    expect(clockSeconds('2009-02-13T23:31:30')).toBe(1234567890);
    expect(secondsRemaining(1234567890)).toBe(30);
    expect(secondsRemaining(1234567899)).toBe(21);
  });

  it('writes keys in base32 and reads them back as typed (spaces, hyphens and case ignored)', () => {
    const key = base32Encode(SEED);
    expect(key).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode(key.toLowerCase().replace(/(.{4})/g, '$1 '))).toEqual(SEED);
    expect(base32Decode('not base32!')).toBeNull();
  });

  it('puts the key in an otpauth:// address an authenticator can read back', () => {
    const uri = otpauthUri('PACER', 'lmbrennan', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(uri.startsWith('otpauth://totp/PACER:lmbrennan?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=PACER')).toBe(true);
    expect(parseOtpauthUri(uri)).toEqual({ issuer: 'PACER', accountName: 'lmbrennan', setupKey: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' });
  });
});
