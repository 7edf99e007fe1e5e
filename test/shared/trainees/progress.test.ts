import { describe, expect, test } from 'vitest';
import { bestScores, catalogProgress, type AttemptOutcome } from '../../../shared/trainees/progress';

const titles: Record<string, string> = { a: 'Alpha scenario', b: 'Beta scenario' };
const titleOf = (id: string) => titles[id] ?? id;

const finished = (scenarioId: string, mode: AttemptOutcome['mode'], score: number, passed: boolean): AttemptOutcome => ({
  scenarioId,
  mode,
  status: 'finished',
  score,
  passed,
});

describe('best scores and progress', () => {
  test('no attempts: nothing best, nothing passed', () => {
    expect(bestScores([], titleOf)).toEqual([]);
    expect(catalogProgress([], ['a', 'b'])).toEqual({ passed: 0, total: 2 });
  });

  test('practice and assessment bests are kept apart; a later failure does not undo a pass', () => {
    const best = bestScores(
      [finished('a', 'practice', 95, true), finished('a', 'assess', 80, true), finished('a', 'assess', 40, false)],
      titleOf,
    );
    expect(best).toEqual([{ scenarioId: 'a', scenarioTitle: 'Alpha scenario', bestAssessment: 80, passedAssessment: true, bestPractice: 95 }]);
    expect(catalogProgress(best, ['a', 'b'])).toEqual({ passed: 1, total: 2 });
  });

  test('a passed practice is no progress; unfinished and Watch attempts count for nothing', () => {
    const best = bestScores(
      [
        finished('b', 'practice', 100, true),
        { scenarioId: 'a', mode: 'assess', status: 'in-progress', score: null, passed: null },
        { scenarioId: 'a', mode: 'assess', status: 'abandoned', score: null, passed: null },
        finished('a', 'watch', 100, true),
      ],
      titleOf,
    );
    expect(best).toEqual([{ scenarioId: 'b', scenarioTitle: 'Beta scenario', bestAssessment: null, passedAssessment: false, bestPractice: 100 }]);
    expect(catalogProgress(best, ['a', 'b'])).toEqual({ passed: 0, total: 2 });
  });

  test('a pass on a scenario no longer in the catalog is not counted out of it', () => {
    const best = bestScores([finished('retired', 'assess', 90, true), finished('b', 'assess', 90, true)], titleOf);
    expect(best.map((entry) => entry.scenarioTitle)).toEqual(['Beta scenario', 'retired']);
    expect(catalogProgress(best, ['a', 'b'])).toEqual({ passed: 1, total: 2 });
  });
});
