import type { ResolvedScenario, ScriptedAction } from '../scenario/schema';
import { knownSecret } from './credentials';
import type { EventOf, TrainerEvent } from './events';
import { partsToCheck, passwordPersonalParts } from './pacer/password-policy';
import { initialWorld, type AttemptStart } from './initial-world';
import { apply, type Outcome } from './reducer';
import { withPhoneCode } from './phone/script';
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
 * personal parts the form's rules name there, as the screen would check it,
 * and a field written PHONE_CODE becomes the code the simulated phone shows
 * then (phone/script.ts).
 */
export function scriptedEvent(action: ScriptedAction, salt: string, world?: World): TrainerEvent {
  switch (action.type) {
    case 'pacer/login-submitted':
      return { ...action, password: knownSecret(salt, action.password) };
    case 'cmecf/link-credentials-submitted':
      return { ...action, password: knownSecret(salt, action.password) };
    case 'form/submitted': {
      const parts = world ? partsToCheck(passwordPersonalParts(world, action.form), (name) => action.fields[name] ?? '') : [];
      return {
        ...action,
        fields: world ? withPhoneCode(action.fields, world) : action.fields,
        secrets: Object.fromEntries(Object.entries(action.secrets).map(([name, value]) => [name, knownSecret(salt, value, parts)])),
      };
    }
    default:
      return action;
  }
}

/**
 * The log a walkthrough's first `count` steps make: attempt/started, then
 * each step's event built in the world the steps before it left, so that a
 * step typing the phone's code types the code shown at that moment.
 */
export function walkthroughLog(scenario: ResolvedScenario, start: EventOf<'attempt/started'>, count = scenario.walkthrough.length): TrainerEvent[] {
  const events: TrainerEvent[] = [start];
  let world = apply(initialWorld(scenario, { salt: start.salt, mode: start.mode }), start).world;
  for (const step of scenario.walkthrough.slice(0, count)) {
    const event = scriptedEvent(step.action, start.salt, world);
    events.push(event);
    world = apply(world, event).world;
  }
  return events;
}
