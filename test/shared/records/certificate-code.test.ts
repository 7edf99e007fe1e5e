import { describe, expect, test } from 'vitest';
import {
  CODE_ALPHABET,
  certificateCode,
  courseCertificateCode,
  normaliseCode,
  verifyCode,
  verifyCourseCode,
  type CertificateFacts,
  type CourseCertificateFacts,
} from '../../../shared/records/certificate-code';

const SECRET = 'a3'.repeat(32);
const FACTS: CertificateFacts = {
  attemptId: 'attempt-1',
  traineeName: 'Dana Whitfield',
  barNumber: '58213',
  scenarioId: 'cmecf-link-bankruptcy',
  scenarioVersion: 1,
  score: 92,
  finishedAt: '2024-03-01T09:04:12.000Z',
};

describe('certificate verification codes', () => {
  const code = certificateCode(FACTS, SECRET);

  test('look like NGT-XXXX-XXXX-XXXX, without look-alike characters, and are the same every time', () => {
    expect(code).toMatch(/^NGT-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(CODE_ALPHABET).not.toMatch(/[01IO]/);
    expect(new Set(CODE_ALPHABET).size).toBe(32);
    expect(certificateCode({ ...FACTS }, SECRET)).toBe(code);
  });

  test('verify the code as issued, typed in lower case or with stray spaces', () => {
    expect(verifyCode(code, FACTS, SECRET)).toBe(true);
    expect(verifyCode(` ${code.toLowerCase()} `, FACTS, SECRET)).toBe(true);
  });

  test('reject a code with any one character changed', () => {
    const symbols = code.split('');
    for (let i = 4; i < symbols.length; i += 1) {
      if (symbols[i] === '-') continue;
      const tampered = [...symbols];
      tampered[i] = CODE_ALPHABET[(CODE_ALPHABET.indexOf(symbols[i] ?? '2') + 1) % 32] ?? '2';
      expect(verifyCode(tampered.join(''), FACTS, SECRET), tampered.join('')).toBe(false);
    }
  });

  test.each<[string, Partial<CertificateFacts>]>([
    ['another attempt', { attemptId: 'attempt-2' }],
    ['another name', { traineeName: 'Dana Whitfie1d' }],
    ['another bar number', { barNumber: '58214' }],
    ['another scenario', { scenarioId: 'cmecf-link-district' }],
    ['another version', { scenarioVersion: 2 }],
    ['another score', { score: 93 }],
    ['another date', { finishedAt: '2024-03-02T09:04:12.000Z' }],
  ])('%s gives another code', (_why, change) => {
    const other = { ...FACTS, ...change };
    expect(certificateCode(other, SECRET)).not.toBe(code);
    expect(verifyCode(code, other, SECRET)).toBe(false);
  });

  test('another installation (another secret) cannot make or accept the code', () => {
    expect(certificateCode(FACTS, 'b4'.repeat(32))).not.toBe(code);
    expect(verifyCode(code, FACTS, 'b4'.repeat(32))).toBe(false);
  });

  test('fields cannot be shifted into each other to forge the same text', () => {
    expect(certificateCode({ ...FACTS, traineeName: 'Dana', barNumber: 'Whitfield58213' }, SECRET)).not.toBe(
      certificateCode({ ...FACTS, traineeName: 'DanaWhitfield', barNumber: '58213' }, SECRET),
    );
  });

  test('text that is not a code at all is recognised as such', () => {
    expect(normaliseCode('NGT-1234-ABCD-EFGH')).toBeNull(); // 1 is not in the alphabet
    expect(normaliseCode('NGT-ABCD-EFGH')).toBeNull();
    expect(normaliseCode('hello')).toBeNull();
    expect(normaliseCode('ngt-abcd-efgh-jkmn')).toBe('NGT-ABCD-EFGH-JKMN');
  });
});

describe('course certificate codes', () => {
  const COURSE_FACTS: CourseCertificateFacts = {
    courseId: 'nextgen-account-linking',
    traineeName: 'Dana Whitfield',
    barNumber: '58213',
    attemptIds: ['attempt-1', 'attempt-7'],
  };
  const code = courseCertificateCode(COURSE_FACTS, SECRET);

  test('have the same form, and do not depend on the order the attempts were counted in', () => {
    expect(code).toMatch(/^NGT(-[2-9A-HJ-NP-Z]{4}){3}$/);
    expect(courseCertificateCode({ ...COURSE_FACTS, attemptIds: ['attempt-7', 'attempt-1'] }, SECRET)).toBe(code);
    expect(verifyCourseCode(code.toLowerCase(), COURSE_FACTS, SECRET)).toBe(true);
  });

  test('change with the course, the trainee, the bar number, any attempt counted or the secret', () => {
    for (const changed of [
      { ...COURSE_FACTS, courseId: 'another-course' },
      { ...COURSE_FACTS, traineeName: 'Dana Whitfield-Okafor' },
      { ...COURSE_FACTS, barNumber: '58214' },
      { ...COURSE_FACTS, attemptIds: ['attempt-1', 'attempt-8'] },
      { ...COURSE_FACTS, attemptIds: ['attempt-1'] },
    ]) {
      expect(courseCertificateCode(changed, SECRET)).not.toBe(code);
      expect(verifyCourseCode(code, changed, SECRET)).toBe(false);
    }
    expect(courseCertificateCode(COURSE_FACTS, 'b4'.repeat(32))).not.toBe(code);
  });

  test('a tampered course code is rejected', () => {
    const last = code.at(-1) ?? '2';
    const tampered = `${code.slice(0, -1)}${CODE_ALPHABET[(CODE_ALPHABET.indexOf(last) + 1) % 32]}`;
    expect(verifyCourseCode(tampered, COURSE_FACTS, SECRET)).toBe(false);
  });

  test('a course certificate never shares its code with the scenario certificate of the same attempt', () => {
    const single = { ...COURSE_FACTS, courseId: FACTS.scenarioId, attemptIds: [FACTS.attemptId] };
    expect(courseCertificateCode(single, SECRET)).not.toBe(certificateCode(FACTS, SECRET));
  });
});
