import { expect, test } from 'vitest';
import { scriptedEvent } from '../../../shared/model/replay';
import { score } from '../../../shared/scoring/score';
import { builtinScenario } from '../../support/scenarios';

test('walkthrough passes', () => {
  const scenario = builtinScenario('cmecf-link-bankruptcy');
  const salt = 'salt-1234';
  const events = [{ type: 'attempt/started' as const, salt, mode: 'practice' as const }, ...scenario.walkthrough.map((s) => scriptedEvent(s.action, salt))];
  const report = score(scenario, events);
  console.log(JSON.stringify(report, null, 1));
  expect(report.passed).toBe(true);
});
