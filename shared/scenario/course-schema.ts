import { z } from 'zod';
import { describeIssues } from '../util/issues';
import { err, ok, type Result } from '../util/result';

/**
 * A course: a named set of scenarios, declared in scenarios/courses.json.
 * A trainee completes it by passing an assessment of every scenario it
 * lists, and then earns one course certificate for the lot.
 */

const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. cmecf-account-linking')
  .max(64, 'must be at most 64 characters');

export const courseSchema = z.strictObject({
  id: slug,
  title: line(200),
  summary: z.string().max(2000, 'must be at most 2000 characters'),
  scenarios: z
    .array(slug)
    .min(1, 'must list at least one scenario')
    .max(100, 'must list at most 100 scenarios')
    .superRefine((ids, ctx) => {
      ids.forEach((id, index) => {
        if (ids.indexOf(id) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `"${id}" is listed twice` });
      });
    }),
  /** CLE credit the course is accredited for; printed on the certificate when given. */
  creditHours: z.number().positive('must be more than 0').max(100, 'must be at most 100').multipleOf(0.25, 'must be a multiple of 0.25').optional(),
});

export const courseCatalogSchema = z.strictObject({
  schemaVersion: z.literal(1),
  courses: z.array(courseSchema).superRefine((courses, ctx) => {
    courses.forEach((course, index) => {
      if (courses.findIndex((other) => other.id === course.id) !== index) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${course.id}" is already the id of another course` });
      }
    });
  }),
});

export type Course = z.infer<typeof courseSchema>;

/** Checks an untrusted course catalog (the courses.json file) against the schema. */
export function parseCourseCatalog(raw: unknown): Result<Course[], string[]> {
  const parsed = courseCatalogSchema.safeParse(raw);
  return parsed.success ? ok(parsed.data.courses) : err(describeIssues(parsed.error));
}

/**
 * Keeps the courses whose every scenario is known; each other one is
 * refused with a "path: reason" line per unknown scenario.
 */
export function coursesWithKnownScenarios(
  courses: readonly Course[],
  isKnown: (scenarioId: string) => boolean,
): { courses: Course[]; problems: string[] } {
  const kept: Course[] = [];
  const problems: string[] = [];
  courses.forEach((course, courseIndex) => {
    const unknown = course.scenarios.flatMap((id, index) =>
      isKnown(id) ? [] : [`courses[${courseIndex}].scenarios[${index}]: "${id}" is not a scenario in the library; course "${course.id}" was not loaded`],
    );
    if (unknown.length === 0) kept.push(course);
    else problems.push(...unknown);
  });
  return { courses: kept, problems };
}
