import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addSeconds, formatDate, formatNoticeTime } from '../../../shared/model/clock';

describe('the simulated clock', () => {
  it('adds seconds across a minute, a day, a month end, a leap day and a year end', () => {
    expect(addSeconds('2019-07-22T10:40:00', 9)).toBe('2019-07-22T10:40:09');
    expect(addSeconds('2019-07-22T23:59:55', 9)).toBe('2019-07-23T00:00:04');
    expect(addSeconds('2019-07-31T23:59:59', 1)).toBe('2019-08-01T00:00:00');
    expect(addSeconds('2020-02-28T23:59:59', 1)).toBe('2020-02-29T00:00:00');
    expect(addSeconds('2019-02-28T23:59:59', 1)).toBe('2019-03-01T00:00:00');
    expect(addSeconds('2019-12-31T23:59:59', 1)).toBe('2020-01-01T00:00:00');
  });

  it('"overnight" and "7-10 business days later" are just more seconds', () => {
    expect(addSeconds('2019-07-22T17:00:00', 15 * 3600)).toBe('2019-07-23T08:00:00');
    expect(addSeconds('2019-07-22T10:40:00', 10 * 86_400)).toBe('2019-08-01T10:40:00');
  });

  it('a few seconds within the hour give the same clock as full date arithmetic (fast-check seed 17)', () => {
    const clock = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T23:59:59Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 19));
    fc.assert(
      fc.property(clock, fc.integer({ min: 0, max: 5000 }), (start, seconds) => {
        const expected = new Date(Date.parse(`${start}Z`) + seconds * 1000).toISOString().slice(0, 19);
        expect(addSeconds(start, seconds)).toBe(expected);
      }),
      { seed: 17, numRuns: 2000 },
    );
  });

  it('notices write the time as court e-mails do: MM/DD/YYYY hh:mm:ss (seed 000 sample "11/01/2015 10:40:36")', () => {
    expect(formatNoticeTime('2015-11-01T10:40:36')).toBe('11/01/2015 10:40:36');
    expect(formatDate('2019-07-15T00:00:00')).toBe('07/15/2019');
  });
});
