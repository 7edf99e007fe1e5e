import { describe, expect, test } from 'vitest';
import type { ApiResponse, MethodName } from '../../../shared/api/contract';
import { formatPath } from '../../../shared/util/issues';

/**
 * Malformed input for every API method, with the "path: what is wrong" the
 * caller must be told. The dispatcher tests and the HTTP tests both run this
 * one table, so the two transports cannot drift apart. Typed as a record of
 * every method: a method added to the contract without cases fails to compile.
 */
export interface BadInputCase {
  why: string;
  input: unknown;
  /** The path and reason the message must contain, e.g. "seq: Too small". */
  says: RegExp;
}

const event = { type: 'browser/reloaded' };
const tooLong = (n: number) => 'x'.repeat(n);

export const BAD_INPUTS: Record<MethodName, BadInputCase[]> = {
  'app.info': [
    { why: 'an unknown field', input: { verbose: true }, says: /\(top level\): Unrecognized key: "verbose"/ },
    { why: 'no object at all', input: null, says: /\(top level\): .*expected object/ },
  ],
  'scenarios.list': [{ why: 'an unknown field', input: { page: 2 }, says: /\(top level\): Unrecognized key: "page"/ }],
  'scenarios.get': [
    { why: 'no id', input: {}, says: /id: .*expected string/ },
    { why: 'an id that is not a scenario id', input: { id: 'Link My Account' }, says: /id: must be a scenario id such as cmecf-link-bankruptcy/ },
    { why: 'version 0', input: { id: 'cmecf-link-bankruptcy', version: 0 }, says: /version: Too small/ },
    { why: 'a fractional version', input: { id: 'cmecf-link-bankruptcy', version: 1.5 }, says: /version: .*expected int/ },
  ],
  'attempts.start': [
    { why: 'an unknown mode', input: { scenarioId: 'cmecf-link-bankruptcy', mode: 'exam' }, says: /mode: .*"practice"\|"assess"\|"watch"/ },
    { why: 'no scenario', input: { mode: 'practice' }, says: /scenarioId: .*expected string/ },
    {
      why: 'a trainee id with spaces',
      input: { scenarioId: 'cmecf-link-bankruptcy', mode: 'practice', traineeId: 'Dana Whitfield' },
      says: /traineeId: must be 1-64 letters, digits, - or _/,
    },
  ],
  'attempts.append': [
    { why: 'seq 0 (attempts.start writes it)', input: { attemptId: 'a1', seq: 0, event }, says: /seq: Too small/ },
    {
      why: 'a password in clear text',
      input: { attemptId: 'a1', seq: 1, event: { type: 'pacer/login-submitted', username: 'dwhitfield', password: 'Gateway#Arch19', clientCode: '' } },
      says: /event\.password: .*expected object/,
    },
    { why: 'an event type the model does not know', input: { attemptId: 'a1', seq: 1, event: { type: 'pacer/hacked' } }, says: /event\.type: / },
    { why: 'an attempt id with a slash', input: { attemptId: '../a1', seq: 1, event }, says: /attemptId: must be 1-64 letters/ },
    {
      why: 'an over-long address',
      input: { attemptId: 'a1', seq: 1, event: { type: 'browser/navigated', address: tooLong(2049), via: 'address-bar' } },
      says: /event\.address: must be at most 2048 characters/,
    },
  ],
  'attempts.get': [
    { why: 'no attempt id', input: {}, says: /attemptId: .*expected string/ },
    { why: 'an over-long attempt id', input: { attemptId: tooLong(65) }, says: /attemptId: must be 1-64 letters/ },
  ],
  'attempts.findOpen': [
    { why: 'a numeric scenario id', input: { scenarioId: 5, mode: 'practice' }, says: /scenarioId: .*expected string/ },
    { why: 'no mode', input: { scenarioId: 'cmecf-link-bankruptcy' }, says: /mode: / },
  ],
  'attempts.finish': [
    { why: 'an unknown reason', input: { attemptId: 'a1', reason: 'done' }, says: /reason: .*"completed"\|"gave-up"/ },
  ],
  'attempts.abandon': [{ why: 'an empty attempt id', input: { attemptId: '' }, says: /attemptId: must be 1-64 letters/ }],
  'attempts.list': [
    { why: 'an upper-case scenario id', input: { scenarioId: 'CMECF' }, says: /scenarioId: must be a scenario id/ },
    { why: 'a numeric trainee id', input: { traineeId: 3 }, says: /traineeId: .*expected string/ },
  ],
  'trainees.list': [{ why: 'an unknown field', input: { all: true }, says: /\(top level\): Unrecognized key: "all"/ }],
  'trainees.create': [
    { why: 'a blank name', input: { name: '   ' }, says: /name: must not be empty/ },
    { why: 'a name over 120 characters', input: { name: tooLong(121) }, says: /name: must be at most 120 characters/ },
    { why: 'an e-mail that is not one', input: { name: 'Dana Whitfield', email: 'dana at firm' }, says: /email: must be an e-mail address/ },
  ],
  'trainees.update': [
    { why: 'no id', input: { name: 'Dana Whitfield' }, says: /id: .*expected string/ },
    { why: 'a blank name', input: { id: 't1', name: ' ' }, says: /name: must not be empty/ },
    { why: 'an e-mail that is not one', input: { id: 't1', name: 'Dana Whitfield', email: 'dana@' }, says: /email: must be an e-mail address/ },
    { why: 'a bar state over 40 characters', input: { id: 't1', name: 'Dana Whitfield', barState: tooLong(41) }, says: /barState: must be at most 40 characters/ },
  ],
  'trainees.history': [
    { why: 'no trainee (Guest is null, not missing)', input: {}, says: /traineeId: .*expected string/ },
    { why: 'a trainee id with a slash', input: { traineeId: '../t1' }, says: /traineeId: must be 1-64 letters/ },
  ],
  'records.exportCsv': [
    { why: 'neither a trainee nor all', input: {}, says: /\(top level\): give traineeId \(null for guest attempts\) or all: true/ },
    { why: 'a trainee and all at once', input: { traineeId: 't1', all: true }, says: /\(top level\): give either traineeId or all: true, not both/ },
    { why: 'a trainee id with a slash', input: { traineeId: '../t1' }, says: /traineeId: must be 1-64 letters/ },
  ],
  'records.exportXapi': [
    { why: 'all as text', input: { all: 'yes' }, says: /all: .*expected boolean/ },
    { why: 'an unknown field', input: { traineeId: null, format: 'xml' }, says: /\(top level\): Unrecognized key: "format"/ },
  ],
  'certificates.issue': [
    { why: 'no attempt id', input: {}, says: /attemptId: .*expected string/ },
    { why: 'an attempt id with spaces', input: { attemptId: 'my attempt' }, says: /attemptId: must be 1-64 letters/ },
  ],
  'certificates.verify': [
    { why: 'no code', input: {}, says: /code: .*expected string/ },
    { why: 'a code over 64 characters', input: { code: tooLong(65) }, says: /code: must be at most 64 characters/ },
  ],
  'courses.list': [
    { why: 'no trainee (Guest is null, not missing)', input: {}, says: /traineeId: .*expected string/ },
    { why: 'a trainee id with a slash', input: { traineeId: '../t1' }, says: /traineeId: must be 1-64 letters/ },
  ],
  'certificates.issueCourse': [
    { why: 'no course id', input: { traineeId: null }, says: /courseId: .*expected string/ },
    { why: 'a course id with capitals and spaces', input: { courseId: 'My Course', traineeId: null }, says: /courseId: must be a course id/ },
    { why: 'no trainee (Guest is null, not missing)', input: { courseId: 'nextgen-account-linking' }, says: /traineeId: .*expected string/ },
    { why: 'an unknown field', input: { courseId: 'nextgen-account-linking', traineeId: null, attemptId: 'a1' }, says: /\(top level\): Unrecognized key: "attemptId"/ },
  ],
  'settings.get': [{ why: 'a key the app does not keep', input: { key: 'password' }, says: /key: .*"organisation"/ }],
  'settings.set': [
    { why: 'a value over 2000 characters', input: { key: 'organisation', value: tooLong(2001) }, says: /value: must be at most 2000 characters/ },
    { why: 'no key', input: { value: 'x' }, says: /key: / },
  ],
};

/** How a test reaches the backend: through the dispatcher, or over HTTP. */
export interface TestTransport {
  call(method: string, input: unknown): Promise<{ response: ApiResponse<unknown>; status: number | null }>;
}

/** Runs the whole table against one transport. */
export function badInputSuite(name: string, transport: () => TestTransport, expectedStatus: number | null): void {
  describe(`${name} rejects malformed input with a clear bad-input message and its issues`, () => {
    const cases = Object.entries(BAD_INPUTS).flatMap(([method, list]) => list.map((item) => ({ method, ...item })));
    test.each(cases)('$method: $why', async ({ method, input, says }) => {
      const { response, status } = await transport().call(method, input);
      expect(status).toBe(expectedStatus);
      if (response.ok) expect.fail(`${method} accepted ${JSON.stringify(input).slice(0, 80)}`);
      expect(response.error.code).toBe('bad-input');
      expect(response.error.message).toContain(`Invalid input for ${method}: `);
      expect(response.error.message).toMatch(says);
      // The same problems come as data too, each with its path, so a screen never reads the message apart.
      const issues = (response.error.issues ?? []).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
      expect(issues.join('; ')).toMatch(says);
    });
  });
}
