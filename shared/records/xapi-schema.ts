import { z } from 'zod';

/**
 * The shape of the xAPI 1.0.3 statements this app exports (a strict subset
 * of the specification: what an LRS needs to take them). Tests validate
 * every exported statement against it.
 */
const languageMap = z.record(z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'must be a language tag'), z.string().min(1));
const iri = z.url({ protocol: /^(https?|mailto)$/ });

const agentSchema = z.union([
  z.strictObject({
    objectType: z.literal('Agent'),
    name: z.string().min(1),
    mbox: z.string().regex(/^mailto:[^@\s]+@[^@\s]+$/, 'must be a mailto: IRI'),
  }),
  z.strictObject({
    objectType: z.literal('Agent'),
    name: z.string().min(1),
    account: z.strictObject({ homePage: iri, name: z.string().min(1) }),
  }),
]);

export const XAPI_VERBS = {
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;

/** ISO 8601 duration as xAPI uses it, e.g. PT4M12S. */
export const isoDurationSchema = z.string().regex(/^PT(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?$/, 'must be an ISO 8601 duration such as PT4M12S').refine((value) => value !== 'PT', 'must be an ISO 8601 duration such as PT4M12S');

export const xapiStatementSchema = z.strictObject({
  id: z.uuid(),
  actor: agentSchema,
  verb: z.strictObject({ id: z.enum(Object.values(XAPI_VERBS)), display: languageMap }),
  object: z.strictObject({
    objectType: z.literal('Activity'),
    id: iri,
    definition: z.strictObject({
      type: iri,
      name: languageMap,
      description: languageMap,
    }),
  }),
  result: z.strictObject({
    score: z
      .strictObject({ scaled: z.number().min(-1).max(1), raw: z.number(), min: z.number(), max: z.number() })
      .refine((score) => score.min <= score.raw && score.raw <= score.max, 'raw must lie between min and max'),
    success: z.boolean(),
    completion: z.boolean(),
    duration: isoDurationSchema,
  }),
  timestamp: z.iso.datetime({ offset: true }),
  context: z.strictObject({
    platform: z.string(),
    language: z.string(),
    extensions: z.record(iri, z.unknown()),
  }),
});

export const xapiStatementsSchema = z.array(xapiStatementSchema);

export type XapiStatement = z.infer<typeof xapiStatementSchema>;
