import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { contentHash } from '../../../electron/backend/scenario-library';
import { parseCourtCatalog, parseScenario, resolveCourts } from '../../../shared/scenario/load';
import type { ResolvedScenario } from '../../../shared/scenario/schema';
import { builtinScenario, readJson, SCENARIOS_DIR } from '../../support/scenarios';

export interface LegacyAttempt {
  attempt: Record<string, string | number | null>;
  rows: { seq: number; type: string; payload: string; recorded_at: string }[];
  outcomes: unknown[];
}

/**
 * Three attempts as the trainer stored them before password digests were
 * slow (record format 1: one SHA-256 with the length and kinds of character
 * beside it, card stand-ins with digits derived from the typed ones), with
 * the score each was finished with and what the sites said to each event.
 * Made by playing them through the backend of that version; never regenerate.
 */
export const LEGACY: LegacyAttempt[] = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'legacy-secrets-attempts.json'), 'utf8'));

/**
 * The scenario version the attempt was played on: the built-in file while it
 * still ships that version, otherwise the copy kept beside the fixture (the
 * version a trainer that stored the attempt had loaded, as it is in its database).
 */
export function playedOn(id: string, version: number): ResolvedScenario {
  const current = builtinScenario(id);
  if (current.version === version) return current;
  const catalog = parseCourtCatalog(readJson(join(SCENARIOS_DIR, 'courts.json')));
  const parsed = parseScenario(readJson(join(import.meta.dirname, '..', 'fixtures', `${id}.v${version}.json`)));
  if (!catalog.ok || !parsed.ok) throw new Error(`the fixture's copy of ${id} version ${version} does not load`);
  const resolved = resolveCourts(parsed.value, catalog.value);
  if (!resolved.ok) throw new Error(resolved.error.join('\n'));
  return resolved.value;
}

/** Writes the attempt, and the scenario version it was played on, into a data file as that trainer left them. */
export function storeLegacy(file: string, legacy: LegacyAttempt): void {
  const db = new BetterSqlite3(file);
  const scenario = playedOn(String(legacy.attempt.scenario_id), Number(legacy.attempt.scenario_version));
  db.prepare(
    `INSERT OR IGNORE INTO scenarios (id, version, title, definition, content_hash, source, loaded_at)
     VALUES (?, ?, ?, ?, ?, 'builtin', '2026-01-01T00:00:00.000Z')`,
  ).run(scenario.id, scenario.version, scenario.title, JSON.stringify(scenario), contentHash(scenario));
  db.prepare(
    `INSERT INTO attempts (id, trainee_id, scenario_id, scenario_version, mode, status, started_at, finished_at, score, passed, report)
     VALUES (@id, @trainee_id, @scenario_id, @scenario_version, @mode, @status, @started_at, @finished_at, @score, @passed, @report)`,
  ).run(legacy.attempt);
  const insert = db.prepare('INSERT INTO attempt_events (attempt_id, seq, type, payload, recorded_at) VALUES (?, ?, ?, ?, ?)');
  for (const row of legacy.rows) insert.run(legacy.attempt.id, row.seq, row.type, row.payload, row.recorded_at);
  db.close();
}

