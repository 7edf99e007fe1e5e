import { z } from 'zod';
import { method } from './method';

const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _');

/**
 * What a person types about themselves, checked the same way whether a
 * profile is being created or edited. The bar number and state are optional:
 * they only matter on a CLE certificate.
 */
export const traineeProfileInput = {
  name: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
  email: z.union([z.email('must be an e-mail address'), z.literal('')]).default(''),
  barNumber: z.string().trim().max(40, 'must be at most 40 characters').default(''),
  barState: z.string().trim().max(40, 'must be at most 40 characters').default(''),
};

export const traineeSchema = z.strictObject({
  id: recordId,
  name: z.string(),
  email: z.string(),
  barNumber: z.string(),
  barState: z.string(),
});

/** One attempt as the history lists it: what was played, how, when, and how it went. */
const historyAttemptSchema = z.strictObject({
  attemptId: recordId,
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  scenarioVersion: z.number().int(),
  mode: z.enum(['practice', 'assess']),
  status: z.enum(['in-progress', 'finished', 'abandoned']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
});

/** A trainee's best finished result on one scenario, assessments and practice kept apart. */
const bestScoreSchema = z.strictObject({
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  /** Highest score of a finished assessment (any version), null if none was finished. */
  bestAssessment: z.number().nullable(),
  /** Some finished assessment of this scenario reached its pass mark. */
  passedAssessment: z.boolean(),
  bestPractice: z.number().nullable(),
});

/** Trainee profiles, history and progress (see electron/backend/trainee-handlers.ts). */
export const traineeMethods = {
  'trainees.update': method(z.strictObject({ id: recordId, ...traineeProfileInput }), traineeSchema),
  'trainees.history': method(
    /** traineeId null is the anonymous Guest profile: attempts recorded with no trainee. */
    z.strictObject({ traineeId: recordId.nullable() }),
    z.strictObject({
      trainee: traineeSchema.nullable(),
      /** Newest first; Watch sessions are demonstrations, not the trainee's work, and are left out. */
      attempts: z.array(historyAttemptSchema),
      /** One entry per scenario with a finished attempt, by title. */
      bestScores: z.array(bestScoreSchema),
      /** Catalog scenarios (latest versions) with a passed assessment, out of all of them. */
      progress: z.strictObject({ passed: z.number().int(), total: z.number().int() }),
    }),
  ),
} as const;

export type TraineeHistory = z.output<(typeof traineeMethods)['trainees.history']['output']>;
export type HistoryAttempt = TraineeHistory['attempts'][number];
export type BestScore = TraineeHistory['bestScores'][number];
