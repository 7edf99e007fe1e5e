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
  /** Seconds from the first to the last recorded event, when the caller knew them; null otherwise. */
  timeTakenSeconds: number | null;
  /** Points lost for time over the rubric's allowance (0 without an allowance or without timing). */
  overtimePenalty: number;
  objectives: ObjectiveResult[];
  mistakes: MistakeRecord[];
}

/**
 * How long the attempt took, which the model cannot know: it never reads a
 * clock. The host derives it from the stored events' timestamps (the
 * seconds between the first and the last recorded event, see
 * `elapsedSecondsBetween`) and passes it in, so a replay of the same stored
 * attempt gives the same timing and the same score.
 */
export interface AttemptTiming {
  elapsedSeconds: number;
}

/** The cost of the n-th (1-based) repeat of a mistake, before the per-code cap. */
function penaltyFor(rubric: Rubric, code: MistakeCode, occurrence: number, alreadyCharged: number): number {
  const base = rubric.mistakePenalty.byCode[code] ?? rubric.mistakePenalty.default;
  const raw = base * rubric.mistakePenalty.repeatFactor ** (occurrence - 1);
  return Math.min(raw, Math.max(0, rubric.mistakePenalty.maxPerCode - alreadyCharged));
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Each started minute over the allowance costs the rubric's overtime penalty; no allowance or no penalty, no cost. */
export function overtimePenaltyFor(rubric: Rubric, elapsedSeconds: number | null): number {
  const { timeAllowanceMinutes: allowance, overtimePenaltyPerMinute: perMinute } = rubric;
  if (elapsedSeconds === null || allowance === undefined || perMinute === undefined) return 0;
  const overSeconds = elapsedSeconds - allowance * 60;
  return overSeconds > 0 ? round(Math.ceil(overSeconds / 60) * perMinute) : 0;
}

/**
 * Whole seconds from the first to the last of the stored events' ISO
 * timestamps (`recordedAt`), or null when there are none or one is not a
 * timestamp. Pure: it reads the given times, never the clock.
 */
export function elapsedSecondsBetween(recordedAt: readonly string[]): number | null {
  if (recordedAt.length === 0) return null;
  const times = recordedAt.map((time) => Date.parse(time));
  if (times.some((time) => Number.isNaN(time))) return null;
  return Math.max(0, Math.floor((Math.max(...times) - Math.min(...times)) / 1000));
}

/**
 * The score of an attempt: a pure function of the scenario version, the
 * event log and (optionally) how long it took. The rules, all from the
 * scenario's rubric:
 * - each objective met earns its points (they add up to 100);
 * - each mistake costs `mistakePenalty.byCode[code]` (or `.default`); the
 *   n-th repeat of the same code costs `repeatFactor^(n-1)` of that, and one
 *   code never costs more than `maxPerCode` in total;
 * - each hint the model accepted (practice only) costs `hintCost`;
 * - with `timeAllowanceMinutes` and `overtimePenaltyPerMinute` set and the
 *   timing given, each started minute over the allowance costs the penalty;
 * - the total is rounded and clamped to 0-100; it passes at `passMark`.
 * `timing` comes from the stored events' timestamps (see AttemptTiming).
 */
export function score(scenario: ResolvedScenario, events: readonly TrainerEvent[], timing?: AttemptTiming): ScoreReport {
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
  const timeTakenSeconds = timing ? Math.max(0, Math.floor(timing.elapsedSeconds)) : null;
  const overtimePenalty = overtimePenaltyFor(rubric, timeTakenSeconds);
  const total = Math.round(Math.min(100, Math.max(0, earned - penalties - hintCost - overtimePenalty)));
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
    timeTakenSeconds,
    overtimePenalty,
    objectives,
    mistakes,
  };
}
