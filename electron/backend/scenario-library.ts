import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCourtCatalog, parseResolvedScenario, parseScenario, resolveCourts } from '../../shared/scenario/load';
import type { Court, ResolvedScenario } from '../../shared/scenario/schema';
import { err, ok, type Result } from '../../shared/util/result';
import type { ScenarioRepo, ScenarioRow, ScenarioSource } from '../store/scenario-repo';
import { notFound } from './errors';

/** A file that was refused (or kept from changing), with one "path: what is wrong" line per reason. */
export interface ScenarioProblem {
  source: string;
  problems: string[];
}

export const MAX_SCENARIO_FILE_BYTES = 1024 * 1024;

/** Reads a JSON file a person may have edited: size-checked, BOM-tolerant, with a plain reason on failure. */
export function readJsonFile(path: string, maxBytes = MAX_SCENARIO_FILE_BYTES): Result<unknown, string[]> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return err(['(file): cannot be read']);
  }
  if (size > maxBytes) return err([`(file): is ${size} bytes, larger than the ${maxBytes / 1024 / 1024} MiB a scenario file may be`]);
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return err(['(file): cannot be read']);
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return err([`(top level): is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`]);
  }
}

/** JSON with object keys sorted, so the same content always gives the same text and hash. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

export function contentHash(scenario: ResolvedScenario): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('hex');
}

export type StoreOutcome = 'added' | 'unchanged' | 'restored' | 'changed-without-version-bump';

/** Whether a stored definition still reads back as the content its hash was taken of (the data file can damage it). */
export function storedCopyIntact(row: ScenarioRow): boolean {
  try {
    return contentHash(JSON.parse(row.definition) as ResolvedScenario) === row.contentHash;
  } catch {
    return false;
  }
}

const dataFileSource = (row: ScenarioRow) => `trainer.db: scenario "${row.id}" version ${row.version}`;

/**
 * Adds a resolved scenario as a new version. A version already stored is
 * never replaced: the same content is left alone, different content under
 * the same version number is reported and the stored one kept.
 */
export function storeScenarioVersion(repo: ScenarioRepo, scenario: ResolvedScenario, source: ScenarioSource, loadedAt: string): StoreOutcome {
  const hash = contentHash(scenario);
  const stored = repo.find(scenario.id, scenario.version);
  if (stored) {
    // The same id and version from the file that shipped it is the best copy there is of a damaged row.
    if (!storedCopyIntact(stored)) return repo.restoreDamaged(scenario.id, scenario.version, hash, JSON.stringify(scenario)) ? 'restored' : 'unchanged';
    return stored.contentHash === hash ? 'unchanged' : 'changed-without-version-bump';
  }
  repo.insert({
    id: scenario.id,
    version: scenario.version,
    title: scenario.title,
    definition: JSON.stringify(scenario),
    contentHash: hash,
    source,
    loadedAt,
  });
  return 'added';
}

function loadCatalog(scenariosDir: string, problems: ScenarioProblem[]): Court[] {
  const read = readJsonFile(join(scenariosDir, 'courts.json'));
  const parsed = read.ok ? parseCourtCatalog(read.value) : read;
  if (parsed.ok) return parsed.value;
  problems.push({ source: 'courts.json', problems: parsed.error });
  return [];
}

/**
 * Loads the built-in packs (courts.json and builtin/*.json) into the store,
 * on every start. New ids and new versions are added; nothing stored is
 * changed or removed. A file that is not JSON, is too big or fails the
 * schema is refused with its reasons, and the other files still load.
 */
export function loadBuiltinScenarios(scenariosDir: string, repo: ScenarioRepo, loadedAt: string): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const builtinDir = join(scenariosDir, 'builtin');
  if (!existsSync(builtinDir)) {
    return [{ source: builtinDir, problems: ['(folder): the built-in scenarios folder was not found'] }];
  }
  const catalog = loadCatalog(scenariosDir, problems);
  const files = readdirSync(builtinDir)
    .filter((name) => name.toLowerCase().endsWith('.json'))
    .sort();

  for (const file of files) {
    const source = `builtin/${file}`;
    const read = readJsonFile(join(builtinDir, file));
    const parsed = read.ok ? parseScenario(read.value) : read;
    const resolved = parsed.ok ? resolveCourts(parsed.value, catalog) : parsed;
    if (!resolved.ok) {
      problems.push({ source, problems: resolved.error });
      continue;
    }
    const scenario = resolved.value;
    const outcome = storeScenarioVersion(repo, scenario, 'builtin', loadedAt);
    if (outcome === 'restored') {
      problems.push({
        source,
        problems: [`the data file's copy of version ${scenario.version} was damaged; it was restored from this file (attempts on it replay as before)`],
      });
    }
    if (outcome === 'changed-without-version-bump') {
      problems.push({
        source,
        problems: [
          `version: scenario "${scenario.id}" version ${scenario.version} changed without a version bump; ` +
            `the stored version ${scenario.version} is kept. Raise "version" to publish the change.`,
        ],
      });
    }
  }
  return problems;
}

/**
 * Reads stored scenarios back, checked once and kept in memory (a stored
 * version never changes). Every stored version is checked at start: one the
 * data file damaged (and no built-in file could restore) is left out of the
 * catalog and named in `problems`, and the others still load.
 */
export function createScenarioReader(repo: ScenarioRepo) {
  const cache = new Map<string, ResolvedScenario>();
  const damaged = new Set<string>();
  const problems: ScenarioProblem[] = [];
  const keyOf = (row: ScenarioRow) => `${row.id}@${row.version}`;

  function parseStored(row: ScenarioRow): Result<ResolvedScenario, string> {
    if (!storedCopyIntact(row)) return err('its stored copy in the data file is damaged and could not be restored');
    const parsed = parseResolvedScenario(JSON.parse(row.definition));
    return parsed.ok ? parsed : err(`it is not valid: ${parsed.error.join('; ')}`);
  }

  for (const row of repo.listAll()) {
    if (storedCopyIntact(row)) continue;
    damaged.add(keyOf(row));
    problems.push({ source: dataFileSource(row), problems: ['skipped: its stored copy in the data file is damaged and could not be restored'] });
  }

  function read(row: ScenarioRow): ResolvedScenario {
    const cached = cache.get(keyOf(row));
    if (cached) return cached;
    const parsed = parseStored(row);
    if (!parsed.ok) throw new Error(`stored scenario ${keyOf(row)}: ${parsed.error}`);
    cache.set(keyOf(row), parsed.value);
    return parsed.value;
  }

  return {
    read,
    /** Stored versions found damaged at start, each named. */
    problems: problems as readonly ScenarioProblem[],
    /** The given version, or the latest when version is undefined. */
    get(id: string, version?: number): ResolvedScenario {
      const newestReadable = () =>
        repo
          .versions(id)
          .reverse()
          .map((stored) => repo.find(id, stored))
          .find((row) => row !== undefined && !damaged.has(keyOf(row)));
      const row = version === undefined ? newestReadable() : repo.find(id, version);
      if (row && damaged.has(keyOf(row))) {
        throw notFound(`Scenario "${id}" version ${row.version} cannot be read: its stored copy in the data file is damaged.`);
      }
      if (row) return read(row);
      if (version === undefined || repo.versions(id).length === 0) throw notFound(`There is no scenario "${id}".`);
      throw notFound(`Scenario "${id}" has no version ${version} (stored versions: ${repo.versions(id).join(', ')}).`);
    },
    /** The newest readable version of each scenario. */
    latest(): ResolvedScenario[] {
      const newest = new Map<string, ResolvedScenario>();
      for (const row of repo.listAll()) {
        if (!damaged.has(keyOf(row))) newest.set(row.id, read(row));
      }
      return [...newest.values()];
    },
  };
}

export type ScenarioReader = ReturnType<typeof createScenarioReader>;
