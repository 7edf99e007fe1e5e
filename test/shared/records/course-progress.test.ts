import { describe, expect, test } from 'vitest';
import type { Attempt } from '../../../shared/api/contract';
import { averageScore, bestPassedAssessment, courseProgress } from '../../../shared/records/course-progress';
import type { Course } from '../../../shared/scenario/course-schema';

const COURSE: Course = { id: 'linking', title: 'Linking', summary: '', scenarios: ['alpha', 'beta'] };

let next = 1;
function attempt(scenarioId: string, overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: `a${next++}`,
    scenarioId,
    scenarioVersion: 1,
    traineeId: 't1',
    mode: 'assess',
    status: 'finished',
    startedAt: '2024-03-01T09:00:00.000Z',
    finishedAt: '2024-03-01T09:05:00.000Z',
    score: 90,
    passed: true,
    eventCount: 10,
    ...overrides,
  };
}
const titleOf = (id: string) => `${id[0]?.toUpperCase() ?? ''}${id.slice(1)} scenario`;

describe('course progress', () => {
  test('only a passed, finished assessment counts: practice, failures and open attempts do not', () => {
    const attempts = [
      attempt('alpha', { mode: 'practice', score: 100 }),
      attempt('alpha', { passed: false, score: 40 }),
      attempt('alpha', { status: 'in-progress', finishedAt: null, score: null, passed: null }),
    ];
    const progress = courseProgress(COURSE, attempts, titleOf);
    expect(progress.completed).toBe(false);
    expect(progress.scenarios).toEqual([
      { id: 'alpha', title: 'Alpha scenario', counted: null },
      { id: 'beta', title: 'Beta scenario', counted: null },
    ]);
  });

  test('complete once every scenario has a passed assessment (any version), counting the best score, the earliest among equals', () => {
    const first = attempt('alpha', { score: 85, finishedAt: '2024-03-01T10:00:00.000Z' });
    const best = attempt('alpha', { score: 95, scenarioVersion: 2, finishedAt: '2024-03-02T10:00:00.000Z' });
    const tieLater = attempt('alpha', { score: 95, finishedAt: '2024-03-03T10:00:00.000Z' });
    const beta = attempt('beta', { score: 80 });
    expect(bestPassedAssessment([first, tieLater, best], 'alpha')).toBe(best);
    const progress = courseProgress(COURSE, [first, best, tieLater, beta], titleOf);
    expect(progress.completed).toBe(true);
    expect(progress.scenarios.map((scenario) => scenario.counted?.id)).toEqual([best.id, beta.id]);
    expect(courseProgress(COURSE, [first, best], titleOf).completed).toBe(false);
  });

  test('the course score is the average of the counted scores, to the nearest point', () => {
    expect(averageScore([95, 80])).toBe(88); // 87.5 rounds up
    expect(averageScore([90])).toBe(90);
    expect(averageScore([])).toBe(0);
  });
});
