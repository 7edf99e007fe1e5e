import type { BestScore } from '../api/trainee-methods';

/** What progress needs to know of one attempt. */
export interface AttemptOutcome {
  scenarioId: string;
  mode: 'practice' | 'assess' | 'watch';
  status: 'in-progress' | 'finished' | 'abandoned';
  score: number | null;
  passed: boolean | null;
}

const higher = (best: number | null, score: number | null): number | null =>
  score === null ? best : best === null ? score : Math.max(best, score);

/**
 * Each scenario's best finished results, by title. Assessments and practice
 * are kept apart: only an assessment counts towards progress and a
 * certificate, but a trainee still wants to see how practice is going.
 * Watch sessions are demonstrations and count for nothing.
 */
export function bestScores(attempts: readonly AttemptOutcome[], titleOf: (scenarioId: string) => string): BestScore[] {
  const byScenario = new Map<string, BestScore>();
  for (const attempt of attempts) {
    if (attempt.status !== 'finished' || attempt.mode === 'watch') continue;
    const best = byScenario.get(attempt.scenarioId) ?? {
      scenarioId: attempt.scenarioId,
      scenarioTitle: titleOf(attempt.scenarioId),
      bestAssessment: null,
      passedAssessment: false,
      bestPractice: null,
    };
    if (attempt.mode === 'assess') {
      best.bestAssessment = higher(best.bestAssessment, attempt.score);
      best.passedAssessment ||= attempt.passed === true;
    } else {
      best.bestPractice = higher(best.bestPractice, attempt.score);
    }
    byScenario.set(attempt.scenarioId, best);
  }
  return [...byScenario.values()].sort((a, b) => a.scenarioTitle.localeCompare(b.scenarioTitle));
}

/** How many catalog scenarios (by id, any version) have a passed assessment, out of all of them. */
export function catalogProgress(best: readonly BestScore[], catalogIds: readonly string[]): { passed: number; total: number } {
  const passed = new Set(best.filter((entry) => entry.passedAssessment).map((entry) => entry.scenarioId));
  return { passed: catalogIds.filter((id) => passed.has(id)).length, total: catalogIds.length };
}
