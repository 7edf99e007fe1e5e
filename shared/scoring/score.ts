import { MISTAKES, type MistakeCode } from '../model/mistakes';
import { replay } from '../model/replay';
import type { TrainerEvent } from '../model/events';
import type { ResolvedScenario, Rubric } from '../scenario/schema';
import { checkHolds } from './objectives';

export interface ObjectiveResult {
  id: string;
  label: string;
  points: number;
  met: boolean;
  /** Index of the event after which the objective first held, or null. */
  metAt: number | null;
}

export interface MistakeRecord {
  /** Index of the event that made the mistake. */
  at: number;
  code: MistakeCode;
  title: string;
  rule: string;
  remedy: string;
  source: string;
  /** What the simulated system said, if anything. */
  message: string | null;
  penalty: number;
}

export interface ScoreReport {
  score: number;
  passMark: number;
  passed: boolean;
  /** All objectives met. */
  complete: boolean;
  earned: number;
  penalties: number;
  hintsUsed: number;
  hintCost: number;
  objectives: ObjectiveResult[];
  mistakes: MistakeRecord[];
}

/** The cost of the n-th (1-based) repeat of a mistake, before the per-code cap. */
function penaltyFor(rubric: Rubric, code: MistakeCode, occurrence: number, alreadyCharged: number): number {
  const base = rubric.mistakePenalty.byCode[code] ?? rubric.mistakePenalty.default;
  const raw = base * rubric.mistakePenalty.repeatFactor ** (occurrence - 1);
  return Math.min(raw, Math.max(0, rubric.mistakePenalty.maxPerCode - alreadyCharged));
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The score of an attempt: a pure function of the scenario version and the
 * event log. Points for each objective met, minus penalties for mistakes
 * (repeats cost less, each code is capped) and for hints, clamped to 0-100.
 */
export function score(scenario: ResolvedScenario, events: readonly TrainerEvent[]): ScoreReport {
  const { outcomes, worlds } = replay(scenario, events, true);
  const { rubric } = scenario;

  const objectives: ObjectiveResult[] = scenario.objectives.map((objective) => {
    const metAt = worlds.findIndex((world) => checkHolds(objective.check, world));
    return { id: objective.id, label: objective.label, points: objective.points, met: metAt >= 0, metAt: metAt >= 0 ? metAt : null };
  });

  const occurrences = new Map<MistakeCode, number>();
  const charged = new Map<MistakeCode, number>();
  const mistakes: MistakeRecord[] = [];
  outcomes.forEach((outcome, at) => {
    if (!outcome.mistake) return;
    const code = outcome.mistake;
    const occurrence = (occurrences.get(code) ?? 0) + 1;
    const penalty = penaltyFor(rubric, code, occurrence, charged.get(code) ?? 0);
    occurrences.set(code, occurrence);
    charged.set(code, (charged.get(code) ?? 0) + penalty);
    mistakes.push({ at, code, ...MISTAKES[code], message: outcome.message, penalty: round(penalty) });
  });

  const objectiveIds = new Set(scenario.objectives.map((objective) => objective.id));
  const hintsUsed = events.filter(
    (event, index) =>
      event.type === 'trainee/hint-requested' && objectiveIds.has(event.objectiveId) && outcomes[index]?.status === 'accepted',
  ).length;
  const earned = objectives.reduce((sum, objective) => sum + (objective.met ? objective.points : 0), 0);
  const penalties = mistakes.reduce((sum, mistake) => sum + mistake.penalty, 0);
  const hintCost = hintsUsed * rubric.hintCost;
  const total = Math.round(Math.min(100, Math.max(0, earned - penalties - hintCost)));
  const complete = objectives.every((objective) => objective.met);
  return {
    score: total,
    passMark: rubric.passMark,
    passed: total >= rubric.passMark,
    complete,
    earned,
    penalties: round(penalties),
    hintsUsed,
    hintCost,
    objectives,
    mistakes,
  };
}
