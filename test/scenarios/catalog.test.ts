import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay } from '../../shared/model/replay';
import { parseCourtCatalog, parseScenario, resolveCourts } from '../../shared/scenario/load';
import { score } from '../../shared/scoring/score';
import { walkthroughEvents } from '../support/attempt';
import { builtinScenario, builtinScenarioIds, readJson, SCENARIOS_DIR } from '../support/scenarios';

/**
 * Every built-in scenario ships as a file in scenarios/builtin. Each must
 * load exactly as the store loads it, and its own walkthrough (what Watch
 * mode plays to a class) must be a perfect attempt: a trainee who follows
 * the captions literally passes with no mistakes.
 */

const ids = builtinScenarioIds();

it('the catalog has built-in scenarios, each named by its id', () => {
  expect(ids.length).toBeGreaterThan(0);
  expect(readdirSync(join(SCENARIOS_DIR, 'builtin')).every((name) => name.endsWith('.json'))).toBe(true);
  expect(ids).toContain('cmecf-link-bankruptcy');
});

it('the courts catalog validates and has no duplicate ids or hosts', () => {
  const catalog = parseCourtCatalog(readJson(join(SCENARIOS_DIR, 'courts.json')));
  if (!catalog.ok) throw new Error(catalog.error.join('\n'));
  for (const key of ['id', 'website', 'ecfHost'] as const) {
    const values = catalog.value.map((court) => court[key]);
    expect(new Set(values).size, key).toBe(values.length);
  }
});

describe.each(ids)('%s', (id) => {
  it('validates and resolves against courts.json', () => {
    const parsed = parseScenario(readJson(join(SCENARIOS_DIR, 'builtin', `${id}.json`)));
    if (!parsed.ok) throw new Error(parsed.error.join('\n'));
    expect(parsed.value.id).toBe(id);
    const catalog = parseCourtCatalog(readJson(join(SCENARIOS_DIR, 'courts.json')));
    if (!catalog.ok) throw new Error(catalog.error.join('\n'));
    const resolved = resolveCourts(parsed.value, catalog.value);
    if (!resolved.ok) throw new Error(resolved.error.join('\n'));
    expect(resolved.value.courts.length).toBeGreaterThan(0);
  });

  it.each(['practice', 'assess'] as const)('its walkthrough, replayed in %s mode, passes with no mistakes', (mode) => {
    const scenario = builtinScenario(id);
    const events = walkthroughEvents(scenario, mode);
    const { outcomes } = replay(scenario, events);
    outcomes.forEach((outcome, index) => {
      const step = index === 0 ? 'attempt/started' : scenario.walkthrough[index - 1]?.caption;
      // An accepted step may carry the site's confirmation ("Your changes have been saved."), never an error or a mistake.
      expect({ status: outcome.status, mistake: outcome.mistake }, `step ${index}: ${step}`).toEqual({ status: 'accepted', mistake: null });
    });
    const report = score(scenario, events);
    expect(report.mistakes).toEqual([]);
    expect(report.complete).toBe(true);
    expect(report.passed).toBe(true);
    expect(report.score).toBe(100);
  });
});
