import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../../../shared/scenario/load';
import type { ScenarioInput } from '../../../../../shared/scenario/schema';
import { readJson, SCENARIOS_DIR } from '../../../../support/scenarios';

/** The scenario file's notice settings and filing agents: defaults for older files, and links that must point at real agents. */

function filingAgentScenario(edit: (scenario: ScenarioInput) => void = () => undefined) {
  const raw = structuredClone(readJson(join(SCENARIOS_DIR, 'builtin', 'filing-agent-setup.json'))) as ScenarioInput;
  edit(raw);
  return parseScenario(raw);
}

describe('CM/ECF accounts in a scenario file', () => {
  it('without notices or filingAgents get the defaults: notices to the primary address, each filing, HTML; no agents', () => {
    const parsed = filingAgentScenario();
    if (!parsed.ok) throw new Error(parsed.error.join('\n'));
    const brandt = parsed.value.world.ecfAccounts.find((account) => account.id === 'brandt-mow');
    expect(brandt?.notices).toEqual({ toPrimary: true, toSecondary: false, frequency: 'each-filing', format: 'html' });
    expect(brandt?.filingAgents).toEqual([]);
  });

  it('may list filing agents already linked before NextGen', () => {
    const parsed = filingAgentScenario((scenario) => {
      const brandt = scenario.world.ecfAccounts.find((account) => account.id === 'brandt-mow');
      if (brandt) brandt.filingAgents = [{ ecfAccountId: 'oyelaran-mow', internetPayment: false }];
    });
    expect(parsed.ok).toBe(true);
  });

  it.each([
    ['an account that does not exist', 'nobody-mow'],
    ['an account that is not a filing agent', 'brandt-mow'],
  ])('refuses a filing agent link to %s, naming the path', (_name, ecfAccountId) => {
    const parsed = filingAgentScenario((scenario) => {
      const brandt = scenario.world.ecfAccounts.find((account) => account.id === 'brandt-mow');
      if (brandt) brandt.filingAgents = [{ ecfAccountId, internetPayment: true }];
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.join('\n')).toContain(`world.ecfAccounts[0].filingAgents[0].ecfAccountId: no filing agent "${ecfAccountId}" at mow`);
  });

  it('refuses an unknown notice frequency', () => {
    const parsed = filingAgentScenario((scenario) => {
      const brandt = scenario.world.ecfAccounts[0];
      if (brandt) (brandt as { notices?: unknown }).notices = { frequency: 'hourly' };
    });
    expect(parsed.ok).toBe(false);
  });
});
