import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { base32Encode } from './totp';

/**
 * The secrets enrolment hands out, derived (never drawn at random: the
 * model is deterministic) from the attempt's salt, so each attempt has its
 * own and a replay has the same. The e-mailed security code is derived
 * from the scenario instead, like registration's e-mailed token, so a
 * walkthrough can type it.
 */

function derive(parts: readonly string[]): Uint8Array {
  return sha256(utf8ToBytes(['nextgen-trainer', 'mfa', ...parts].join('\u0000')));
}

/** A 160-bit key (RFC 4226's recommended length), written as 32 base32 characters. */
export function setupKey(salt: string, accountNumber: string, tag: string): string {
  return base32Encode(derive(['setup-key', salt, accountNumber, tag]).slice(0, 20));
}

/** No 0/O or 1/I/L: backup codes are printed and typed by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten backup codes written "xxxxx-xxxxx" [I: the format is the simulator's choice]. */
export function backupCodes(salt: string, accountNumber: string, number: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const bytes = derive(['backup-code', salt, accountNumber, String(number), String(index)]);
    const text = Array.from(bytes.slice(0, 10), (byte) => ALPHABET[byte % ALPHABET.length]).join('');
    return `${text.slice(0, 5)}-${text.slice(5)}`;
  });
}

/** The 6-digit security code e-mailed before an app is added. */
export function emailSecurityCode(scenarioId: string, accountNumber: string, number: number): string {
  const bytes = derive(['email-code', scenarioId, accountNumber, String(number)]);
  const value = ((bytes[0]! << 16) | (bytes[1]! << 8) | bytes[2]!) % 1_000_000;
  return String(value).padStart(6, '0');
}

/** Codes are compared as typed: case, spaces and hyphens do not matter. */
export function normalCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toLowerCase();
}
