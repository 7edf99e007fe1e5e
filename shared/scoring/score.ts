import type { MistakeCode } from '../model/mistakes';
import { attemptStart } from '../model/replay';
import type { TrainerEvent } from '../model/events';
import type { ResolvedScenario } from '../scenario/schema';
import { reportOf, scoreEvent, startScore } from './running-score';

export { overtimePenaltyFor } from './running-score';

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
 * The events are folded one at a time (running-score.ts), the same fold
 * that practice mode keeps up to date click by click.
 */
export function score(scenario: ResolvedScenario, events: readonly TrainerEvent[], timing?: AttemptTiming): ScoreReport {
  let running = startScore(scenario, attemptStart(events));
  for (const event of events) running = scoreEvent(scenario, running, event).running;
  return reportOf(scenario, running, timing);
}
