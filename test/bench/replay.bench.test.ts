import { expect, test } from 'vitest';
import type { TrainerEvent } from '../../shared/model/events';
import { initialWorld } from '../../shared/model/initial-world';
import { apply } from '../../shared/model/reducer';
import { attemptStart, scriptedEvent } from '../../shared/model/replay';
import { reportOf, scoreEvent, startScore, type RunningScore } from '../../shared/scoring/running-score';
import { score } from '../../shared/scoring/score';
import { builtinScenario } from '../support/scenarios';
import { alternatingMedians, report } from './measure';

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
  const { subjectMs, baselineMs } = await alternatingMedians(() => score(scenario, events), bareReduce, 7, 2);
  report('replay + score (10,000 events)', subjectMs, 'bare reduce loop', baselineMs);
  expect(score(scenario, events).passed).toBe(true);
});

/** Practice mode's work for one click: fold the event into the running score and read the live report. */
function click(scenarioRunning: RunningScore, event: TrainerEvent) {
  const step = scoreEvent(scenario, scenarioRunning, event);
  return reportOf(scenario, step.running);
}

test('one practice click (apply + live score) at the 10,000th event vs at the 10th', async () => {
  const events = longAttempt(10_000);
  const foldedTo = (count: number) =>
    events.slice(0, count).reduce((running, event) => scoreEvent(scenario, running, event).running, startScore(scenario, attemptStart(events)));
  // The same kind of click (a menu opened on the linked account) at both lengths.
  const menu: TrainerEvent = { type: 'cmecf/menu-opened', courtId: 'moeb', menu: 'Bankruptcy' };
  const short = foldedTo(scenario.walkthrough.length + 1);
  const long = foldedTo(events.length);
  const clicks = (running: RunningScore) => () => {
    for (let i = 0; i < 1_000; i += 1) click(running, menu);
  };
  const { subjectMs, baselineMs } = await alternatingMedians(clicks(long), clicks(short), 7, 2);
  report('1,000 practice clicks at event 10,000', subjectMs, `the same at event ${short.count}`, baselineMs);
  expect(click(long, menu).score).toBe(100);
});
