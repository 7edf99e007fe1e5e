import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../../../shared/scenario/load';
import type { ScenarioInput } from '../../../../../shared/scenario/schema';
import { readJson, SCENARIOS_DIR } from '../../../../support/scenarios';

/** A scenario file's civil cases: the number's form, the parties, and attorneys of record that must exist. */

type Cases = NonNullable<ScenarioInput['world']['cases']>;

function withCases(edit: (cases: Cases) => void) {
  const raw = structuredClone(readJson(join(SCENARIOS_DIR, 'builtin', 'filing-agent-setup.json'))) as ScenarioInput;
  const cases = raw.world.cases ?? [];
  edit(cases);
  raw.world.cases = cases;
  return parseScenario(raw);
}

function errorsOf(parsed: ReturnType<typeof parseScenario>): string {
  return parsed.ok ? '' : parsed.error.join('\n');
}

describe('civil cases in a scenario file', () => {
  it('the built-in case parses, with the docket’s last document number', () => {
    const parsed = withCases(() => undefined);
    if (!parsed.ok) throw new Error(parsed.error.join('\n'));
    expect(parsed.value.world.cases).toHaveLength(1);
    expect(parsed.value.world.cases[0]).toMatchObject({ number: '4:19-cv-00512', lastDocumentNumber: 14 });
  });

  it('a scenario without cases gets none', () => {
    const raw = structuredClone(readJson(join(SCENARIOS_DIR, 'builtin', 'cmecf-secondary-email.json'))) as ScenarioInput;
    const parsed = parseScenario(raw);
    expect(parsed.ok && parsed.value.world.cases).toEqual([]);
  });

  it.each([
    ['a number not in the court’s civil form', (cases: Cases) => void (cases[0]!.number = '19-512'), 'civil case number'],
    ['a court not in the scenario', (cases: Cases) => void (cases[0]!.courtId = 'moeb'), '"moeb" is not one of this scenario'],
    [
      'an attorney of record with no CM/ECF account',
      (cases: Cases) => void (cases[0]!.parties[0]!.representedBy = ['nobody-mow']),
      'no CM/ECF account "nobody-mow"',
    ],
    ['the same case twice', (cases: Cases) => void cases.push(structuredClone(cases[0]!)), 'is used twice'],
    [
      'the same party id twice',
      (cases: Cases) => void cases[0]!.parties.push(structuredClone(cases[0]!.parties[0]!)),
      '"harlan-freight" is used twice',
    ],
  ])('refuses %s, saying why', (_name, edit, message) => {
    const parsed = withCases(edit);
    expect(parsed.ok).toBe(false);
    expect(errorsOf(parsed)).toContain(message);
  });
});
