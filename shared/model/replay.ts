import type { ResolvedScenario, ScriptedAction } from '../scenario/schema';
import { knownSecret } from './credentials';
import { partsToCheck, passwordPersonalParts } from './pacer/password-policy';
import type { TrainerEvent } from './events';
import { initialWorld, type AttemptStart } from './initial-world';
import { apply, type Outcome } from './reducer';
import type { World } from './world';

export interface Replayed {
  world: World;
  /** One outcome per event, in order (the first, attempt/started, is always accepted). */
  outcomes: Outcome[];
  /** The world after each event; index i is the world after events[i]. */
  worlds: World[];
}

/** The attempt's start settings, read from its first event. */
export function attemptStart(events: readonly TrainerEvent[]): AttemptStart {
  const first = events[0];
  if (first?.type !== 'attempt/started') return { salt: 'unsalted-attempt', mode: 'practice' };
  return { salt: first.salt, mode: first.mode };
}

/** The state of an attempt is reduce(initialWorld, events): replaying the log gives it back exactly. */
export function replay(scenario: ResolvedScenario, events: readonly TrainerEvent[], keepWorlds = false): Replayed {
  let world = initialWorld(scenario, attemptStart(events));
  const outcomes: Outcome[] = [];
  const worlds: World[] = [];
  for (const event of events) {
    const applied = apply(world, event);
    world = applied.world;
    outcomes.push(applied.outcome);
    if (keepWorlds) worlds.push(world);
  }
  return { world, outcomes, worlds };
}

/**
 * Turns a walkthrough step's action into the event a screen would dispatch.
 * `world` is the world the step acts on: a password is checked against the
 * personal parts the form's rules name there, as the screen would check it.
 */
export function scriptedEvent(action: ScriptedAction, salt: string, world: World | null = null): TrainerEvent {
  switch (action.type) {
    case 'pacer/login-submitted':
      return { ...action, password: knownSecret(salt, action.password) };
    case 'cmecf/link-credentials-submitted':
      return { ...action, password: knownSecret(salt, action.password) };
    case 'form/submitted': {
      const parts = world ? partsToCheck(passwordPersonalParts(world, action.form), (name) => action.fields[name] ?? '') : [];
      return {
        ...action,
        secrets: Object.fromEntries(Object.entries(action.secrets).map(([name, value]) => [name, knownSecret(salt, value, parts)])),
      };
    }
    default:
      return action;
  }
}

/** The first `count` walkthrough steps as the events a trainee following them would log, each made against the world it acts on. */
export function walkthroughLog(scenario: ResolvedScenario, start: AttemptStart, count = scenario.walkthrough.length): TrainerEvent[] {
  const first: TrainerEvent = { type: 'attempt/started', salt: start.salt, mode: start.mode };
  let world = apply(initialWorld(scenario, start), first).world;
  const events: TrainerEvent[] = [first];
  for (const step of scenario.walkthrough.slice(0, count)) {
    const event = scriptedEvent(step.action, start.salt, world);
    world = apply(world, event).world;
    events.push(event);
  }
  return events;
}
