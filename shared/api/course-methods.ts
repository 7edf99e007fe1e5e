import { z } from 'zod';
import { method } from './method';

/** Courses (sets of scenarios, scenarios/courses.json) and their certificates (see electron/backend/course-handlers.ts). */

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _');
const courseId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a course id such as nextgen-account-linking').max(64);

const courseProgressSchema = z.strictObject({
  id: courseId,
  title: z.string(),
  summary: z.string(),
  creditHours: z.number().nullable(),
  scenarios: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      /** Whether the trainee has passed an assessment of it (any version). */
      passed: z.boolean(),
      bestPassingScore: z.number().nullable(),
    }),
  ),
  /** Every scenario passed: the course certificate can be issued. */
  completed: z.boolean(),
});

export const courseMethods = {
  /** Every course, with the progress of a trainee (null: the guest). */
  'courses.list': method(z.strictObject({ traineeId: id.nullable() }), z.array(courseProgressSchema)),
  /** The course certificate, as a PDF with its code: only once every scenario of the course is passed. */
  'certificates.issueCourse': method(
    z.strictObject({ courseId, traineeId: id.nullable() }),
    z.strictObject({ fileName: z.string().min(1), code: z.string(), pdfBase64: z.base64() }),
  ),
} as const;

export type CourseProgress = z.infer<typeof courseProgressSchema>;
