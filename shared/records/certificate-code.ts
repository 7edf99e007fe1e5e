import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A certificate's verification code, derived from the attempt it certifies
 * (or, for a course certificate, the course and the attempts that completed it):
 * SHA-256 over the facts printed on the certificate and a secret kept by
 * this installation, written as NGT-XXXX-XXXX-XXXX. Anyone who changes a
 * name, a score or a date, or a character of the code, gets a code that no
 * stored attempt produces; without the secret nobody can make a valid one.
 */
export interface CertificateFacts {
  attemptId: string;
  traineeName: string;
  barNumber: string;
  scenarioId: string;
  scenarioVersion: number;
  score: number;
  finishedAt: string;
}

/** 32 symbols without look-alikes: no 0/O, no 1/I. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 4;
const CODE_PATTERN = new RegExp(`^NGT(?:-[${CODE_ALPHABET}]{${GROUP_LENGTH}}){${GROUPS}}$`);

/** The canonical text the code is computed over: a JSON array, so no field can bleed into the next. */
export function canonicalFacts(facts: CertificateFacts): string {
  return JSON.stringify([
    'nextgen-trainer-certificate-v1',
    facts.attemptId,
    facts.traineeName.normalize('NFC'),
    facts.barNumber.normalize('NFC'),
    facts.scenarioId,
    facts.scenarioVersion,
    facts.score,
    facts.finishedAt,
  ]);
}

/**
 * What a course certificate is derived from: the course, who completed it,
 * and the passed assessments that completed it (one per scenario). The
 * score, time and date it states follow from those attempts.
 */
export interface CourseCertificateFacts {
  courseId: string;
  traineeName: string;
  barNumber: string;
  attemptIds: readonly string[];
}

/**
 * The canonical text of a course certificate: its own leading tag, so no
 * course certificate can share a code with a scenario one, and the attempt
 * ids sorted, so the order they were counted in does not matter.
 */
export function canonicalCourseFacts(facts: CourseCertificateFacts): string {
  return JSON.stringify([
    'nextgen-trainer-course-certificate-v1',
    facts.courseId,
    facts.traineeName.normalize('NFC'),
    facts.barNumber.normalize('NFC'),
    [...facts.attemptIds].sort(),
  ]);
}

/** The code for these facts under this installation's secret (hex text). */
export function certificateCode(facts: CertificateFacts, secret: string): string {
  return codeOf(canonicalFacts(facts), secret);
}

/** The code of a course certificate under this installation's secret. */
export function courseCertificateCode(facts: CourseCertificateFacts, secret: string): string {
  return codeOf(canonicalCourseFacts(facts), secret);
}

function codeOf(canonical: string, secret: string): string {
  const digest = sha256(utf8ToBytes(`${secret}\n${canonical}`));
  let bits = 0;
  let bitCount = 0;
  let symbols = '';
  for (const byte of digest) {
    bits = (bits << 8) | byte;
    bitCount += 8;
    while (bitCount >= 5 && symbols.length < GROUPS * GROUP_LENGTH) {
      symbols += CODE_ALPHABET[(bits >> (bitCount - 5)) & 31];
      bitCount -= 5;
    }
    bits &= (1 << bitCount) - 1;
    if (symbols.length === GROUPS * GROUP_LENGTH) break;
  }
  const groups = symbols.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g')) ?? [];
  return ['NGT', ...groups].join('-');
}

/**
 * The code as typed, in its one written form (upper case, spaces removed),
 * or null when it cannot be a certificate code at all.
 */
export function normaliseCode(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/\s+/g, '');
  return CODE_PATTERN.test(compact) ? compact : null;
}

/** True when `typed` is exactly the code these facts produce. */
export function verifyCode(typed: string, facts: CertificateFacts, secret: string): boolean {
  const code = normaliseCode(typed);
  return code !== null && code === certificateCode(facts, secret);
}

/** True when `typed` is exactly the code these course facts produce. */
export function verifyCourseCode(typed: string, facts: CourseCertificateFacts, secret: string): boolean {
  const code = normaliseCode(typed);
  return code !== null && code === courseCertificateCode(facts, secret);
}
