import { z } from 'zod';
import { eventSchema } from '../model/events';
import { scenarioSchema } from '../scenario/schema';
import { storedReportSchema } from '../scoring/stored-report';
import { courseMethods } from './course-methods';
import { method } from './method';
import { recordMethods } from './record-methods';
import { traineeMethods, traineeProfileInput, traineeSchema } from './trainee-methods';

/**
 * The one API between the screens and the backend: method name, input
 * schema, output schema. Electron IPC and the browser-mode HTTP server both
 * serve exactly these methods through the same dispatcher, and both validate
 * input against these schemas before a handler runs.
 */

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _');
const scenarioId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a scenario id such as cmecf-link-bankruptcy').max(64);
const timestamp = z.string();

export const attemptModeSchema = z.enum(['practice', 'assess', 'watch']);

export const attemptSchema = z.strictObject({
  id,
  scenarioId,
  scenarioVersion: z.number().int(),
  traineeId: id.nullable(),
  mode: attemptModeSchema,
  status: z.enum(['in-progress', 'finished', 'abandoned']),
  startedAt: timestamp,
  finishedAt: timestamp.nullable(),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
  eventCount: z.number().int(),
});

/** A score report as it was kept when the attempt finished (its mistake codes are those of that day). */
const reportSchema = storedReportSchema;

const storedEventSchema = z.strictObject({ seq: z.number().int(), event: eventSchema, recordedAt: timestamp });

const scenarioSummarySchema = z.strictObject({
  id: scenarioId,
  version: z.number().int(),
  title: z.string(),
  summary: z.string(),
  seeds: z.array(z.string()),
  courts: z.array(z.string()),
});

const settingKey = z.enum(['organisation', 'lastTraineeId', 'projector']);


export const contract = {
  'app.info': method(
    z.strictObject({}),
    z.strictObject({
      version: z.string(),
      host: z.enum(['electron', 'browser']),
      dataDir: z.string(),
      storageNotice: z.string().nullable(),
      scenarioProblems: z.array(z.strictObject({ source: z.string(), problems: z.array(z.string()) })),
    }),
  ),
  'scenarios.list': method(z.strictObject({}), z.array(scenarioSummarySchema)),
  'scenarios.get': method(
    z.strictObject({ id: scenarioId, version: z.number().int().min(1).optional() }),
    scenarioSchema,
  ),
  'attempts.start': method(
    z.strictObject({ scenarioId, mode: attemptModeSchema, traineeId: id.nullable().default(null) }),
    z.strictObject({ attempt: attemptSchema, events: z.array(storedEventSchema) }),
  ),
  'attempts.append': method(
    z.strictObject({ attemptId: id, seq: z.number().int().min(1), event: eventSchema }),
    z.strictObject({ seq: z.number().int() }),
  ),
  'attempts.get': method(
    z.strictObject({ attemptId: id }),
    z.strictObject({ attempt: attemptSchema, events: z.array(storedEventSchema), report: reportSchema.nullable() }),
  ),
  'attempts.findOpen': method(
    z.strictObject({ scenarioId, mode: attemptModeSchema, traineeId: id.nullable().default(null) }),
    z.strictObject({ attempt: attemptSchema.nullable() }),
  ),
  'attempts.finish': method(
    z.strictObject({ attemptId: id, reason: z.enum(['completed', 'gave-up']) }),
    z.strictObject({ attempt: attemptSchema, report: reportSchema }),
  ),
  'attempts.abandon': method(z.strictObject({ attemptId: id }), z.strictObject({ attempt: attemptSchema })),
  'attempts.list': method(
    z.strictObject({ scenarioId: scenarioId.optional(), traineeId: id.optional() }),
    z.array(attemptSchema),
  ),
  'trainees.list': method(z.strictObject({}), z.array(traineeSchema)),
  'trainees.create': method(
    z.strictObject(traineeProfileInput),
    traineeSchema,
  ),
  'settings.get': method(z.strictObject({ key: settingKey }), z.strictObject({ value: z.string().nullable() })),
  'settings.set': method(
    z.strictObject({ key: settingKey, value: z.string().max(2000, 'must be at most 2000 characters') }),
    z.strictObject({ value: z.string() }),
  ),
  ...traineeMethods,
  ...recordMethods,
  ...courseMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type ApiInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type ApiOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export type Attempt = z.infer<typeof attemptSchema>;
export type StoredEvent = z.infer<typeof storedEventSchema>;
export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>;
export type Trainee = z.infer<typeof traineeSchema>;
export type AttemptReport = z.infer<typeof reportSchema>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: string): value is MethodName {
  return Object.hasOwn(contract, value);
}

export type ApiErrorCode = 'bad-input' | 'unknown-method' | 'not-found' | 'conflict' | 'internal';
/** One thing wrong with the input: where (the input's path, e.g. ['email']) and what, in words a person can read. */
export interface ApiIssue {
  path: (string | number)[];
  message: string;
}
export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** What was wrong, field by field, when the failure is about the input; screens show each beside its field. */
  issues?: ApiIssue[];
}
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiError };
