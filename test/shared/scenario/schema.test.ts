import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCourtCatalog, parseResolvedScenario, parseScenario, resolveCourts } from '../../../shared/scenario/load';
import type { ScenarioInput } from '../../../shared/scenario/schema';
import { courtCatalog } from '../../support/attempt';
import { readJson, SCENARIOS_DIR } from '../../support/scenarios';

/**
 * Court staff write scenarios by hand or in the authoring screens, and share
 * them as files. A bad file must be refused with messages a person can act
 * on: the JSON path of the problem, and what is wrong with it.
 */

const FILE = join(SCENARIOS_DIR, 'builtin', 'cmecf-link-bankruptcy.json');

function draft(): ScenarioInput {
  return structuredClone(readJson(FILE)) as ScenarioInput;
}

/** The problems reported for a draft after an edit (an empty list when it is valid). */
function problemsAfter(edit: (scenario: ScenarioInput) => void): string[] {
  const scenario = draft();
  edit(scenario);
  const parsed = parseScenario(scenario);
  return parsed.ok ? [] : parsed.error;
}

describe('the built-in scenario file', () => {
  it('validates, with the defaults filled in', () => {
    const parsed = parseScenario(readJson(FILE));
    if (!parsed.ok) throw new Error(parsed.error.join('\n'));
    expect(parsed.value.id).toBe('cmecf-link-bankruptcy');
    expect(parsed.value.courts).toEqual(['moeb']);
    expect(parsed.value.world.pacerAccounts[0]).toMatchObject({ retiredUsernames: [], caseSearchStatus: 'active' });
    expect(parsed.value.world.ecfAccounts[0]).toMatchObject({ linkedPacerAccount: null, secondaryEmails: [], standing: 'active' });
    expect(parsed.value.rubric.mistakePenalty).toMatchObject({ repeatFactor: 0.5, maxPerCode: 40 });
    expect(parsed.value.objectives.reduce((sum, objective) => sum + objective.points, 0)).toBe(100);
  });

  it('resolves against the courts catalog, writing the court out in full', () => {
    const parsed = parseScenario(readJson(FILE));
    if (!parsed.ok) throw new Error(parsed.error.join('\n'));
    const resolved = resolveCourts(parsed.value, courtCatalog());
    if (!resolved.ok) throw new Error(resolved.error.join('\n'));
    expect(resolved.value.courts).toEqual([
      expect.objectContaining({ id: 'moeb', type: 'bankruptcy', nextGenGoLive: '2019-07-15', noticeName: 'MISSOURI EASTERN BANKRUPTCY COURT' }),
    ]);
    // The resolved scenario stands alone: it reads back without the catalog.
    expect(parseResolvedScenario(resolved.value)).toEqual(resolved);
  });
});

describe('errors name the JSON path and say what is wrong', () => {
  it('a wrong type names the field', () => {
    expect(problemsAfter((s) => ((s.objectives[1] as { points: unknown }).points = 'sixty'))).toEqual([
      'objectives[1].points: Invalid input: expected number, received string',
    ]);
  });

  it('a number out of range says the limit (and the total it breaks)', () => {
    const problems = problemsAfter((s) => (s.objectives[1]!.points = 160));
    expect(problems).toEqual([
      'objectives[1].points: Too big: expected number to be <=100',
      'objectives: points must add up to 100 (they add up to 200)',
    ]);
  });

  it('a CM/ECF account at a court that is not in the scenario', () => {
    expect(problemsAfter((s) => (s.world.ecfAccounts[0]!.courtId = 'xyz'))).toEqual([
      // The link objective now names an account the court does not have, so it says so too.
      'objectives[1].check.ecfLogin: no CM/ECF account at moeb has the login "dmw4521"',
      'world.ecfAccounts[0].courtId: "xyz" is not one of this scenario\'s courts',
    ]);
  });

  it('an objective or walkthrough step at a court that is not in the scenario', () => {
    const problems = problemsAfter((s) => {
      s.objectives[0]!.check = { kind: 'redaction-acknowledged', courtId: 'mow' };
      s.walkthrough[4]!.action = { type: 'cmecf/redaction-acknowledged', courtId: 'mow' };
    });
    expect(problems).toEqual([
      'objectives[0].check.courtId: "mow" is not one of this scenario\'s courts',
      'walkthrough[4].action.courtId: "mow" is not one of this scenario\'s courts',
    ]);
  });

  it('objective points that do not add up to 100', () => {
    expect(problemsAfter((s) => (s.objectives[3]!.points = 5))).toEqual(['objectives: points must add up to 100 (they add up to 90)']);
  });

  it('two objectives with the same id', () => {
    expect(problemsAfter((s) => (s.objectives[2]!.id = 'link-accounts'))).toEqual([
      'objectives[2].id: "link-accounts" is used by another objective',
    ]);
  });

  it('two PACER accounts with the same username (usernames are not case-sensitive)', () => {
    expect(problemsAfter((s) => (s.world.pacerAccounts[1]!.username = 'DWhitfield'))).toEqual([
      'world.pacerAccounts[1].username: "DWhitfield" is used twice',
    ]);
  });

  it('two PACER accounts with the same account number', () => {
    expect(problemsAfter((s) => (s.world.pacerAccounts[1]!.accountNumber = '4417093'))).toEqual([
      'world.pacerAccounts[1].accountNumber: "4417093" is used twice',
    ]);
  });

  it('two CM/ECF accounts with the same id, or the same login at one court', () => {
    const problems = problemsAfter((s) => {
      s.world.ecfAccounts.push({ ...s.world.ecfAccounts[0]!, name: 'Someone Else' });
    });
    expect(problems).toEqual([
      'world.ecfAccounts[1].id: "whitfield-moeb" is used twice',
      'world.ecfAccounts[1].login: "dmw4521" is used twice at moeb',
    ]);
  });

  it('a link objective naming accounts the world does not have (it could never be met)', () => {
    const problems = problemsAfter((s) => {
      s.objectives[1]!.check = { kind: 'ecf-account-linked', courtId: 'moeb', ecfLogin: 'nobody1', pacerUsername: 'nobody2' };
    });
    expect(problems).toEqual([
      'objectives[1].check.ecfLogin: no CM/ECF account at moeb has the login "nobody1"',
      'objectives[1].check.pacerUsername: no PACER account has the username "nobody2"',
    ]);
  });

  it('a not-linked objective naming a PACER account the world does not have', () => {
    const problems = problemsAfter((s) => {
      s.objectives[1]!.check = { kind: 'ecf-account-not-linked-to', courtId: 'moeb', pacerUsername: 'nobody2' };
    });
    expect(problems).toEqual(['objectives[1].check.pacerUsername: no PACER account has the username "nobody2"']);
  });

  it('a CM/ECF account linked to a PACER account that does not exist', () => {
    expect(problemsAfter((s) => (s.world.ecfAccounts[0]!.linkedPacerAccount = '9999999'))).toEqual([
      'world.ecfAccounts[0].linkedPacerAccount: no PACER account numbered "9999999"',
    ]);
  });

  it('unknown keys are refused, wherever they are', () => {
    const problems = problemsAfter((s) => {
      Object.assign(s, { onLoad: 'run()' });
      Object.assign(s.world.pacerAccounts[0]!, { ssn: '123-45-6789' });
    });
    expect(problems).toEqual(
      expect.arrayContaining(['(top level): Unrecognized key: "onLoad"', 'world.pacerAccounts[0]: Unrecognized key: "ssn"']),
    );
  });

  it('a "__proto__" key in the file is an unknown key, not a prototype', () => {
    const raw = JSON.parse(JSON.stringify(draft()).replace('{"schemaVersion":1,', '{"schemaVersion":1,"__proto__":{"passed":true},')) as unknown;
    const parsed = parseScenario(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toEqual(['(top level): Unrecognized key: "__proto__"']);
  });

  it('an unknown walkthrough action or objective kind lists the ones that exist', () => {
    const problems = problemsAfter((s) => {
      (s.walkthrough[0]!.action as { type: string }).type = 'shell/exec';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^walkthrough\[0\]\.action\.type: .*'browser\/navigated'/);
  });

  it('an unknown mistake code in the rubric', () => {
    const problems = problemsAfter((s) => {
      (s.rubric.mistakePenalty.byCode as Record<string, number>)['typed-too-fast'] = 5;
    });
    expect(problems).toEqual(['rubric.mistakePenalty.byCode: Unrecognized key: "typed-too-fast"']);
  });

  it('empty text, a bad id, a bad e-mail and a bad clock', () => {
    const problems = problemsAfter((s) => {
      s.title = '   ';
      s.id = 'Link Bankruptcy!';
      s.persona.email = 'dana at example';
      s.clock.start = '22/07/2019 10:40';
    });
    expect(problems).toEqual([
      'id: must be lower-case words joined by hyphens, e.g. cmecf-link-bankruptcy',
      'title: must not be empty',
      'clock.start: must be a real date and time, written YYYY-MM-DDTHH:mm:ss',
      'persona.email: must be an e-mail address',
    ]);
  });

  it.each(['2019-02-30T10:00:00', '2019-13-01T10:00:00', '2019-07-22T24:00:00', '0019-07-22T10:00:00'])(
    'a clock that is not a real date and time (%s) is refused',
    (start) => {
      expect(problemsAfter((s) => (s.clock.start = start))).toEqual([
        'clock.start: must be a real date and time, written YYYY-MM-DDTHH:mm:ss',
      ]);
    },
  );

  it('a file that is not a scenario at all', () => {
    for (const raw of [null, 42, 'scenario', []]) {
      const parsed = parseScenario(raw);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error[0]).toMatch(/^\(top level\): /);
    }
  });
});

describe('text is only text', () => {
  it('an executable-looking string is accepted as plain text and kept exactly as written', () => {
    const hostile = '<script>alert(document.cookie)</script> ${process.exit(1)} {{constructor.constructor("x")()}}';
    const scenario = draft();
    scenario.title = hostile.slice(0, 120);
    scenario.briefing.situation = hostile;
    scenario.walkthrough[0]!.caption = hostile;
    const parsed = parseScenario(scenario);
    if (!parsed.ok) throw new Error(parsed.error.join('\n'));
    expect(parsed.value.title).toBe(hostile.slice(0, 120));
    expect(parsed.value.briefing.situation).toBe(hostile);
    expect(parsed.value.walkthrough[0]?.caption).toBe(hostile);
  });

  it('oversized text is refused with its limit', () => {
    expect(problemsAfter((s) => (s.title = 'x'.repeat(121)))).toEqual(['title: must be at most 120 characters']);
  });
});

describe('resolveCourts', () => {
  it('reports a court id that is not in the catalog, with its path', () => {
    const scenario = draft();
    scenario.courts = ['moeb', 'xyz'];
    const parsed = parseScenario(scenario);
    if (!parsed.ok) throw new Error(parsed.error.join('\n'));
    expect(resolveCourts(parsed.value, courtCatalog())).toEqual({ ok: false, error: ['courts[1]: "xyz" is not in the courts catalog'] });
  });

  it('keeps a court written out in full, for a court not in the catalog', () => {
    const scenario = draft();
    const moeb = courtCatalog().find((court) => court.id === 'moeb')!;
    scenario.courts = [{ ...moeb, name: 'A court of our own' }];
    const parsed = parseScenario(scenario);
    if (!parsed.ok) throw new Error(parsed.error.join('\n'));
    const resolved = resolveCourts(parsed.value, []);
    expect(resolved.ok && resolved.value.courts[0]?.name).toBe('A court of our own');
  });
});

describe('the courts catalog', () => {
  it('validates', () => {
    const catalog = parseCourtCatalog(readJson(join(SCENARIOS_DIR, 'courts.json')));
    expect(catalog.ok && catalog.value.map((court) => court.id)).toEqual(['moeb', 'mow', 'mowb', 'ca8', 'ksd']);
  });

  it('refuses a court with a malformed host or go-live date, by path', () => {
    const catalog = structuredClone(readJson(join(SCENARIOS_DIR, 'courts.json'))) as { courts: Record<string, unknown>[] };
    catalog.courts[1]!.ecfHost = 'https://ecf.mow.uscourts.gov/';
    catalog.courts[2]!.nextGenGoLive = 'July 9, 2018';
    const parsed = parseCourtCatalog(catalog);
    expect(parsed).toEqual({
      ok: false,
      error: ['courts[1].ecfHost: must be a host name such as www.moeb.uscourts.gov', 'courts[2].nextGenGoLive: must be a real date, written YYYY-MM-DD'],
    });
  });
});
