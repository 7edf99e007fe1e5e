import { z } from 'zod';
import { method } from './method';

/** Exports of results (CSV, xAPI) and CLE certificates (see electron/backend/record-handlers.ts). */

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _');

/** Whose attempts to export: one trainee (null: the guest attempts), or everyone's with `all: true`. */
const exportInput = z
  .strictObject({ traineeId: id.nullable().optional(), all: z.boolean().optional() })
  .refine((input) => input.all === true || input.traineeId !== undefined, {
    message: 'give traineeId (null for guest attempts) or all: true',
  })
  .refine((input) => !(input.all === true && input.traineeId !== undefined), {
    message: 'give either traineeId or all: true, not both',
  });

const exportFile = z.strictObject({
  fileName: z.string().min(1),
  mediaType: z.string().min(1),
  content: z.string(),
});

export const recordMethods = {
  'records.exportCsv': method(exportInput, exportFile),
  'records.exportXapi': method(exportInput, exportFile),
  'certificates.issue': method(
    z.strictObject({ attemptId: id }),
    z.strictObject({ fileName: z.string().min(1), code: z.string(), pdfBase64: z.base64() }),
  ),
  'certificates.verify': method(
    z.strictObject({ code: z.string().max(64, 'must be at most 64 characters') }),
    z.discriminatedUnion('valid', [
      z.strictObject({
        valid: z.literal(true),
        /** A certificate for one passed assessment, or for a completed course. */
        kind: z.enum(['scenario', 'course']),
        traineeName: z.string(),
        barNumber: z.string(),
        barState: z.string(),
        /** The course's title; null on a scenario certificate. */
        courseTitle: z.string().nullable(),
        creditHours: z.number().nullable(),
        /** The scenario's title, or every scenario title of the course. */
        scenarioTitles: z.array(z.string()),
        score: z.number(),
        finishedAt: z.string(),
        provider: z.string(),
      }),
      z.strictObject({ valid: z.literal(false), reason: z.string() }),
    ]),
  ),
} as const;
