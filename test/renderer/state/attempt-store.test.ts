import { describe, expect, test, vi } from 'vitest';
import type { TrainerEvent } from '../../../shared/model/events';
import { replay } from '../../../shared/model/replay';
import { currentUrl } from '../../../shared/model/world';
import { score } from '../../../shared/scoring/score';
import { createClient } from '../../../renderer/api/client';
import type { Transport } from '../../../renderer/api/transport';
import { createTrainerStore } from '../../../renderer/state/store';
import { deferred, InMemoryBackend, TEST_SALT } from '../support/in-memory-backend';
import { makeStore, walkthroughEvents } from '../support/render-app';

const SCENARIO = 'cmecf-link-bankruptcy';
const COURT_SITE: TrainerEvent = { type: 'browser/navigated', address: 'www.moeb.uscourts.gov', via: 'address-bar' };

type AppendInput = { attemptId: string; seq: number; event: TrainerEvent };

async function playing(mode: 'practice' | 'assess' = 'practice', backend = new InMemoryBackend()) {
  const { store } = makeStore(backend);
  await store.getState().startPlay(SCENARIO, mode);
  return { store, backend };
}

/** Lets pending promise callbacks (the save queue) run. */

describe('starting a play', () => {
  test('starts a new attempt when none is open, at a blank page with score 0', async () => {
    const { store, backend } = await playing();
    const { play } = store.getState();
    expect(play.status).toBe('playing');
    expect(play.resumed).toBe(false);
    expect(play.events).toEqual([{ type: 'attempt/started', salt: TEST_SALT, mode: 'practice' }]);
    expect(play.world && currentUrl(play.world)).toBeNull();
    expect(play.report?.score).toBe(0);
    expect(backend.callsTo('attempts.start')).toEqual([{ scenarioId: SCENARIO, mode: 'practice', traineeId: null }]);
  });

  test('resumes the open attempt by replaying its stored events: same screen, same score', async () => {
    const backend = new InMemoryBackend();
    const steps = walkthroughEvents(backend, SCENARIO, 5);
    const seeded = backend.seedAttempt(SCENARIO, 'practice', steps);
    const { store } = await playing('practice', backend);
    const { play } = store.getState();

    expect(play.attempt?.id).toBe(seeded.id);
    expect(play.resumed).toBe(true);
    expect(backend.callsTo('attempts.start')).toEqual([]);
    const events = [{ type: 'attempt/started', salt: TEST_SALT, mode: 'practice' } as const, ...steps];
    const scenario = backend.scenarios.get(SCENARIO)!;
    expect(play.world).toEqual(replay(scenario, events).world);
    expect(play.report).toEqual(score(scenario, events));
    expect(play.report?.score).toBe(10); // the redaction notice was acknowledged

    store.getState().dispatch(COURT_SITE);
    await vi.waitFor(() => expect(backend.callsTo('attempts.append')).toMatchObject([{ attemptId: seeded.id, seq: 6 }]));
  });

  test('an open attempt in the other mode is left open and a new one started', async () => {
    const backend = new InMemoryBackend();
    const practice = backend.seedAttempt(SCENARIO, 'practice');
    const { store } = await playing('assess', backend);
    expect(backend.attempts.get(practice.id)?.attempt.status).toBe('in-progress');
    expect(store.getState().play.attempt?.id).not.toBe(practice.id);
    expect(store.getState().play.attempt?.mode).toBe('assess');
    expect(store.getState().play.report).toBeNull(); // no live score in an assessment
  });

  test('an unknown scenario fails with the backend message', async () => {
    const { store } = makeStore();
    await store.getState().startPlay('no-such-scenario', 'practice');
    expect(store.getState().play.status).toBe('failed');
    expect(store.getState().play.loadError).toMatch(/no scenario "no-such-scenario"/);
  });

  test('starting the same play twice (React strict mode) starts one attempt', async () => {
    const { store, backend } = makeStore();
    await Promise.all([store.getState().startPlay(SCENARIO, 'practice'), store.getState().startPlay(SCENARIO, 'practice')]);
    expect(backend.callsTo('attempts.start')).toHaveLength(1);
  });
});

describe('dispatching events', () => {
  test('applies the event at once, before the backend answers', async () => {
    const { store, backend } = await playing();
    const gate = deferred();
    backend.before = (method) => (method === 'attempts.append' ? gate.promise : undefined);
    store.getState().dispatch(COURT_SITE);
    expect(currentUrl(store.getState().play.world!)).toBe('https://www.moeb.uscourts.gov/');
    gate.resolve();
  });

  test('appends events one at a time, in seq order', async () => {
    const { store, backend } = await playing();
    const gates: ReturnType<typeof deferred<void>>[] = [];
    let inFlight = 0;
    let most = 0;
    backend.before = async (method) => {
      if (method !== 'attempts.append') return;
      inFlight += 1;
      most = Math.max(most, inFlight);
      const gate = deferred();
      gates.push(gate);
      await gate.promise;
      inFlight -= 1;
    };
    const steps = walkthroughEvents(backend, SCENARIO, 3);
    for (const step of steps) store.getState().dispatch(step);
    for (let index = 0; index < steps.length; index += 1) {
      // Each append is sent only once the one before it has been answered.
      await vi.waitFor(() => expect(gates).toHaveLength(index + 1));
      gates[index]?.resolve();
    }
    await store.getState().retrySave();
    const appended = backend.callsTo('attempts.append') as AppendInput[];
    expect(appended.map((input) => input.seq)).toEqual([1, 2, 3]);
    expect(appended.map((input) => input.event)).toEqual(steps);
    expect(most).toBe(1);
    expect(backend.attempts.get(store.getState().play.attempt!.id)?.events).toHaveLength(4);
  });

  test('a failed save shows a banner, the trainee keeps going, and the next step saves both in order', async () => {
    const { store, backend } = await playing();
    backend.failNext('attempts.append', 'Cannot reach the trainer at http://127.0.0.1:4000 (Failed to fetch).');
    store.getState().dispatch(COURT_SITE);
    await vi.waitFor(() =>
      expect(store.getState().play.saveError).toBe(
        'Your last step could not be saved: Cannot reach the trainer at http://127.0.0.1:4000 (Failed to fetch).',
      ),
    );
    expect(store.getState().play.status).toBe('playing');

    const [, efiling] = walkthroughEvents(backend, SCENARIO, 2);
    store.getState().dispatch(efiling!);
    await store.getState().retrySave();
    expect(store.getState().play.saveError).toBeNull();
    const stored = backend.attempts.get(store.getState().play.attempt!.id)!.events;
    expect(stored.map((row) => row.seq)).toEqual([0, 1, 2]);
    expect(stored[1]?.event).toEqual(COURT_SITE);
  });

  test('an append that was stored but whose answer was lost is not sent twice', async () => {
    const backend = new InMemoryBackend();
    let dropAnswer = true;
    const flaky: Transport = {
      kind: 'http',
      async call(method, input) {
        const answer = await backend.call(method, input);
        if (method !== 'attempts.append' || !dropAnswer) return answer;
        dropAnswer = false; // stored, but the answer never arrives
        return { ok: false, error: { code: 'internal', message: 'connection reset' } };
      },
    };
    const store = createTrainerStore(createClient(flaky));
    await store.getState().startPlay(SCENARIO, 'practice');
    store.getState().dispatch(COURT_SITE);
    await vi.waitFor(() => expect(store.getState().play.saveError).toBe('Your last step could not be saved: connection reset'));

    // The retry is refused as a conflict (seq 1 is taken); the store sees its own event there and moves on.
    expect(await store.getState().retrySave()).toBe(true);
    expect(store.getState().play.saveError).toBeNull();
    expect(backend.attempts.get(store.getState().play.attempt!.id)!.events).toHaveLength(2);
    store.getState().dispatch(walkthroughEvents(backend, SCENARIO, 2)[1]!);
    await store.getState().retrySave();
    expect(backend.attempts.get(store.getState().play.attempt!.id)!.events.map((row) => row.seq)).toEqual([0, 1, 2]);
  });

  test('an event the contract refuses is not applied', async () => {
    const { store, backend } = await playing();
    store.getState().dispatch({ type: 'browser/navigated', address: 'x'.repeat(3000), via: 'address-bar' });
    expect(store.getState().play.events).toHaveLength(1);
    expect(store.getState().play.saveError).toMatch(/That step was not recorded: address: must be at most 2048 characters/);
    expect(await store.getState().retrySave()).toBe(true); // nothing is waiting to be saved
    expect(backend.callsTo('attempts.append')).toEqual([]);
  });

  test('a hint asks about the first objective not yet met and costs points', async () => {
    const { store } = await playing();
    store.getState().requestHint();
    const { play } = store.getState();
    expect(play.events.at(-1)).toEqual({ type: 'trainee/hint-requested', objectiveId: 'acknowledge-redaction' });
    expect(play.report?.hintsUsed).toBe(1);
  });

  test('no hints in an assessment', async () => {
    const { store } = await playing('assess');
    store.getState().requestHint();
    expect(store.getState().play.events).toHaveLength(1);
  });
});

describe('finishing', () => {
  test('saves what is left, takes the backend score, and keeps it for the results screen', async () => {
    const { store, backend } = await playing();
    for (const step of walkthroughEvents(backend, SCENARIO)) store.getState().dispatch(step);
    const attemptId = await store.getState().finish('completed');
    expect(attemptId).toBe(store.getState().play.attempt?.id);
    expect(backend.callsTo('attempts.finish')).toEqual([{ attemptId, reason: 'completed' }]);
    expect(store.getState().play.status).toBe('finished');
    expect(store.getState().results).toMatchObject({ status: 'ready', attemptId, report: { score: 100, passed: true } });
  });

  test('does not finish while steps are unsaved', async () => {
    const { store, backend } = await playing();
    backend.failNext('attempts.append', 'disk full');
    backend.failNext('attempts.append', 'disk full');
    store.getState().dispatch(COURT_SITE);
    expect(await store.getState().finish('gave-up')).toBeNull();
    expect(store.getState().play.finishError).toMatch(/not finished because some of your steps are not saved/);
    expect(backend.callsTo('attempts.finish')).toEqual([]);
    expect(await store.getState().finish('gave-up')).toBe(store.getState().play.attempt?.id);
  });
});

test('reset puts every slice back to its first state', async () => {
  const { store } = await playing();
  await store.getState().loadCatalog();
  store.getState().reset();
  const state = store.getState();
  expect(state.play.status).toBe('idle');
  expect(state.play.events).toEqual([]);
  expect(state.catalog.status).toBe('idle');
  expect(state.results.status).toBe('idle');
});
