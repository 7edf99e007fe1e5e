import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The codes the PACER Service Center sends: the e-mailed validation token
 * and the mailed activation code. They must look random to a trainee but be
 * the same in every replay of an attempt, and in a scenario's walkthrough,
 * so they are derived from the scenario and the registration (never from
 * the attempt's salt or the real clock).
 */

/** No 0/O or 1/I/L: codes are read off a letter and typed by hand. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function derive(purpose: string, parts: readonly string[], length: number): string {
  const bytes = sha256(utf8ToBytes(['nextgen-trainer', purpose, ...parts].join('\u0000')));
  return Array.from(bytes.slice(0, length), (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

/** The security code in the validation e-mail: 8 characters, new each time one is sent. */
export function validationToken(scenarioId: string, email: string, sent: number): string {
  return derive('validation-token', [scenarioId, email.toLowerCase(), String(sent)], 8);
}

/** The activation code printed in the letter, as "XXXX-XXXX". */
export function activationCode(scenarioId: string, accountNumber: string): string {
  const code = derive('activation-code', [scenarioId, accountNumber], 8);
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Codes are compared as a person types them: case, spaces and hyphens do not matter. */
export function sameCode(typed: string, expected: string): boolean {
  const normal = (value: string) => value.replace(/[\s-]/g, '').toUpperCase();
  return normal(typed).length > 0 && normal(typed) === normal(expected);
}

/** Days the activation letter takes: 7 to 10 business days, varying by account like the post does. */
export function letterBusinessDays(accountNumber: string): number {
  const digest = bytesToHex(sha256(utf8ToBytes(`nextgen-trainer\u0000letter-days\u0000${accountNumber}`)));
  return 7 + (parseInt(digest.slice(0, 2), 16) % 4);
}
