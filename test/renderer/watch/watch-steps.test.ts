import { describe, expect, it } from 'vitest';
import { currentPage } from '../../../shared/model/pages';
import { replay } from '../../../shared/model/replay';
import { currentUrl } from '../../../shared/model/world';
import { WATCH_SALT, describePosition, stepLabel, watchEvents, watchWorlds } from '../../../renderer/watch/watch-steps';
import { builtinScenario } from '../../support/scenarios';

const scenario = builtinScenario('cmecf-link-bankruptcy');
const total = scenario.walkthrough.length;

describe('the world at each step of a walkthrough', () => {
  it('starts a watch attempt with the fixed salt, then the first k scripted actions', () => {
    const events = watchEvents(scenario, 3);
    expect(events[0]).toEqual({ type: 'attempt/started', salt: WATCH_SALT, mode: 'watch' });
    expect(events.slice(1).map((event) => event.type)).toEqual(['browser/navigated', 'browser/navigated', 'browser/navigated']);
    expect(watchEvents(scenario, -4)).toHaveLength(1);
    expect(watchEvents(scenario, total + 10)).toHaveLength(total + 1);
  });

  it('never carries a password in clear text', () => {
    expect(JSON.stringify(watchEvents(scenario, total))).not.toContain('Gateway#Arch19');
  });

  it('gives the world at every position, each equal to replaying that many steps afresh', () => {
    const worlds = watchWorlds(scenario);
    expect(worlds).toHaveLength(total + 1);
    for (let position = 0; position <= total; position++) {
      expect(worlds[position]).toEqual(replay(scenario, watchEvents(scenario, position)).world);
    }
    expect(currentUrl(worlds[0]!)).toBeNull();
    expect(currentPage(worlds[3]!).kind).toBe('pacer-login');
    expect(currentPage(worlds[4]!).kind).toBe('redaction-notice');
    expect(worlds[total]!.mailbox.every((mail) => mail.read)).toBe(true);
  });

  it('every step of the built-in walkthrough is accepted by the model', () => {
    const { outcomes } = replay(scenario, watchEvents(scenario, total));
    expect(outcomes.filter((outcome) => outcome.status !== 'accepted' || outcome.mistake !== null)).toEqual([]);
  });
});

describe('describePosition', () => {
  it('names the step about to be performed, the one after it, and the count', () => {
    const at = describePosition(scenario, 2);
    expect(at.step).toBe(scenario.walkthrough[2]);
    expect(at.following).toBe(scenario.walkthrough[3]);
    expect(stepLabel(at)).toBe(`Step 3 of ${total}`);
    expect(at.complete).toBe(false);
  });

  it('shows the mail a step opened, and the end of the walkthrough', () => {
    const end = describePosition(scenario, total);
    expect(end).toMatchObject({ step: null, following: null, complete: true, openedMailId: 'mail-1' });
    expect(stepLabel(end)).toBe('Walkthrough complete');
    expect(describePosition(scenario, total - 1).openedMailId).toBeNull();
  });
});
