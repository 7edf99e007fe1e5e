import type { TrainerEvent } from '../../shared/model/events';
import { replay, walkthroughLog } from '../../shared/model/replay';
import type { World } from '../../shared/model/world';
import type { ResolvedScenario, WalkthroughStep } from '../../shared/scenario/schema';

/**
 * Watch mode's model: position k (0..steps) shows the world after the first
 * k walkthrough actions and, while k < steps, step k+1's caption and target.
 * Every position is replayed from the same log with the same salt, so going
 * Back shows exactly the state that was on screen before.
 */

/** Fixed, so a step replays to the same digests every time; Watch is never stored or scored. */
export const WATCH_SALT = 'watch-walkthrough';

const WATCH_START_EVENT = { type: 'attempt/started', salt: WATCH_SALT, mode: 'watch' } as const;
export const WATCH_START: TrainerEvent = WATCH_START_EVENT;

/** The log that produces position `position`: attempt/started, then the first `position` scripted actions. */
export function watchEvents(scenario: ResolvedScenario, position: number): TrainerEvent[] {
  const count = clampPosition(scenario, position);
  return walkthroughLog(scenario, WATCH_START_EVENT, count);
}

export function clampPosition(scenario: ResolvedScenario, position: number): number {
  if (!Number.isFinite(position)) return 0;
  return Math.min(Math.max(Math.trunc(position), 0), scenario.walkthrough.length);
}

/** The world at every position, index = position (one replay for the whole walkthrough). */
export function watchWorlds(scenario: ResolvedScenario): World[] {
  return replay(scenario, watchEvents(scenario, scenario.walkthrough.length), true).worlds;
}

export interface WatchPosition {
  position: number;
  total: number;
  /** The step about to be performed (null at the end). */
  step: WalkthroughStep | null;
  /** The one after it, for the presenter's "next" line. */
  following: WalkthroughStep | null;
  /** The mail the last performed step opened, if it opened one: the mailbox shows it. */
  openedMailId: string | null;
  complete: boolean;
}

export function describePosition(scenario: ResolvedScenario, position: number): WatchPosition {
  const at = clampPosition(scenario, position);
  const total = scenario.walkthrough.length;
  const performed = at > 0 ? scenario.walkthrough[at - 1] : undefined;
  return {
    position: at,
    total,
    step: scenario.walkthrough[at] ?? null,
    following: scenario.walkthrough[at + 1] ?? null,
    openedMailId: performed?.action.type === 'mail/opened' ? performed.action.mailId : null,
    complete: at >= total,
  };
}

/** "Step 3 of 11", or the end. */
export function stepLabel(position: WatchPosition): string {
  return position.complete ? 'Walkthrough complete' : `Step ${position.position + 1} of ${position.total}`;
}
