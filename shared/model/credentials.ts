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
}

export function digestPassword(salt: string, password: string): string {
  return bytesToHex(sha256(utf8ToBytes(`nextgen-trainer/password/v1\u0000${salt}\u0000${password}`)));
}

export function toSecret(salt: string, password: string): Secret {
  return { digest: digestPassword(salt, password), length: [...password].length };
}
