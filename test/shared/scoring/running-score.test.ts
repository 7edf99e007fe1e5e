import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TrainerEvent } from '../../../shared/model/events';
import { MISTAKES, type MistakeCode } from '../../../shared/model/mistakes';
import { attemptStart, replay } from '../../../shared/model/replay';
import type { ResolvedScenario } from '../../../shared/scenario/schema';
import { checkHolds } from '../../../shared/scoring/objectives';
import { reportOf, scoreEvent, startScore, type RunningScore } from '../../../shared/scoring/running-score';
import { overtimePenaltyFor, score, type AttemptTiming, type MistakeRecord, type ScoreReport } from '../../../shared/scoring/score';
import { walkthroughEvents } from '../../support/attempt';
import { builtinScenario, builtinScenarioIds } from '../../support/scenarios';

/**
 * The rubric read literally over the whole log, as scoring was first
 * written: replay keeping every world, an objective is met at the first
 * world where its check holds, mistakes are charged in order. The running
 * score must agree with it at every prefix of every attempt.
 */
function scoreOverAllWorlds(scenario: ResolvedScenario, events: readonly TrainerEvent[], timing?: AttemptTiming): ScoreReport {
  const { outcomes, worlds } = replay(scenario, events, true);
  const { rubric } = scenario;
  const round = (value: number) => Math.round(value * 100) / 100;
  const objectives = scenario.objectives.map((objective) => {
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
    const base = rubric.mistakePenalty.byCode[code] ?? rubric.mistakePenalty.default;
    const raw = base * rubric.mistakePenalty.repeatFactor ** (occurrence - 1);
    const penalty = Math.min(raw, Math.max(0, rubric.mistakePenalty.maxPerCode - (charged.get(code) ?? 0)));
    occurrences.set(code, occurrence);
    charged.set(code, (charged.get(code) ?? 0) + penalty);
    mistakes.push({ at, code, ...MISTAKES[code], message: outcome.message, penalty: round(penalty) });
  });
  const objectiveIds = new Set(scenario.objectives.map((objective) => objective.id));
  const hintsUsed = events.filter(
    (event, index) => event.type === 'trainee/hint-requested' && objectiveIds.has(event.objectiveId) && outcomes[index]?.status === 'accepted',
  ).length;
  const earned = objectives.reduce((sum, objective) => sum + (objective.met ? objective.points : 0), 0);
  const penalties = mistakes.reduce((sum, mistake) => sum + mistake.penalty, 0);
  const hintCost = hintsUsed * rubric.hintCost;
  const timeTakenSeconds = timing ? Math.max(0, Math.floor(timing.elapsedSeconds)) : null;
  const overtimePenalty = overtimePenaltyFor(rubric, timeTakenSeconds);
  const total = Math.round(Math.min(100, Math.max(0, earned - penalties - hintCost - overtimePenalty)));
  return {
    score: total,
    passMark: rubric.passMark,
    passed: total >= rubric.passMark,
    complete: objectives.every((objective) => objective.met),
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

/** Folds the log one event at a time, checking the report after every event against the whole-log reading. */
function expectEveryPrefixAgrees(scenario: ResolvedScenario, events: readonly TrainerEvent[], timing?: AttemptTiming): RunningScore {
  let running = startScore(scenario, attemptStart(events));
  events.forEach((event, index) => {
    const before = running;
    const step = scoreEvent(scenario, running, event);
    running = step.running;
    const prefix = events.slice(0, index + 1);
    const { outcomes, world } = replay(scenario, prefix);
    expect(step.outcome).toEqual(outcomes[index]);
    expect(running.world).toEqual(world);
    expect(reportOf(scenario, running, timing)).toEqual(scoreOverAllWorlds(scenario, prefix, timing));
    // The step before is left as it was: a screen may still be drawing it.
    expect(before.count).toBe(index);
  });
  expect(reportOf(scenario, running, timing)).toEqual(score(scenario, events, timing));
  return running;
}

const ids = builtinScenarioIds();
const scenarios = new Map(ids.map((id) => [id, builtinScenario(id)] as const));
const walkthroughs = new Map(ids.map((id) => [id, walkthroughEvents(scenarios.get(id)!)] as const));

describe('the running score (practice mode, one event at a time) agrees with score() over the whole log', () => {
  it.each(ids)('%s: after every event of its walkthrough', (id) => {
    const scenario = scenarios.get(id)!;
    const events = walkthroughs.get(id)!;
    const running = expectEveryPrefixAgrees(scenario, events, { elapsedSeconds: 600 });
    expect(reportOf(scenario, running).score).toBe(100);
  });

  /**
   * Random attempts: the start of a scenario's walkthrough, then a random
   * mix of its own steps (repeated, out of order), other scenarios' steps
   * (mostly refused or mistaken here), hints for real and unknown
   * objectives, and an optional timing, at times past a time allowance.
   */
  const SEED = 20261203;
  it(`random attempts over every built-in scenario (fast-check seed ${SEED})`, () => {
    const everyStep = [...walkthroughs.values()].flatMap((events) => events.slice(1));
    const attempt = fc
      .constantFrom(...ids)
      .chain((id) => {
        const scenario = scenarios.get(id)!;
        const own = walkthroughs.get(id)!;
        const hint = fc
          .constantFrom(...scenario.objectives.map((objective) => objective.id), 'no-such-objective')
          .map((objectiveId): TrainerEvent => ({ type: 'trainee/hint-requested', objectiveId }));
        const step = fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom(...own.slice(1)) },
          { weight: 2, arbitrary: fc.constantFrom(...everyStep) },
          { weight: 1, arbitrary: hint },
        );
        return fc.record({
          id: fc.constant(id),
          // No built-in rubric has a time allowance yet; half the attempts are scored under one.
          timed: fc.boolean(),
          events: fc.tuple(fc.integer({ min: 1, max: own.length }), fc.array(step, { maxLength: 25 })).map(([kept, extra]) => [
            ...own.slice(0, kept),
            ...extra,
          ]),
          timing: fc.option(fc.integer({ min: 0, max: 7200 }).map((elapsedSeconds) => ({ elapsedSeconds })), { nil: undefined }),
        });
      });
    console.log(`running-score equivalence: fast-check seed ${SEED}`);
    const seen = { mistakes: 0, hints: 0, overtime: 0 };
    fc.assert(
      fc.property(attempt, ({ id, timed, events, timing }) => {
        const builtin = scenarios.get(id)!;
        const scenario = timed ? { ...builtin, rubric: { ...builtin.rubric, timeAllowanceMinutes: 20, overtimePenaltyPerMinute: 2 } } : builtin;
        const report = reportOf(scenario, expectEveryPrefixAgrees(scenario, events, timing), timing);
        seen.mistakes += report.mistakes.length;
        seen.hints += report.hintsUsed;
        seen.overtime += report.overtimePenalty > 0 ? 1 : 0;
      }),
      { seed: SEED, numRuns: 60 },
    );
    // The generated attempts did exercise penalties, hints and overtime, not only clean runs.
    expect(seen.mistakes).toBeGreaterThan(0);
    expect(seen.hints).toBeGreaterThan(0);
    expect(seen.overtime).toBeGreaterThan(0);
  });
});
