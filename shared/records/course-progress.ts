import type { Attempt } from '../api/contract';
import type { Course } from '../scenario/course-schema';

/** One scenario of a course, for one trainee: the passed assessment that counts for it, if any. */
export interface CourseScenarioProgress {
  id: string;
  title: string;
  /** The best-scoring passed assessment (the earliest among equals); null until one is passed. */
  counted: Attempt | null;
}

export interface CourseProgressDetail {
  course: Course;
  scenarios: CourseScenarioProgress[];
  completed: boolean;
}

const isPassedAssessment = (attempt: Attempt) => attempt.mode === 'assess' && attempt.status === 'finished' && attempt.passed === true;

/** Of these attempts, the passed assessment of the scenario that scores best (any version); ties go to the earliest. */
export function bestPassedAssessment(attempts: readonly Attempt[], scenarioId: string): Attempt | null {
  let best: Attempt | null = null;
  for (const attempt of attempts) {
    if (attempt.scenarioId !== scenarioId || !isPassedAssessment(attempt)) continue;
    const score = attempt.score ?? 0;
    const bestScore = best?.score ?? 0;
    const earlier = (attempt.finishedAt ?? '') < (best?.finishedAt ?? '');
    if (!best || score > bestScore || (score === bestScore && earlier)) best = attempt;
  }
  return best;
}

/** How far one trainee's attempts (theirs only) go towards a course: complete when every scenario has a passed assessment. */
export function courseProgress(course: Course, attempts: readonly Attempt[], titleOf: (scenarioId: string) => string): CourseProgressDetail {
  const scenarios = course.scenarios.map((id) => ({ id, title: titleOf(id), counted: bestPassedAssessment(attempts, id) }));
  return { course, scenarios, completed: scenarios.every((scenario) => scenario.counted !== null) };
}

/** A course certificate's score: the average of the counted scores, to the nearest whole point. */
export function averageScore(scores: readonly number[]): number {
  if (scores.length === 0) return 0;
  return Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length);
}
