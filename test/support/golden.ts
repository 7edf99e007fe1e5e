import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredEvent } from '../../shared/api/contract';
import type { Upcaster } from '../../shared/model/record-versions';
import { replay } from '../../shared/model/replay';
import type { EventContext, EventRecord } from '../../shared/model/stored-events';
import { worldDigest } from '../../shared/model/world-digest';
import { parseResolvedScenario } from '../../shared/scenario/load';
import type { ResolvedScenario } from '../../shared/scenario/schema';
import { elapsedSecondsBetween, score, type ScoreReport } from '../../shared/scoring/score';
import { reportFromRecord, type StoredReport } from '../../shared/scoring/stored-report';
import { toStoredEvents, type EventRow } from '../../electron/store/attempt-repo';

/**
 * A golden fixture: one built-in scenario version's walkthrough, played
 * through the real backend once and kept exactly as the data file stored it
 * (the event rows in their record format, with the attempt's salt and the
 * password digests; the score report's text), with the digest of the world
 * it ended in. Written by `npm run golden:write` (test/golden) and never
 * rewritten: a later version must still read, replay and score it the same.
 */
export interface GoldenFixture {
  about: string;
  scenarioId: string;
  scenarioVersion: number;
  mode: 'practice' | 'assess';
  attemptId: string;
  /** The resolved scenario as the data file keeps that version (its `definition`). */
  scenario: unknown;
  rows: EventRow[];
  storedReport: string;
  worldDigest: string;
}

export const goldenDir = (root: string) => join(root, 'test', 'fixtures', 'golden');
export const goldenFileName = (scenarioId: string, version: number) => `${scenarioId}.v${version}.json`;

export const GOLDEN_DIR = goldenDir(join(import.meta.dirname, '..', '..'));

export function readGolden(path: string): GoldenFixture {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldenFixture;
}

/** Every committed golden fixture, by file name. */
export function goldenFixtures(dir = GOLDEN_DIR): { file: string; fixture: GoldenFixture }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({ file, fixture: readGolden(join(dir, file)) }));
}

export function fixtureScenario(fixture: GoldenFixture): ResolvedScenario {
  const parsed = parseResolvedScenario(fixture.scenario);
  if (!parsed.ok) throw new Error(`the scenario kept in the fixture does not load:\n${parsed.error.join('\n')}`);
  return parsed.value;
}

export interface Replayed {
  events: StoredEvent[];
  worldDigest: string;
  report: ScoreReport;
}

/**
 * The fixture read as the trainer reads a stored attempt (the upcasters and
 * the event schema, attempt-repo.ts), replayed and scored as finishing it does.
 */
export function replayFixture(fixture: GoldenFixture, upcasters?: readonly Upcaster<EventRecord, EventContext>[]): Replayed {
  const scenario = fixtureScenario(fixture);
  const events = toStoredEvents(fixture.attemptId, fixture.rows, upcasters);
  const trainerEvents = events.map((row) => row.event);
  const elapsedSeconds = elapsedSecondsBetween(events.map((row) => row.recordedAt));
  return {
    events,
    worldDigest: worldDigest(replay(scenario, trainerEvents).world),
    report: score(scenario, trainerEvents, elapsedSeconds === null ? undefined : { elapsedSeconds }),
  };
}

/** The score report the fixture stored, read as the trainer reads a stored report. */
export function expectedReport(fixture: GoldenFixture): StoredReport {
  const read = reportFromRecord(fixture.storedReport, { attemptId: fixture.attemptId });
  if (!read.ok) throw new Error(`the fixture's stored report does not read: ${read.problem}`);
  return read.report;
}
