import { expect, test } from 'vitest';
import type { TrainerEvent } from '../../shared/model/events';
import { initialWorld } from '../../shared/model/initial-world';
import { apply } from '../../shared/model/reducer';
import { attemptStart, scriptedEvent } from '../../shared/model/replay';
import { score } from '../../shared/scoring/score';
import { builtinScenario } from '../support/scenarios';
import { medianMs, report } from './measure';

const scenario = builtinScenario('cmecf-link-bankruptcy');
const salt = 'bench-salt-0001';

/** A long, realistic attempt: the walkthrough, then a trainee browsing the linked account for a long time. */
function longAttempt(length: number): TrainerEvent[] {
  const events: TrainerEvent[] = [
    { type: 'attempt/started', salt, mode: 'practice' },
    ...scenario.walkthrough.map((step) => scriptedEvent(step.action, salt)),
  ];
  const browsing: TrainerEvent[] = [
    { type: 'cmecf/menu-opened', courtId: 'moeb', menu: 'Bankruptcy' },
    { type: 'cmecf/menu-opened', courtId: 'moeb', menu: 'Utilities' },
    { type: 'browser/went-back' },
    { type: 'browser/went-forward' },
    { type: 'browser/reloaded' },
    { type: 'mail/opened', mailId: 'mail-1' },
    { type: 'browser/navigated', address: 'https://ecf.moeb.uscourts.gov/cgi-bin/ShowIndex.pl', via: 'link' },
    { type: 'browser/navigated', address: 'www.pacer.gov', via: 'address-bar' },
  ];
  for (let i = 0; events.length < length; i += 1) events.push(browsing[i % browsing.length]!);
  return events;
}

test('replay + score of a 10,000-event attempt vs a bare reduce loop over the same events', async () => {
  const events = longAttempt(10_000);
  const bareReduce = () => {
    let world = initialWorld(scenario, attemptStart(events));
    for (const event of events) world = apply(world, event).world;
    return world;
  };
  const baseline = await medianMs(bareReduce, 5, 1);
  const subject = await medianMs(() => score(scenario, events), 5, 1);
  report('replay + score (10,000 events)', subject, 'bare reduce loop', baseline);
  expect(score(scenario, events).passed).toBe(true);
});
