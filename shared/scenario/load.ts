import { describeIssues } from '../util/issues';
import { err, ok, type Result } from '../util/result';
import { courtCatalogSchema, scenarioSchema, type Court, type ResolvedScenario, type Scenario } from './schema';

/** Checks an untrusted scenario (a file, an import, an API call) against the schema. */
export function parseScenario(raw: unknown): Result<Scenario, string[]> {
  const parsed = scenarioSchema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : err(describeIssues(parsed.error));
}

export function parseCourtCatalog(raw: unknown): Result<Court[], string[]> {
  const parsed = courtCatalogSchema.safeParse(raw);
  return parsed.success ? ok(parsed.data.courts) : err(describeIssues(parsed.error));
}

/** Writes out the courts a scenario names by catalog id, so the stored scenario stands alone. */
export function resolveCourts(scenario: Scenario, catalog: readonly Court[]): Result<ResolvedScenario, string[]> {
  const problems: string[] = [];
  const courts = scenario.courts.flatMap((court, index) => {
    if (typeof court !== 'string') return [court];
    const found = catalog.find((candidate) => candidate.id === court);
    if (!found) problems.push(`courts[${index}]: "${court}" is not in the courts catalog`);
    return found ? [found] : [];
  });
  return problems.length > 0 ? err(problems) : ok({ ...scenario, courts });
}

/** A stored scenario is resolved already; this re-checks it when it is read back. */
export function parseResolvedScenario(raw: unknown): Result<ResolvedScenario, string[]> {
  const parsed = parseScenario(raw);
  if (!parsed.ok) return parsed;
  return resolveCourts(parsed.value, []);
}
