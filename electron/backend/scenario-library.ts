import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCourtCatalog, parseResolvedScenario, parseScenario, resolveCourts } from '../../shared/scenario/load';
import type { ScenarioSummary } from '../../shared/api/contract';
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

/** Reads a file a person may have edited, size-checked, with a plain reason on failure. */
function readFileBytes(path: string, maxBytes: number): Result<Buffer, string[]> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return err(['(file): cannot be read']);
  }
  if (size > maxBytes) return err([`(file): is ${size} bytes, larger than the ${maxBytes / 1024 / 1024} MiB a scenario file may be`]);
  try {
    return ok(readFileSync(path));
  } catch {
    return err(['(file): cannot be read']);
  }
}

/** JSON text, BOM-tolerant, with a plain reason on failure. */
function parseJsonBytes(bytes: Buffer): Result<unknown, string[]> {
  try {
    return ok(JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as unknown);
  } catch (error) {
    return err([`(top level): is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`]);
  }
}

/** Reads a JSON file a person may have edited: size-checked, BOM-tolerant, with a plain reason on failure. */
export function readJsonFile(path: string, maxBytes = MAX_SCENARIO_FILE_BYTES): Result<unknown, string[]> {
  const bytes = readFileBytes(path, maxBytes);
  return bytes.ok ? parseJsonBytes(bytes.value) : bytes;
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

/** Definitions found intact, by content hash: the same text under the same hash need not be hashed again. */
const intactDefinitions = new Map<string, string>();

/** Whether a stored definition still reads back as the content its hash was taken of (the data file can damage it). */
export function storedCopyIntact(row: ScenarioRow): boolean {
  // A start checks each row twice (the built-in loader, then the reader): the second is a string comparison.
  if (intactDefinitions.get(row.contentHash) === row.definition) return true;
  let intact: boolean;
  try {
    intact = contentHash(JSON.parse(row.definition) as ResolvedScenario) === row.contentHash;
  } catch {
    intact = false;
  }
  if (intact) intactDefinitions.set(row.contentHash, row.definition);
  return intact;
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

function loadCatalog(path: string, bytes: Result<Buffer, string[]>, problems: ScenarioProblem[]): Court[] {
  const read = bytes.ok ? parseJsonBytes(bytes.value) : bytes;
  const parsed = read.ok ? parseCourtCatalog(read.value) : read;
  if (parsed.ok) return parsed.value;
  problems.push({ source: path, problems: parsed.error });
  return [];
}

/**
 * What a built-in file is recognised by at the next start: its bytes, with
 * those of courts.json (its courts are written out from there) and the app
 * release (whose schema checked it).
 */
function builtinFileHash(release: string, catalog: Result<Buffer, string[]>, file: Buffer): string {
  const hash = createHash('sha256').update(`nextgen-trainer builtin file\0${release}\0`);
  if (catalog.ok) hash.update(catalog.value);
  return hash.update('\0').update(file).digest('hex');
}

/**
 * Whether this file is byte for byte the one its id and version were last
 * loaded from, and their stored copy is intact: then the file was checked,
 * resolved and found equal to the stored version at that start, and need not
 * be again. A changed file, a changed courts.json or release, or a damaged
 * stored copy all take the full path (and are reported or restored there).
 */
function loadedUnchangedBefore(repo: ScenarioRepo, raw: unknown, fileHash: string): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const { id, version } = raw as { id?: unknown; version?: unknown };
  if (typeof id !== 'string' || typeof version !== 'number') return false;
  const row = repo.find(id, version);
  return row !== undefined && row.source === 'builtin' && row.fileHash === fileHash && storedCopyIntact(row);
}

/**
 * Loads the built-in packs (courts.json and builtin/*.json) into the store,
 * on every start. New ids and new versions are added; nothing stored is
 * changed or removed. A file that is not JSON, is too big or fails the
 * schema is refused with its reasons, and the other files still load. A file
 * unchanged since a start that stored (or matched) its version is not read
 * through the schema again (`release`: the app version, part of that check).
 */
export function loadBuiltinScenarios(scenariosDir: string, repo: ScenarioRepo, loadedAt: string, release = ''): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const builtinDir = join(scenariosDir, 'builtin');
  if (!existsSync(builtinDir)) {
    return [{ source: builtinDir, problems: ['(folder): the built-in scenarios folder was not found'] }];
  }
  const catalogBytes = readFileBytes(join(scenariosDir, 'courts.json'), MAX_SCENARIO_FILE_BYTES);
  const catalog = loadCatalog('courts.json', catalogBytes, problems);
  const files = readdirSync(builtinDir)
    .filter((name) => name.toLowerCase().endsWith('.json'))
    .sort();

  for (const file of files) {
    const source = `builtin/${file}`;
    const bytes = readFileBytes(join(builtinDir, file), MAX_SCENARIO_FILE_BYTES);
    const read = bytes.ok ? parseJsonBytes(bytes.value) : bytes;
    const fileHash = bytes.ok ? builtinFileHash(release, catalogBytes, bytes.value) : null;
    if (read.ok && fileHash !== null && loadedUnchangedBefore(repo, read.value, fileHash)) continue;
    const parsed = read.ok ? parseScenario(read.value) : read;
    const resolved = parsed.ok ? resolveCourts(parsed.value, catalog) : parsed;
    if (!resolved.ok) {
      problems.push({ source, problems: resolved.error });
      continue;
    }
    const scenario = resolved.value;
    const outcome = storeScenarioVersion(repo, scenario, 'builtin', loadedAt);
    // The stored version now holds exactly what this file gives: the next start may skip the file while it stays the same.
    if (outcome !== 'changed-without-version-bump' && fileHash !== null) repo.noteFileHash(scenario.id, scenario.version, fileHash);
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
  let catalog: { stamp: string; summaries: ScenarioSummary[] } | null = null;

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
      // A version read before is kept: starting an attempt does not read its definition from the file again.
      if (version !== undefined) {
        if (damaged.has(`${id}@${version}`)) {
          throw notFound(`Scenario "${id}" version ${version} cannot be read: its stored copy in the data file is damaged.`);
        }
        const row = cache.has(`${id}@${version}`) ? undefined : repo.find(id, version);
        const found = cache.get(`${id}@${version}`) ?? (row && read(row));
        if (found) return found;
        if (repo.versions(id).length === 0) throw notFound(`There is no scenario "${id}".`);
        throw notFound(`Scenario "${id}" has no version ${version} (stored versions: ${repo.versions(id).join(', ')}).`);
      }
      for (const stored of repo.versions(id).reverse()) {
        if (damaged.has(`${id}@${stored}`)) continue;
        const cached = cache.get(`${id}@${stored}`);
        if (cached) return cached;
        const row = repo.find(id, stored);
        if (row) return read(row);
      }
      throw notFound(`There is no scenario "${id}".`);
    },
    /**
     * The catalog: the newest readable version of each scenario, summed up.
     * Read from the stored text, not through the schema (every stored copy
     * was checked when it was stored, and found intact at start), so the
     * first screen does not wait for every scenario to be parsed; one whose
     * text does not have the expected fields is read in full.
     */
    summaries(): ScenarioSummary[] {
      // Summed up once and kept until a version is added: a class opening the list at once reads no definition.
      const stamp = repo.stamp();
      if (catalog?.stamp === stamp) return catalog.summaries;
      const newest = new Map<string, ScenarioRow>();
      for (const row of repo.listAll()) {
        if (!damaged.has(keyOf(row))) newest.set(row.id, row);
      }
      const summaries = [...newest.values()].map((row) => {
        const cached = cache.get(keyOf(row));
        return (cached ? null : storedSummary(row)) ?? summaryOf(cached ?? read(row));
      });
      catalog = { stamp, summaries };
      return summaries;
    },
  };
}

export type ScenarioReader = ReturnType<typeof createScenarioReader>;

function summaryOf(scenario: ResolvedScenario): ScenarioSummary {
  const { id, version, title, summary, seeds } = scenario;
  return { id, version, title, summary, seeds, courts: scenario.courts.map((court) => court.id) };
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The summary in a stored definition's text, or null if it lacks a field the catalog shows. */
function storedSummary(row: ScenarioRow): ScenarioSummary | null {
  let stored: Partial<Record<keyof ScenarioSummary, unknown>>;
  try {
    stored = JSON.parse(row.definition) as typeof stored;
  } catch {
    return null;
  }
  const { id, version, title, summary, seeds, courts } = stored;
  const courtIds = Array.isArray(courts) ? courts.map((court: unknown) => (court as { id?: unknown } | null)?.id) : null;
  if (id !== row.id || version !== row.version || typeof title !== 'string' || typeof summary !== 'string') return null;
  if (!isStringArray(seeds) || !isStringArray(courtIds)) return null;
  return { id, version, title, summary, seeds, courts: courtIds };
}
