import { describe, expect, test } from 'vitest';
import { coursesWithKnownScenarios, parseCourseCatalog, type Course } from '../../../shared/scenario/course-schema';

const COURSE = {
  id: 'nextgen-account-linking',
  title: 'NextGen CM/ECF account linking',
  summary: 'Linking CM/ECF accounts to upgraded PACER accounts.',
  scenarios: ['cmecf-link-bankruptcy'],
};

const problemsOf = (raw: unknown) => {
  const parsed = parseCourseCatalog(raw);
  if (parsed.ok) throw new Error('expected the catalog to be refused');
  return parsed.error;
};

describe('the course catalog (scenarios/courses.json)', () => {
  test('a valid catalog gives its courses; credit hours are optional', () => {
    const parsed = parseCourseCatalog({ schemaVersion: 1, courses: [COURSE, { ...COURSE, id: 'with-credit', creditHours: 1.5 }] });
    expect(parsed).toEqual({ ok: true, value: [COURSE, { ...COURSE, id: 'with-credit', creditHours: 1.5 }] });
  });

  test('each problem names the exact place in the file', () => {
    expect(
      problemsOf({
        schemaVersion: 1,
        courses: [
          { ...COURSE, id: 'Account Linking', title: ' ', scenarios: [] },
          { ...COURSE, scenarios: ['cmecf-link-bankruptcy', 'cmecf-link-bankruptcy'], creditHours: -1 },
        ],
      }),
    ).toEqual([
      'courses[0].id: must be lower-case words joined by hyphens, e.g. cmecf-account-linking',
      'courses[0].title: must not be empty',
      'courses[0].scenarios: must list at least one scenario',
      'courses[1].scenarios[1]: "cmecf-link-bankruptcy" is listed twice',
      'courses[1].creditHours: must be more than 0',
    ]);
  });

  test('a wrong schema version, an unknown field or a duplicate course id is refused', () => {
    expect(problemsOf({ schemaVersion: 2, courses: [] })).toEqual([expect.stringMatching(/^schemaVersion: /)]);
    expect(problemsOf({ schemaVersion: 1, courses: [{ ...COURSE, hours: 2 }] })).toEqual(['courses[0]: Unrecognized key: "hours"']);
    expect(problemsOf({ schemaVersion: 1, courses: [COURSE, COURSE] })).toEqual([
      'courses[1].id: "nextgen-account-linking" is already the id of another course',
    ]);
    expect(problemsOf({ schemaVersion: 1, courses: [{ ...COURSE, creditHours: 1.3 }] })).toEqual(['courses[0].creditHours: must be a multiple of 0.25']);
  });

  test('a course naming a scenario the library does not have is refused with where and why; the others are kept', () => {
    const other: Course = { ...COURSE, id: 'other', scenarios: ['cmecf-link-bankruptcy', 'pacer-register', 'nef-reading'] };
    const checked = coursesWithKnownScenarios([other, COURSE], (id) => id === 'cmecf-link-bankruptcy');
    expect(checked.courses).toEqual([COURSE]);
    expect(checked.problems).toEqual([
      'courses[0].scenarios[1]: "pacer-register" is not a scenario in the library; course "other" was not loaded',
      'courses[0].scenarios[2]: "nef-reading" is not a scenario in the library; course "other" was not loaded',
    ]);
  });
});
