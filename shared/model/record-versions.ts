/**
 * Stored records (an attempt's events, its score report) carry the format
 * they were written in, so that a record written years ago still reads the
 * same after the model changes. Format 1 is the first shape (written before
 * records carried a number at all); each upcaster in a chain brings a record
 * from format `from` to `from + 1`, so the chain's length decides the
 * current format and an old record passes through every later step in order.
 * A record of a format newer than its chain knows is refused, never guessed at.
 */

/** The key under which a record keeps its format. */
export const FORMAT_KEY = 'v';

/** One small step of a record's shape. `change` says, for the reader of the chain, what changed. */
export interface Upcaster<R, C> {
  from: number;
  change: string;
  up(record: R, context: C): R;
}

export type RecordKind = 'event' | 'report';

/** Where a record is kept: the attempt, and for an event its place in the log. */
export interface RecordPlace {
  attemptId: string;
  seq?: number;
}

const placeOf = (kind: RecordKind, place: RecordPlace) =>
  kind === 'report' || place.seq === undefined ? `The score report of attempt "${place.attemptId}"` : `Event ${place.seq} of attempt "${place.attemptId}"`;

/**
 * A record written by a newer version of the trainer: this one cannot know
 * what it means, so it refuses to read it (the API answers 'conflict' with
 * this message) and leaves it as it is.
 */
export class NewerRecordError extends Error {
  override name = 'NewerRecordError';
  constructor(
    readonly kind: RecordKind,
    readonly found: number,
    readonly known: number,
    readonly place: RecordPlace,
  ) {
    super(
      `${placeOf(kind, place)} was written by a newer version of NextGen Trainer (${kind} record format ${found}; this version reads formats 1 to ${known}). ` +
        'Open it with that newer version; this one leaves it unchanged.',
    );
  }
}

/** A record whose format number is not a format at all: a damaged file, never something to guess at. */
export class UnreadableFormatError extends Error {
  override name = 'UnreadableFormatError';
  constructor(kind: RecordKind, place: RecordPlace, found: unknown) {
    super(`${placeOf(kind, place)} has record format ${JSON.stringify(found)}, which is not a format number`);
  }
}

/** The format records are written in today: one past the last step of the chain. */
export function currentFormat<R, C>(chain: readonly Upcaster<R, C>[]): number {
  return chain.length + 1;
}

/** A chain must step 1→2, 2→3, …: a gap or a repeat would skip or run a step twice. */
export function checkChain<R, C>(name: string, chain: readonly Upcaster<R, C>[]): void {
  chain.forEach((step, index) => {
    if (step.from !== index + 1) throw new Error(`${name} upcaster "${step.change}" starts at format ${step.from}, expected ${index + 1}`);
  });
}

/** The format a stored record says it was written in; a record without one is format 1. */
export function formatOf(kind: RecordKind, value: unknown, place: RecordPlace): number {
  if (value === undefined) return 1;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new UnreadableFormatError(kind, place, value);
  return value;
}

/**
 * The record brought from `format` to the chain's current format, one step
 * at a time. Refuses a format newer than the chain knows.
 */
export function upcast<R, C>(
  kind: RecordKind,
  chain: readonly Upcaster<R, C>[],
  record: R,
  format: number,
  context: C,
  place: RecordPlace,
): R {
  const known = chain.length + 1;
  if (format > known) throw new NewerRecordError(kind, format, known, place);
  return chain.slice(format - 1).reduce((upgraded, step) => step.up(upgraded, context), record);
}
