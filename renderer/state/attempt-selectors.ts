import type { Objective } from '../../shared/scenario/schema';
import { isMistakeCode, MISTAKES, type MistakeDefinition } from '../../shared/model/mistakes';
import type { World } from '../../shared/model/world';
import type { PlayState } from './attempt-slice';

/** Derived views of the attempt, for the screens. Pure functions of the play state. */

/** The first objective (in scenario order) the live report does not count as met. */
export function firstUnmetObjective(play: Pick<PlayState, 'scenario' | 'report'>): Objective | null {
  if (!play.scenario || !play.report) return null;
  const met = new Set(play.report.objectives.filter((result) => result.met).map((result) => result.id));
  return play.scenario.objectives.find((objective) => !met.has(objective.id)) ?? null;
}

/** The objective of the most recent hint the trainee asked for (kept in the log, so it survives a reload). */
export function lastHintedObjective(play: Pick<PlayState, 'scenario' | 'events' | 'outcomes'>): Objective | null {
  for (let index = play.events.length - 1; index >= 0; index -= 1) {
    const event = play.events[index];
    if (event?.type !== 'trainee/hint-requested' || play.outcomes[index]?.status !== 'accepted') continue;
    return play.scenario?.objectives.find((objective) => objective.id === event.objectiveId) ?? null;
  }
  return null;
}

export interface ShownMistake extends MistakeDefinition {
  code: string;
  /** Index of the event that made it: a new mistake gets a new explanation. */
  at: number;
}

/** The mistake the trainee's latest action made, if any (asking for a hint is not an action). */
export function latestMistake(play: Pick<PlayState, 'events' | 'outcomes'>): ShownMistake | null {
  for (let index = play.events.length - 1; index >= 0; index -= 1) {
    if (play.events[index]?.type === 'trainee/hint-requested') continue;
    const code = play.outcomes[index]?.mistake ?? null;
    if (code === null || !isMistakeCode(code)) return null;
    return { code, at: index, ...MISTAKES[code] };
  }
  return null;
}

export function unreadCount(world: World | null): number {
  return world ? world.mailbox.filter((mail) => !mail.read).length : 0;
}
