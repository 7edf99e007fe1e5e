import { z } from 'zod';
import { checkChain, currentFormat, FORMAT_KEY, formatOf, upcast, type RecordPlace, type Upcaster } from './record-versions';
import { lengthVerdict, slowDigest, type Secret } from './credentials';
import type { TrainerEvent } from './events';
import { maskCardFields } from './sensitive-numbers';

/**
 * How an event is kept in a stored attempt: its type in its own column and
 * the rest as JSON, with the record format it was written in under `v`.
 * Reading brings a record of any earlier format to today's through
 * EVENT_UPCASTERS (record-versions.ts), then the event schema checks it.
 */

/** A stored event as the upcasters see it: the type column and the JSON beside it, without its format. */
export interface EventRecord {
  type: string;
  payload: Record<string, unknown>;
}

/** What an upcaster may need beyond the record: the attempt's salt, from its attempt/started event. */
export interface EventContext {
  salt: string | null;
}

const formatOneSecretSchema = z.strictObject({
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  length: z.number().int().min(0).max(1000),
  traits: z.strictObject({ lower: z.boolean(), upper: z.boolean(), digit: z.boolean(), special: z.boolean() }).optional(),
});

/** A format-1 password as format 2 keeps it. Events older than the 2025 rules carry no traits, and passed them. */
export function upgradeFormatOneSecret(salt: string, old: z.infer<typeof formatOneSecretSchema>): Secret {
  const lengthAtLeast = lengthVerdict(old.length);
  const traits = old.traits;
  return {
    digest: slowDigest(salt, old.digest),
    lengthAtLeast,
    characterClasses: lengthAtLeast === 14 && (!traits || (traits.lower && traits.upper && traits.special)),
    securityCodeShape: lengthAtLeast === 3 && traits?.digit !== false,
  };
}

/** Anything that does not read as a format-1 secret is left for the event schema to refuse. */
function upgradeSecret(salt: string | null, value: unknown): unknown {
  const old = formatOneSecretSchema.safeParse(value);
  return old.success && salt !== null ? upgradeFormatOneSecret(salt, old.data) : value;
}

function upgradeFields(fields: unknown): unknown {
  if (typeof fields !== 'object' || fields === null || Object.values(fields).some((value) => typeof value !== 'string')) return fields;
  return maskCardFields(fields as Record<string, string>);
}

function upgradeFormatOne(type: string, payload: Record<string, unknown>, salt: string | null): Record<string, unknown> {
  switch (type) {
    case 'pacer/login-submitted':
    case 'cmecf/link-credentials-submitted':
      return { ...payload, password: upgradeSecret(salt, payload.password) };
    case 'form/submitted': {
      const secrets = payload.secrets;
      const upgradedSecrets =
        typeof secrets === 'object' && secrets !== null
          ? Object.fromEntries(Object.entries(secrets).map(([name, value]) => [name, upgradeSecret(salt, value)]))
          : secrets;
      return { ...payload, fields: upgradeFields(payload.fields), secrets: upgradedSecrets };
    }
    default:
      return payload;
  }
}

/**
 * Each step of an event record's shape. A new event type, or a new optional
 * field, needs no step: records of today's format are read as they are. A
 * step is added when a stored record would otherwise read differently (an
 * event or field renamed, a value kept another way), with its own test.
 */
export const EVENT_UPCASTERS: readonly Upcaster<EventRecord, EventContext>[] = [
  {
    // Format 1 (no `v`) kept a password as one quick SHA-256 with its length and
    // kinds of character, and a card or bank-account number as a stand-in with
    // digits derived from the typed ones. Format 2 keeps the slow digest and the
    // rules' answers (credentials.ts) and stand-ins made of brand, length, last
    // four and Luhn result only (sensitive-numbers.ts); every answer and
    // stand-in follows from what format 1 kept, so old attempts score the same.
    from: 1,
    change: 'typed secrets kept as slow digests and the rules\' answers; card and account stand-ins without derived digits',
    up: ({ type, payload }, { salt }) => ({ type, payload: upgradeFormatOne(type, payload, salt) }),
  },
];
checkChain('event', EVENT_UPCASTERS);

/** The format events are written in today. */
export const EVENT_RECORD_FORMAT = currentFormat(EVENT_UPCASTERS);

/** The JSON a row keeps for an event. */
export function eventRecord(event: TrainerEvent): string {
  const { type: _type, ...payload } = event;
  return JSON.stringify({ ...payload, [FORMAT_KEY]: EVENT_RECORD_FORMAT });
}

/**
 * A stored row as the event it records, in the current format, for the
 * event schema to check. `salt` is the attempt's (its attempt/started event).
 * A row of a format newer than `chain` knows is refused (NewerRecordError).
 */
export function eventFromRecord(
  type: string,
  record: unknown,
  salt: string | null,
  place: RecordPlace,
  chain: readonly Upcaster<EventRecord, EventContext>[] = EVENT_UPCASTERS,
): unknown {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  const { [FORMAT_KEY]: format, ...payload } = record as Record<string, unknown>;
  const current = upcast('event', chain, { type, payload }, formatOf('event', format, place), { salt }, place);
  return { ...current.payload, type: current.type };
}
