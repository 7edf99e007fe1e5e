import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A password as the model sees it: a salted digest and its length.
 *
 * Trainees are told never to type real credentials, but some will. The
 * clear text is reduced to this shape in the screen that captured it, so
 * it never reaches an event, the database, a log or an export. The length
 * is kept because the real login refuses short passwords with its own message.
 */
export interface Secret {
  digest: string;
  length: number;
  /**
   * Which kinds of character the password has, for the 2025 password rules
   * (at least one lower-case, upper-case and special character). Facts
   * about the clear text, never the text; absent in older events.
   */
  traits?: SecretTraits;
}

export interface SecretTraits {
  lower: boolean;
  upper: boolean;
  digit: boolean;
  special: boolean;
}

export function secretTraits(password: string): SecretTraits {
  return {
    lower: /\p{Ll}/u.test(password),
    upper: /\p{Lu}/u.test(password),
    digit: /\p{Nd}/u.test(password),
    special: /[^\p{L}\p{Nd}\s]/u.test(password),
  };
}

export function digestPassword(salt: string, password: string): string {
  return bytesToHex(sha256(utf8ToBytes(`nextgen-trainer/password/v1\u0000${salt}\u0000${password}`)));
}

export function toSecret(salt: string, password: string): Secret {
  return { digest: digestPassword(salt, password), length: [...password].length, traits: secretTraits(password) };
}
