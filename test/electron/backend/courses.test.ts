import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Attempt, Trainee } from '../../../shared/api/contract';
import type { CourseProgress } from '../../../shared/api/course-methods';
import { CODE_ALPHABET } from '../../../shared/records/certificate-code';
import { pdfText } from '../../support/pdf-text';
import { builtinScenario } from '../../support/scenarios';
import { failure, openBackend, scenariosCopy, unwrap, type TestBackend } from '../support/backend';
import { walkthroughEvents } from '../support/walkthrough';

const ID = 'cmecf-link-bankruptcy';
const COURSE_ID = 'nextgen-account-linking';
const COURSE_TITLE = 'NextGen CM/ECF account linking';
const scenario = builtinScenario(ID);

interface Issued {
  fileName: string;
  code: string;
  pdfBase64: string;
}
type Verified =
  | { valid: true; kind: string; traineeName: string; courseTitle: string | null; scenarioTitles: string[]; creditHours: number | null; score: number; finishedAt: string; provider: string }
  | { valid: false; reason: string };

async function createTrainee(backend: TestBackend, trainee: Partial<Trainee> = {}): Promise<Trainee> {
  return unwrap<Trainee>(await backend.call('trainees.create', { name: 'Dana Whitfield', email: '', barNumber: '58213', barState: 'Missouri', ...trainee }));
}

/** An assessment (or practice) played with the walkthrough, all of it or its first steps, then finished. */
async function playAttempt(backend: TestBackend, traineeId: string | null, options: { mode?: 'assess' | 'practice'; steps?: number } = {}): Promise<Attempt> {
  const started = unwrap<{ attempt: Attempt; events: { event: { salt?: string } }[] }>(
    await backend.call('attempts.start', { scenarioId: ID, mode: options.mode ?? 'assess', traineeId }),
  );
  const events = walkthroughEvents(scenario, started.events[0]?.event.salt ?? '').slice(0, options.steps);
  for (const [index, event] of events.entries()) unwrap(await backend.call('attempts.append', { attemptId: started.attempt.id, seq: index + 1, event }));
  const reason = events.length === scenario.walkthrough.length ? 'completed' : 'gave-up';
  return unwrap<{ attempt: Attempt }>(await backend.call('attempts.finish', { attemptId: started.attempt.id, reason })).attempt;
}

const courses = async (backend: TestBackend, traineeId: string | null) => unwrap<CourseProgress[]>(await backend.call('courses.list', { traineeId }));

describe('courses', () => {
  test('the built-in course lists its scenario, not passed until an assessment of it is', async () => {
    const backend = openBackend();
    const dana = await createTrainee(backend);
    const listed = await courses(backend, dana.id);
    expect(listed.map((course) => course.id)).toEqual([
      COURSE_ID,
      'pacer-account-for-nextgen',
      'nextgen-efiling-privileges',
      'nextgen-account-maintenance',
      'pacer-security-today',
    ]);
    expect(listed.slice(0, 1)).toEqual([
      {
        id: COURSE_ID,
        title: COURSE_TITLE,
        summary: expect.stringContaining('NextGen CM/ECF') as string,
        creditHours: null,
        scenarios: [{ id: ID, title: scenario.title, passed: false, bestPassingScore: null }],
        completed: false,
      },
    ]);

    await playAttempt(backend, dana.id, { mode: 'practice' });
    await playAttempt(backend, dana.id, { steps: 2 }); // a failed assessment
    await playAttempt(backend, null); // the guest's pass is not Dana's
    expect((await courses(backend, dana.id))[0]).toMatchObject({ completed: false, scenarios: [{ passed: false }] });
    expect((await courses(backend, null))[0]).toMatchObject({ completed: true });

    const passed = await playAttempt(backend, dana.id);
    expect((await courses(backend, dana.id))[0]).toMatchObject({ completed: true, scenarios: [{ passed: true, bestPassingScore: passed.score }] });
    expect(failure(await backend.call('courses.list', { traineeId: 'nobody' }), 'not-found')).toMatch(/nobody/);
  });

  test('a course certificate is refused until the course is complete, naming the scenario still to pass', async () => {
    const backend = openBackend();
    const dana = await createTrainee(backend);
    await playAttempt(backend, dana.id, { mode: 'practice' });
    const refusal = failure(await backend.call('certificates.issueCourse', { courseId: COURSE_ID, traineeId: dana.id }), 'conflict');
    expect(refusal).toContain(`pass an assessment of "${scenario.title}" first`);
    expect(failure(await backend.call('certificates.issueCourse', { courseId: 'no-such-course', traineeId: dana.id }), 'not-found')).toMatch(/no-such-course/);
  });

  test('a completed course gives a PDF naming the course, its scenarios, the average score, the provider and the code', async () => {
    const backend = openBackend();
    unwrap(await backend.call('settings.set', { key: 'organisation', value: 'U.S. Bankruptcy Court, Eastern District of Missouri' }));
    const dana = await createTrainee(backend);
    const passed = await playAttempt(backend, dana.id);

    const issued = unwrap<Issued>(await backend.call('certificates.issueCourse', { courseId: COURSE_ID, traineeId: dana.id }));
    expect(issued.code).toMatch(new RegExp(`^NGT(-[${CODE_ALPHABET}]{4}){3}$`));
    expect(issued.fileName).toBe(`cle-course-certificate-dana-whitfield-${COURSE_ID}.pdf`);
    const { pageCount, pages } = await pdfText(Buffer.from(issued.pdfBase64, 'base64'));
    expect(pageCount).toBe(1);
    const text = pages[0] ?? '';
    for (const expected of [
      'Certificate of Completion',
      'Dana Whitfield',
      'Bar number 58213, Missouri',
      'completed the course',
      COURSE_TITLE,
      scenario.title,
      'U.S. Bankruptcy Court, Eastern District of Missouri',
      `${passed.score} / 100`,
      'the average of the best passing assessment score in each scenario',
      `Verification code: ${issued.code}`,
      'Verify this certificate in NextGen Trainer: Verify certificate.',
      'Training simulator — not the real PACER/CM/ECF',
    ]) {
      expect(text).toContain(expected);
    }
    // The same completion always gives the same code; the scenario certificate of that attempt has its own.
    expect(unwrap<Issued>(await backend.call('certificates.issueCourse', { courseId: COURSE_ID, traineeId: dana.id })).code).toBe(issued.code);
    expect(unwrap<Issued>(await backend.call('certificates.issue', { attemptId: passed.id })).code).not.toBe(issued.code);
  });

  test('verify: a course certificate is valid with the course and its scenario titles; a tampered code is not', async () => {
    const backend = openBackend();
    const dana = await createTrainee(backend);
    const passed = await playAttempt(backend, dana.id);
    const { code } = unwrap<Issued>(await backend.call('certificates.issueCourse', { courseId: COURSE_ID, traineeId: dana.id }));

    expect(unwrap<Verified>(await backend.call('certificates.verify', { code }))).toEqual({
      valid: true,
      kind: 'course',
      traineeName: 'Dana Whitfield',
      barNumber: '58213',
      barState: 'Missouri',
      courseTitle: COURSE_TITLE,
      creditHours: null,
      scenarioTitles: [scenario.title],
      score: passed.score,
      finishedAt: passed.finishedAt,
      provider: 'NextGen Trainer',
    });
    const last = code.at(-1) ?? '2';
    const tampered = `${code.slice(0, -1)}${CODE_ALPHABET[(CODE_ALPHABET.indexOf(last) + 1) % 32]}`;
    expect(unwrap<Verified>(await backend.call('certificates.verify', { code: tampered }))).toMatchObject({ valid: false });
  });

  test('a renamed trainee keeps a valid course certificate, as issued', async () => {
    const backend = openBackend();
    const dana = await createTrainee(backend);
    await playAttempt(backend, dana.id);
    const { code } = unwrap<Issued>(await backend.call('certificates.issueCourse', { courseId: COURSE_ID, traineeId: dana.id }));
    unwrap(await backend.call('trainees.update', { id: dana.id, name: 'Dana Whitfield-Okafor', email: '', barNumber: '99999', barState: 'Illinois' }));
    unwrap(await backend.call('settings.set', { key: 'organisation', value: 'Another CLE Provider' }));

    expect(unwrap<Verified>(await backend.call('certificates.verify', { code }))).toMatchObject({
      valid: true,
      kind: 'course',
      traineeName: 'Dana Whitfield',
      barNumber: '58213',
      provider: 'NextGen Trainer',
    });
    const renewed = unwrap<Issued>(await backend.call('certificates.issueCourse', { courseId: COURSE_ID, traineeId: dana.id })).code;
    expect(renewed).not.toBe(code);
    expect(unwrap<Verified>(await backend.call('certificates.verify', { code: renewed }))).toMatchObject({ valid: true, traineeName: 'Dana Whitfield-Okafor' });
  });

  test('courses.json: a course naming an unknown scenario is refused with its reason, the others load; credit hours are shown', async () => {
    const scenariosDir = scenariosCopy();
    writeFileSync(
      join(scenariosDir, 'courses.json'),
      JSON.stringify({
        schemaVersion: 1,
        courses: [
          { id: 'linking-plus', title: 'Linking and more', summary: '', scenarios: [ID, 'pacer-register'] },
          { id: COURSE_ID, title: COURSE_TITLE, summary: '', scenarios: [ID], creditHours: 1.5 },
        ],
      }),
    );
    const backend = openBackend({ scenariosDir });
    const info = unwrap<{ scenarioProblems: { source: string; problems: string[] }[] }>(await backend.call('app.info', {}));
    expect(info.scenarioProblems).toEqual([
      { source: 'courses.json', problems: ['courses[0].scenarios[1]: "pacer-register" is not a scenario in the library; course "linking-plus" was not loaded'] },
    ]);
    expect((await courses(backend, null)).map((course) => [course.id, course.creditHours])).toEqual([[COURSE_ID, 1.5]]);

    await playAttempt(backend, null);
    const issued = unwrap<Issued>(await backend.call('certificates.issueCourse', { courseId: COURSE_ID, traineeId: null }));
    expect((await pdfText(Buffer.from(issued.pdfBase64, 'base64'))).pages[0]).toContain('1.5 CLE credit hours');
    expect(unwrap<Verified>(await backend.call('certificates.verify', { code: issued.code }))).toMatchObject({ valid: true, creditHours: 1.5, traineeName: 'Guest' });
  });

  test('courses.json that fails the schema loads no course and says where', async () => {
    const scenariosDir = scenariosCopy();
    writeFileSync(join(scenariosDir, 'courses.json'), JSON.stringify({ schemaVersion: 1, courses: [{ id: COURSE_ID, title: '', summary: '', scenarios: [ID] }] }));
    const backend = openBackend({ scenariosDir });
    const info = unwrap<{ scenarioProblems: { source: string; problems: string[] }[] }>(await backend.call('app.info', {}));
    expect(info.scenarioProblems).toEqual([{ source: 'courses.json', problems: ['courses[0].title: must not be empty'] }]);
    expect(await courses(backend, null)).toEqual([]);
  });
});
