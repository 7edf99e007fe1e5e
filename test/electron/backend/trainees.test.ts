import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Attempt, StoredEvent, Trainee } from '../../../shared/api/contract';
import type { TraineeHistory } from '../../../shared/api/trainee-methods';
import { builtinScenario, builtinScenarioIds } from '../../support/scenarios';
import { failure, openBackend, scenariosCopy, unwrap, type TestBackend } from '../support/backend';
import { walkthroughEvents } from '../support/walkthrough';

const ID = 'cmecf-link-bankruptcy';
const TITLE = 'Link your CM/ECF account at a NextGen bankruptcy court';
const scenario = builtinScenario(ID);
/** Progress counts every built-in scenario, however many ship. */
const BUILTIN_COUNT = builtinScenarioIds().length;

async function createTrainee(backend: TestBackend, name = 'Dana M. Whitfield'): Promise<Trainee> {
  return unwrap<Trainee>(await backend.call('trainees.create', { name }));
}

/** Starts an attempt and, unless `keepOpen`, finishes it: played through (passes) or given up at once (fails). */
async function attempt(
  backend: TestBackend,
  options: { traineeId: string | null; mode: 'practice' | 'assess' | 'watch'; play?: 'through' | 'give-up' | 'keep-open'; scenarioId?: string },
): Promise<Attempt> {
  const { traineeId, mode, play = 'through', scenarioId = ID } = options;
  const started = unwrap<{ attempt: Attempt; events: StoredEvent[] }>(await backend.call('attempts.start', { scenarioId, mode, traineeId }));
  const first = started.events[0]?.event;
  if (first?.type !== 'attempt/started') throw new Error('no attempt/started event');
  const attemptId = started.attempt.id;
  if (play === 'keep-open') return started.attempt;
  if (play === 'through') {
    let seq = 1;
    for (const event of walkthroughEvents(scenario, first.salt)) unwrap(await backend.call('attempts.append', { attemptId, seq: seq++, event }));
  }
  const reason = play === 'through' ? 'completed' : 'gave-up';
  return unwrap<{ attempt: Attempt }>(await backend.call('attempts.finish', { attemptId, reason })).attempt;
}

const history = async (backend: TestBackend, traineeId: string | null) =>
  unwrap<TraineeHistory>(await backend.call('trainees.history', { traineeId }));

/** A scenarios folder with a second scenario and a version 2 of the built-in one. */
function widerCatalog(): string {
  const dir = scenariosCopy();
  const original = JSON.parse(readFileSync(join(dir, 'builtin', `${ID}.json`), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'builtin', 'cmecf-link-other.json'), JSON.stringify({ ...original, id: 'cmecf-link-other', title: 'Link at another court' }));
  writeFileSync(join(dir, 'builtin', 'cmecf-link-third.json'), JSON.stringify({ ...original, id: 'cmecf-link-third', title: 'A third scenario' }));
  return dir;
}

describe('trainees.update', () => {
  test('edits a profile with the same rules as create: trimmed, id kept, listed with the new details', async () => {
    const backend = openBackend();
    const dana = await createTrainee(backend);
    const edited = unwrap<Trainee>(
      await backend.call('trainees.update', {
        id: dana.id,
        name: '  Dana Whitfield-Okafor ',
        email: 'dana@whitfield-okafor.example',
        barNumber: ' 61234 ',
        barState: 'MO',
      }),
    );
    expect(edited).toEqual({ id: dana.id, name: 'Dana Whitfield-Okafor', email: 'dana@whitfield-okafor.example', barNumber: '61234', barState: 'MO' });
    expect(unwrap(await backend.call('trainees.list', {}))).toEqual([edited]);

    const cleared = unwrap<Trainee>(await backend.call('trainees.update', { id: dana.id, name: 'Dana Whitfield' }));
    expect(cleared).toEqual({ id: dana.id, name: 'Dana Whitfield', email: '', barNumber: '', barState: '' });
  });

  test('refuses an unknown trainee, and hostile text is stored as plain text', async () => {
    const backend = openBackend();
    expect(failure(await backend.call('trainees.update', { id: 'nobody', name: 'X' }), 'not-found')).toBe('There is no trainee "nobody".');
    const dana = await createTrainee(backend);
    const hostile = `<img src=x onerror=alert(1)>'); DROP TABLE trainees;--`;
    unwrap(await backend.call('trainees.update', { id: dana.id, name: hostile }));
    expect(unwrap<Trainee[]>(await backend.call('trainees.list', {}))[0]?.name).toBe(hostile);
  });
});

describe('trainees.history', () => {
  test('lists every attempt of one trainee newest first, with title, version, mode, status, score and result', async () => {
    const backend = openBackend();
    const dana = await createTrainee(backend);
    const passed = await attempt(backend, { traineeId: dana.id, mode: 'assess' });
    const failed = await attempt(backend, { traineeId: dana.id, mode: 'assess', play: 'give-up' });
    const open = await attempt(backend, { traineeId: dana.id, mode: 'practice', play: 'keep-open' });
    const abandoned = await attempt(backend, { traineeId: dana.id, mode: 'practice', play: 'keep-open' });
    unwrap(await backend.call('attempts.abandon', { attemptId: abandoned.id }));

    const { trainee, attempts } = await history(backend, dana.id);
    expect(trainee).toEqual(dana);
    expect(attempts.map((row) => [row.attemptId, row.mode, row.status])).toEqual([
      [abandoned.id, 'practice', 'abandoned'],
      [open.id, 'practice', 'in-progress'],
      [failed.id, 'assess', 'finished'],
      [passed.id, 'assess', 'finished'],
    ]);
    expect(attempts[3]).toEqual({
      attemptId: passed.id,
      scenarioId: ID,
      scenarioTitle: TITLE,
      scenarioVersion: scenario.version,
      mode: 'assess',
      status: 'finished',
      startedAt: passed.startedAt,
      finishedAt: passed.finishedAt,
      score: passed.score,
      passed: true,
    });
    expect(passed.score).toBe(100);
    expect(attempts[2]).toMatchObject({ passed: false, score: failed.score });
    expect(attempts[1]).toMatchObject({ score: null, passed: null, finishedAt: null });
  });

  test('keeps trainees apart: Guest (null) sees only attempts recorded with no trainee', async () => {
    const backend = openBackend();
    const dana = await createTrainee(backend);
    const lee = await createTrainee(backend, 'Lee Okafor');
    const danas = await attempt(backend, { traineeId: dana.id, mode: 'assess' });
    const guests = await attempt(backend, { traineeId: null, mode: 'practice', play: 'give-up' });

    const guest = await history(backend, null);
    expect(guest.trainee).toBeNull();
    expect(guest.attempts.map((row) => row.attemptId)).toEqual([guests.id]);
    expect(guest.progress).toEqual({ passed: 0, total: BUILTIN_COUNT });
    expect((await history(backend, dana.id)).attempts.map((row) => row.attemptId)).toEqual([danas.id]);
    expect(await history(backend, lee.id)).toEqual({ trainee: lee, attempts: [], bestScores: [], progress: { passed: 0, total: BUILTIN_COUNT } });
    expect(failure(await backend.call('trainees.history', { traineeId: 'nobody' }), 'not-found')).toBe('There is no trainee "nobody".');
  });

  test('leaves Watch sessions out: they demonstrate the scenario, the trainee did not play it', async () => {
    const backend = openBackend();
    const dana = await createTrainee(backend);
    await attempt(backend, { traineeId: dana.id, mode: 'watch', play: 'keep-open' });
    expect((await history(backend, dana.id)).attempts).toEqual([]);
  });

  test('best score per scenario keeps assessments and practice apart; only a passed assessment counts as progress', async () => {
    const backend = openBackend({ scenariosDir: widerCatalog() });
    const dana = await createTrainee(backend);
    await attempt(backend, { traineeId: dana.id, mode: 'practice' }); // 100 in practice: no progress
    await attempt(backend, { traineeId: dana.id, mode: 'assess', play: 'give-up' });
    await attempt(backend, { traineeId: dana.id, mode: 'assess', play: 'give-up', scenarioId: 'cmecf-link-other' });
    let found = await history(backend, dana.id);
    expect(found.progress).toEqual({ passed: 0, total: BUILTIN_COUNT + 2 });
    expect(found.bestScores).toEqual([
      { scenarioId: 'cmecf-link-other', scenarioTitle: 'Link at another court', bestAssessment: 0, passedAssessment: false, bestPractice: null },
      { scenarioId: ID, scenarioTitle: TITLE, bestAssessment: 0, passedAssessment: false, bestPractice: 100 },
    ]);

    await attempt(backend, { traineeId: dana.id, mode: 'assess' });
    await attempt(backend, { traineeId: dana.id, mode: 'assess', play: 'give-up' }); // a later failure does not undo the pass
    await attempt(backend, { traineeId: dana.id, mode: 'assess', play: 'keep-open', scenarioId: 'cmecf-link-third' });
    found = await history(backend, dana.id);
    expect(found.progress).toEqual({ passed: 1, total: BUILTIN_COUNT + 2 });
    expect(found.bestScores.find((best) => best.scenarioId === ID)).toMatchObject({ bestAssessment: 100, passedAssessment: true });
    expect(found.bestScores.map((best) => best.scenarioId)).not.toContain('cmecf-link-third'); // nothing finished there yet
  });
});
