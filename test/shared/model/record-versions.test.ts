import { describe, expect, it } from 'vitest';
import {
  checkChain,
  currentFormat,
  formatOf,
  NewerRecordError,
  UnreadableFormatError,
  upcast,
  type Upcaster,
} from '../../../shared/model/record-versions';

/** A toy record whose steps leave a trace, to see which ran and in what order. */
type Traced = { steps: string[] };
const step = (from: number): Upcaster<Traced, void> => ({ from, change: `step ${from}`, up: (record) => ({ steps: [...record.steps, `${from}→${from + 1}`] }) });
const CHAIN = [step(1), step(2), step(3)];
const PLACE = { attemptId: 'a1', seq: 4 };

describe('a chain of upcasters', () => {
  it('its current format is one past its last step; an empty chain writes format 1', () => {
    expect(currentFormat(CHAIN)).toBe(4);
    expect(currentFormat([])).toBe(1);
  });

  it('brings a record through every later step, in order, and leaves a current one as it is', () => {
    expect(upcast('event', CHAIN, { steps: [] }, 1, undefined, PLACE).steps).toEqual(['1→2', '2→3', '3→4']);
    expect(upcast('event', CHAIN, { steps: [] }, 3, undefined, PLACE).steps).toEqual(['3→4']);
    expect(upcast('event', CHAIN, { steps: [] }, 4, undefined, PLACE).steps).toEqual([]);
  });

  it('refuses a record newer than it knows, saying where it is and which formats it reads', () => {
    const read = () => upcast('event', CHAIN, { steps: [] }, 5, undefined, PLACE);
    expect(read).toThrow(NewerRecordError);
    expect(read).toThrow('Event 4 of attempt "a1" was written by a newer version of NextGen Trainer (event record format 5; this version reads formats 1 to 4).');
    expect(() => upcast('report', CHAIN, { steps: [] }, 9, undefined, { attemptId: 'a1' })).toThrow(/^The score report of attempt "a1" was written by a newer version/);
  });

  it('must step 1→2, 2→3, …: a gap or a repeat is a programming error', () => {
    expect(() => checkChain('toy', CHAIN)).not.toThrow();
    expect(() => checkChain('toy', [step(1), step(3)])).toThrow('toy upcaster "step 3" starts at format 3, expected 2');
    expect(() => checkChain('toy', [step(1), step(1)])).toThrow('expected 2');
  });

  it('a record without a format number is format 1; a format that is not a whole number from 1 up is unreadable', () => {
    expect(formatOf('event', undefined, PLACE)).toBe(1);
    expect(formatOf('event', 2, PLACE)).toBe(2);
    for (const bad of [0, -1, 1.5, '2', null]) expect(() => formatOf('event', bad, PLACE), String(bad)).toThrow(UnreadableFormatError);
  });
});
