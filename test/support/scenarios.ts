import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCourtCatalog, parseScenario, resolveCourts } from '../../shared/scenario/load';
import type { ResolvedScenario } from '../../shared/scenario/schema';

export const SCENARIOS_DIR = join(import.meta.dirname, '..', '..', 'scenarios');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** A built-in scenario, validated and resolved exactly as the store loads it. */
export function builtinScenario(id: string): ResolvedScenario {
  const catalog = parseCourtCatalog(readJson(join(SCENARIOS_DIR, 'courts.json')));
  if (!catalog.ok) throw new Error(catalog.error.join('\n'));
  const parsed = parseScenario(readJson(join(SCENARIOS_DIR, 'builtin', `${id}.json`)));
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  const resolved = resolveCourts(parsed.value, catalog.value);
  if (!resolved.ok) throw new Error(resolved.error.join('\n'));
  return resolved.value;
}

export function builtinScenarioIds(): string[] {
  return readdirSync(join(SCENARIOS_DIR, 'builtin'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''));
}
