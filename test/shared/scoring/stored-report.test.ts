import { describe, expect, it } from 'vitest';
import { isMistakeCode } from '../../../shared/model/mistakes';
import { NewerRecordError } from '../../../shared/model/record-versions';
import { score } from '../../../shared/scoring/score';
import { REPORT_RECORD_FORMAT, REPORT_UPCASTERS, reportFromRecord, reportRecord, type StoredReport } from '../../../shared/scoring/stored-report';
import { walkthroughEvents } from '../../support/attempt';
import { builtinScenario } from '../../support/scenarios';
import { RETIRED_MISTAKE } from '../../support/retired-mistake';

const PLACE = { attemptId: 'a1' };

/** A report as a trainer of an earlier day kept it: its one mistake's code is no longer in the catalogue. */
const RETIRED: StoredReport = {
  score: 85,
  passMark: 80,
  passed: true,
  complete: true,
  earned: 100,
  penalties: 15,
  hintsUsed: 0,
  hintCost: 0,
  timeTakenSeconds: 95,
  overtimePenalty: 0,
  objectives: [{ id: 'link-accounts', label: 'Link your CM/ECF account', points: 100, met: true, metAt: 9 }],
  mistakes: [
    RETIRED_MISTAKE,
  ],
};

describe('stored score reports', () => {
  it('are written in today\'s format under "v" and read back as they were decided', () => {
    const scenario = builtinScenario('cmecf-link-bankruptcy');
    const report = score(scenario, walkthroughEvents(scenario), { elapsedSeconds: 40 });
    const text = reportRecord(report);
    expect(JSON.parse(text)).toMatchObject({ v: REPORT_RECORD_FORMAT, score: 100 });
    expect(reportFromRecord(text, PLACE)).toEqual({ ok: true, report });
  });

  it('keep the mistake codes, titles and texts they were written with, even a code today\'s catalogue no longer has', () => {
    expect(isMistakeCode('pacer-legacy-login-used')).toBe(false);
    expect(reportFromRecord(reportRecord(RETIRED), PLACE)).toEqual({ ok: true, report: RETIRED });
  });

  it('refuse a report of a newer format, and name what is wrong with a damaged one', () => {
    const newer = JSON.stringify({ ...RETIRED, v: REPORT_RECORD_FORMAT + 1 });
    expect(() => reportFromRecord(newer, PLACE)).toThrow(NewerRecordError);
    expect(reportFromRecord('{"score":', PLACE)).toEqual({ ok: false, problem: 'it is not JSON' });
    expect(reportFromRecord(JSON.stringify({ ...RETIRED, score: 'high' }), PLACE)).toEqual({ ok: false, problem: 'score: Invalid input: expected number, received string' });
  });
});

describe('step 1→2: time taken and overtime always present', () => {
  const { timeTakenSeconds: _time, overtimePenalty: _overtime, ...beforeTheAllowance } = RETIRED;

  it('a report kept before the time allowance (no "v", neither figure) reads with no time known and no overtime', () => {
    expect(REPORT_UPCASTERS.map((step) => step.from)).toEqual([1]);
    expect(REPORT_UPCASTERS[0]!.up(beforeTheAllowance)).toEqual({ ...beforeTheAllowance, timeTakenSeconds: null, overtimePenalty: 0 });
    expect(reportFromRecord(JSON.stringify(beforeTheAllowance), PLACE)).toEqual({ ok: true, report: { ...RETIRED, timeTakenSeconds: null, overtimePenalty: 0 } });
  });

  it('keeps the figures a format-1 report already had', () => {
    expect(reportFromRecord(JSON.stringify(RETIRED), PLACE)).toEqual({ ok: true, report: RETIRED });
  });
});
