import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';

/**
 * Time-based one-time passwords as authenticator apps compute them: RFC 6238
 * (TOTP) over RFC 4226 (HOTP), HMAC-SHA1, 30-second steps, 6 digits — the
 * defaults every authenticator app assumes for an otpauth:// key without
 * parameters. Time comes from the caller (the simulated clock), never from
 * the real one, so a replayed attempt computes the same codes.
 */

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding: how setup keys are written and typed. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** The bytes of a typed setup key (spaces, hyphens, padding and case ignored), or null when it is not base32. */
export function base32Decode(typed: string): Uint8Array | null {
  const clean = typed.replace(/[\s=-]/g, '').toUpperCase();
  if (clean.length === 0) return null;
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(bytes);
}

/** RFC 4226 HOTP: the counter as 8 big-endian bytes, HMAC-SHA1, dynamic truncation, `digits` decimal digits. */
export function hotp(key: Uint8Array, counter: number, digits = TOTP_DIGITS): string {
  const message = new Uint8Array(8);
  let rest = counter;
  for (let index = 7; index >= 0; index -= 1) {
    message[index] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  const mac = hmac(sha1, key, message);
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary =
    ((mac[offset]! & 0x7f) << 24) | ((mac[offset + 1]! & 0xff) << 16) | ((mac[offset + 2]! & 0xff) << 8) | (mac[offset + 3]! & 0xff);
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The time step a moment falls in: T = floor(unix seconds / 30). */
export function timeStep(unixSeconds: number): number {
  return Math.floor(unixSeconds / TOTP_STEP_SECONDS);
}

/** RFC 6238 TOTP at a moment given in Unix seconds. */
export function totp(key: Uint8Array, unixSeconds: number, digits = TOTP_DIGITS): string {
  return hotp(key, timeStep(unixSeconds), digits);
}

/** Seconds until the code shown at this moment changes (1–30). */
export function secondsRemaining(unixSeconds: number): number {
  return TOTP_STEP_SECONDS - (((unixSeconds % TOTP_STEP_SECONDS) + TOTP_STEP_SECONDS) % TOTP_STEP_SECONDS);
}

/**
 * The simulated clock ("YYYY-MM-DDTHH:mm:ss", the scenario's local time) as
 * Unix seconds. The simulated phone and the simulated PACER read the same
 * clock, so treating it as UTC keeps them in step; time zones play no part.
 */
export function clockSeconds(clock: string): number {
  const [date = '', time = ''] = clock.split('T');
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0, second = 0] = time.split(':').map(Number);
  return Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
}

/** The otpauth:// address an enrolment screen's QR code carries (Google Authenticator's "Key Uri Format"). */
export function otpauthUri(issuer: string, accountName: string, setupKey: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  return `otpauth://totp/${label}?secret=${setupKey}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=${TOTP_DIGITS}&period=${TOTP_STEP_SECONDS}`;
}

/** The account name and key an otpauth:// address carries, as an authenticator app reads them; null when it is not one. */
export function parseOtpauthUri(uri: string): { issuer: string; accountName: string; setupKey: string } | null {
  const match = /^otpauth:\/\/totp\/([^?]+)\?(.*)$/.exec(uri);
  if (!match) return null;
  const params = new Map(
    (match[2] ?? '').split('&').map((pair) => {
      const [name = '', value = ''] = pair.split('=');
      return [decodeURIComponent(name), decodeURIComponent(value)] as const;
    }),
  );
  const setupKey = params.get('secret');
  if (!setupKey || !base32Decode(setupKey)) return null;
  const label = decodeURIComponent(match[1]!);
  const [issuerPart, ...nameParts] = label.split(':');
  const accountName = nameParts.length > 0 ? nameParts.join(':') : label;
  return { issuer: params.get('issuer') ?? (nameParts.length > 0 ? issuerPart! : ''), accountName, setupKey };
}
