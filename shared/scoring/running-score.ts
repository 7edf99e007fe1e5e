import { MISTAKES, type MistakeCode } from '../model/mistakes';
import type { TrainerEvent } from '../model/events';
import { initialWorld, type AttemptStart } from '../model/initial-world';
import { apply, type Outcome } from '../model/reducer';
import type { World } from '../model/world';
import type { ResolvedScenario, Rubric } from '../scenario/schema';
import { checkHolds } from './objectives';
import type { AttemptTiming, MistakeRecord, ScoreReport } from './score';

/**
 * The score of an attempt kept up to date one event at a time, so that a
 * click in practice mode costs the same at the 10th event as at the
 * 10,000th: nothing here looks back over the log or keeps the worlds
 * behind it. Folding every event of a log from `startScore` and reading
 * `reportOf` is exactly `score(scenario, events)` (score.ts does just that).
 *
 * A running score is never changed in place: each step returns a new one
 * that shares what did not change, so a screen may keep the one it drew.
 */
export interface RunningScore {
  /** The world after the events folded so far. */
  readonly world: World;
  /** How many events have been folded. */
  readonly count: number;
  /** Per objective, in scenario order: the index of the event after which it first held, or null. */
  readonly metAt: readonly (number | null)[];
  readonly mistakes: readonly MistakeRecord[];
  /** Per mistake code: how often it was made and how much it has cost so far (before rounding). */
  readonly charges: Readonly<Partial<Record<MistakeCode, { occurrences: number; charged: number }>>>;
  /** The sum of the mistakes' rounded penalties, added in the order they were made. */
  readonly penalties: number;
  readonly hintsUsed: number;
}

export interface ScoredStep {
  running: RunningScore;
  outcome: Outcome;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The cost of the n-th (1-based) repeat of a mistake, before the per-code cap. */
function penaltyFor(rubric: Rubric, code: MistakeCode, occurrence: number, alreadyCharged: number): number {
  const base = rubric.mistakePenalty.byCode[code] ?? rubric.mistakePenalty.default;
  const raw = base * rubric.mistakePenalty.repeatFactor ** (occurrence - 1);
  return Math.min(raw, Math.max(0, rubric.mistakePenalty.maxPerCode - alreadyCharged));
}

/** Each started minute over the allowance costs the rubric's overtime penalty; no allowance or no penalty, no cost. */
export function overtimePenaltyFor(rubric: Rubric, elapsedSeconds: number | null): number {
  const { timeAllowanceMinutes: allowance, overtimePenaltyPerMinute: perMinute } = rubric;
  if (elapsedSeconds === null || allowance === undefined || perMinute === undefined) return 0;
  const overSeconds = elapsedSeconds - allowance * 60;
  return overSeconds > 0 ? round(Math.ceil(overSeconds / 60) * perMinute) : 0;
}

/** Nothing folded yet: the scenario's first world, no objective met, no mistake, no hint. */
export function startScore(scenario: ResolvedScenario, start: AttemptStart): RunningScore {
  return {
    world: initialWorld(scenario, start),
    count: 0,
    metAt: scenario.objectives.map(() => null),
    mistakes: [],
    charges: {},
    penalties: 0,
    hintsUsed: 0,
  };
}

/** Objectives that first hold in `world`, marked as met after event `at`; the same array when none changed. */
function markMet(scenario: ResolvedScenario, metAt: readonly (number | null)[], world: World, at: number): readonly (number | null)[] {
  let next: (number | null)[] | null = null;
  scenario.objectives.forEach((objective, index) => {
    if (metAt[index] !== null || !checkHolds(objective.check, world)) return;
    next ??= [...metAt];
    next[index] = at;
  });
  return next ?? metAt;
}

/** Applies one event and scores it: the model's outcome, and the running score after it. */
export function scoreEvent(scenario: ResolvedScenario, running: RunningScore, event: TrainerEvent): ScoredStep {
  const { world, outcome } = apply(running.world, event);
  const at = running.count;
  let { charges, mistakes, penalties, hintsUsed } = running;
  if (outcome.mistake) {
    const code = outcome.mistake;
    const before = charges[code] ?? { occurrences: 0, charged: 0 };
    const occurrences = before.occurrences + 1;
    const penalty = penaltyFor(scenario.rubric, code, occurrences, before.charged);
    const record: MistakeRecord = { at, code, ...MISTAKES[code], message: outcome.message, penalty: round(penalty) };
    charges = { ...charges, [code]: { occurrences, charged: before.charged + penalty } };
    mistakes = [...mistakes, record];
    penalties += record.penalty;
  }
  if (
    event.type === 'trainee/hint-requested' &&
    outcome.status === 'accepted' &&
    scenario.objectives.some((objective) => objective.id === event.objectiveId)
  ) {
    hintsUsed += 1;
  }
  const metAt = markMet(scenario, running.metAt, world, at);
  return { running: { world, count: at + 1, metAt, mistakes, charges, penalties, hintsUsed }, outcome };
}

/** The report for the events folded so far (see `score` for the rules). */
export function reportOf(scenario: ResolvedScenario, running: RunningScore, timing?: AttemptTiming): ScoreReport {
  const { rubric } = scenario;
  const objectives = scenario.objectives.map((objective, index) => {
    const metAt = running.metAt[index] ?? null;
    return { id: objective.id, label: objective.label, points: objective.points, met: metAt !== null, metAt };
  });
  const earned = objectives.reduce((sum, objective) => sum + (objective.met ? objective.points : 0), 0);
  const hintCost = running.hintsUsed * rubric.hintCost;
  const timeTakenSeconds = timing ? Math.max(0, Math.floor(timing.elapsedSeconds)) : null;
  const overtimePenalty = overtimePenaltyFor(rubric, timeTakenSeconds);
  const total = Math.round(Math.min(100, Math.max(0, earned - running.penalties - hintCost - overtimePenalty)));
  return {
    score: total,
    passMark: rubric.passMark,
    passed: total >= rubric.passMark,
    complete: objectives.every((objective) => objective.met),
    earned,
    penalties: round(running.penalties),
    hintsUsed: running.hintsUsed,
    hintCost,
    timeTakenSeconds,
    overtimePenalty,
    objectives,
    mistakes: [...running.mistakes],
  };
}
