import { scrypt } from '@noble/hashes/scrypt.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A password as the model sees it: a slow, salted digest and the verdicts
 * of the password rules, decided from the typed text in the screen that
 * captured it, before the field is wiped.
 *
 * Trainees are told never to type real credentials, but some will, so
 * nothing here helps anyone recover the text from a stored attempt: the
 * digest costs an scrypt run per guess, and no length or set of character
 * kinds is kept, only the rules' answers.
 */
export interface Secret {
  digest: string;
  /**
   * The largest of the rules' length limits the text reaches (see
   * LENGTH_LIMITS): 0 when empty, then 1, 3, 5, 8, 14 or 46 characters.
   */
  lengthAtLeast: LengthLimit;
  /**
   * The 2025 rule: 14 to 45 characters with a lower-case, an upper-case and
   * a special character. Answered only for a text of that length, the only
   * one the rule is asked about (shorter and longer ones fail on length first).
   */
  characterClasses: boolean;
  /** A card's security code: 3 or 4 characters, at least one a digit. */
  securityCodeShape: boolean;
  /**
   * The 2025 rule "no part of the first name, last name, username or e-mail
   * address": whether the text holds one of the personal parts the model named
   * for the form (pacer/password-policy.ts). Present only when the form had
   * personal parts to check, so passwords of the earlier era post exactly as before.
   */
  personalPart?: boolean;
}

/** Every length the rules compare with (PASSWORD_RULES, the login forms' 8, a security code's 3 to 4, CM/ECF's 64). */
export const LENGTH_LIMITS = [0, 1, 3, 5, 8, 14, 46, 65] as const;
export type LengthLimit = (typeof LENGTH_LIMITS)[number];

/**
 * scrypt's cost, set by the renderer's budget. Measured in Chromium on a
 * two-core machine running other test suites (load 4-5): 14-38 ms a
 * password (median about 21) once the engine has compiled scrypt, the
 * first of a session 80-150 ms; so a form posts its passwords in well under
 * 100 ms. N = 2^12 took 29-45 ms, too much for Change Password's two. Each
 * guess at a stored digest costs the same run and 2 MiB, thousands of times
 * a SHA-256. Changing it changes every digest and needs a new record format
 * (stored-events.ts).
 */
export const PASSWORD_KDF = { N: 2 ** 11, r: 8, p: 1, dkLen: 32 } as const;

/**
 * A quick salted SHA-256, for what the model derives itself (reset-link
 * tokens, security answers) and as the first step of a password digest.
 * Password digests of stored format 1 were this alone.
 */
export function saltedDigest(salt: string, text: string): string {
  return bytesToHex(sha256(utf8ToBytes(`nextgen-trainer/password/v1\u0000${salt}\u0000${text}`)));
}

/**
 * The stored password digest: scrypt over the quick digest. Built on it so
 * that a format-1 digest can be brought to this one on read without the text.
 */
export function slowDigest(salt: string, quickDigest: string): string {
  return bytesToHex(scrypt(quickDigest, slowDigestSalt(salt), PASSWORD_KDF));
}

/** The salt scrypt is given for an attempt's salt: a host may run the same scrypt natively, off its main thread. */
export function slowDigestSalt(salt: string): string {
  return `nextgen-trainer/password/v2\u0000${salt}`;
}

export function digestPassword(salt: string, password: string): string {
  return slowDigest(salt, saltedDigest(salt, password));
}

/** The length limit a text of `length` characters reaches. */
export function lengthVerdict(length: number): LengthLimit {
  return LENGTH_LIMITS.reduce<LengthLimit>((reached, limit) => (length >= limit ? limit : reached), 0);
}

/** Whether the text holds one of the parts, ignoring case; each part is at least 3 characters (see personalParts). */
export function holdsPersonalPart(password: string, parts: readonly string[]): boolean {
  const text = password.toLowerCase();
  return parts.some((part) => part.length >= 3 && text.includes(part.toLowerCase()));
}

/**
 * The rules' answers for a typed text, decided before the text is wiped.
 * `personalParts`: the words the text must not hold, when the form's rules
 * forbid parts of the name, username or e-mail address (empty otherwise).
 */
export function secretVerdicts(password: string, personalParts: readonly string[] = []): Omit<Secret, 'digest'> {
  const length = [...password].length;
  const lengthAtLeast = lengthVerdict(length);
  const classes = /\p{Ll}/u.test(password) && /\p{Lu}/u.test(password) && /[^\p{L}\p{Nd}\s]/u.test(password);
  const verdicts = {
    lengthAtLeast,
    characterClasses: lengthAtLeast === 14 && classes,
    securityCodeShape: lengthAtLeast === 3 && /\p{Nd}/u.test(password),
  };
  return personalParts.length > 0 ? { ...verdicts, personalPart: holdsPersonalPart(password, personalParts) } : verdicts;
}

/** A typed password as a screen posts it. Slow by design: call it once per typed text. */
export function toSecret(salt: string, password: string, personalParts: readonly string[] = []): Secret {
  return { digest: digestPassword(salt, password), ...secretVerdicts(password, personalParts) };
}

// Enough for a class: a hundred attempts, each with its scenario's few accounts.
const KNOWN_LIMIT = 1024;
const known = new Map<string, Secret>();

/**
 * A password the scenario's author wrote (an account's password, a
 * walkthrough's typing), already in the scenario in clear: remembered, so a
 * replay does not pay the slow digest again for every event. Never for what
 * a trainee types.
 */
export function knownSecret(salt: string, password: string, personalParts: readonly string[] = []): Secret {
  const key = `${salt}\u0000${password}\u0000${personalParts.join('\u0000')}`;
  const remembered = known.get(key);
  if (remembered) return remembered;
  const secret = toSecret(salt, password, personalParts);
  if (known.size >= KNOWN_LIMIT) known.delete(known.keys().next().value as string);
  known.set(key, secret);
  return secret;
}

/**
 * Keeps the digest of a known password that a host computed itself with the
 * same scrypt (slowDigest's inputs), so that knownSecret need not run it
 * again on the host's main thread.
 */
export function rememberKnownSecret(salt: string, password: string, digest: string): void {
  const key = `${salt}\u0000${password}`;
  if (known.has(key)) return;
  if (known.size >= KNOWN_LIMIT) known.delete(known.keys().next().value as string);
  known.set(key, { digest, ...secretVerdicts(password) });
}

export function isBlank(secret: Secret | null): boolean {
  return !secret || secret.lengthAtLeast === 0;
}

/** Whether the text is shorter than `limit` characters. */
export function shorterThan(secret: Secret, limit: LengthLimit): boolean {
  return secret.lengthAtLeast < limit;
}

/** Whether the text is longer than `max` characters; `max + 1` must be one of LENGTH_LIMITS. */
export function longerThan(secret: Secret, max: number): boolean {
  if (!(LENGTH_LIMITS as readonly number[]).includes(max + 1)) throw new Error(`no length verdict is kept for ${max} characters`);
  return secret.lengthAtLeast >= max + 1;
}
