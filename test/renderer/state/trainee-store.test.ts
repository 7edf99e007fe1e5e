import { describe, expect, test, vi } from 'vitest';
import { deferred, InMemoryBackend } from '../support/in-memory-backend';
import { makeStore, walkthroughEvents } from '../support/render-app';

const SCENARIO = 'cmecf-link-bankruptcy';

/** Lets pending promise callbacks run. */

describe('the trainee in use', () => {
  test('starts as the trainee this machine last used', async () => {
    const backend = new InMemoryBackend();
    const dana = backend.seedTrainee('Dana Whitfield');
    backend.settings.set('lastTraineeId', dana.id);
    const { store } = makeStore(backend);
    await store.getState().loadTrainees();
    expect(store.getState().trainees).toMatchObject({ status: 'ready', currentId: dana.id, profiles: [dana] });
  });

  test('a reset store starts over from the remembered trainee', async () => {
    const backend = new InMemoryBackend();
    const dana = backend.seedTrainee('Dana Whitfield');
    backend.settings.set('lastTraineeId', dana.id);
    const { store } = makeStore(backend);
    await store.getState().loadTrainees();
    store.getState().reset();
    expect(store.getState().trainees.currentId).toBeNull();
    await store.getState().loadTrainees();
    expect(store.getState().trainees.currentId).toBe(dana.id);
  });

  test('starts as Guest when none was remembered, or the remembered one is gone', async () => {
    const backend = new InMemoryBackend();
    backend.seedTrainee('Dana Whitfield');
    backend.settings.set('lastTraineeId', 'deleted-trainee');
    const { store } = makeStore(backend);
    await store.getState().loadTrainees();
    expect(store.getState().trainees.currentId).toBeNull();
  });

  test('a switch is announced and remembered for the next start ("" for Guest)', async () => {
    const backend = new InMemoryBackend();
    const dana = backend.seedTrainee('Dana Whitfield');
    const { store } = makeStore(backend);
    await store.getState().loadTrainees();

    await store.getState().selectTrainee(dana.id);
    expect(store.getState().trainees.announcement).toBe('Now recording attempts for Dana Whitfield.');
    expect(backend.settings.get('lastTraineeId')).toBe(dana.id);

    await store.getState().selectTrainee(null);
    expect(store.getState().trainees.announcement).toBe('Now recording attempts for Guest.');
    expect(backend.settings.get('lastTraineeId')).toBe('');
  });

  test('a switch that cannot be remembered still applies, and says so', async () => {
    const backend = new InMemoryBackend();
    const dana = backend.seedTrainee('Dana Whitfield');
    const { store } = makeStore(backend);
    await store.getState().loadTrainees();
    backend.failNext('settings.set', 'The disk is full.');
    await store.getState().selectTrainee(dana.id);
    expect(store.getState().trainees.currentId).toBe(dana.id);
    expect(store.getState().trainees.error).toBe('This choice could not be remembered for the next start: The disk is full.');
  });

  test('profiles that cannot be loaded are reported, and a retry loads them', async () => {
    const backend = new InMemoryBackend();
    backend.seedTrainee('Dana Whitfield');
    backend.failNext('trainees.list', 'The database is locked.');
    const { store } = makeStore(backend);
    await store.getState().loadTrainees();
    expect(store.getState().trainees).toMatchObject({ status: 'failed', error: 'The trainee profiles could not be loaded: The database is locked.' });
    await store.getState().loadTrainees();
    expect(store.getState().trainees.status).toBe('ready');
    expect(store.getState().trainees.profiles).toHaveLength(1);
  });
});

describe('attempts belong to the trainee in use', () => {
  test('a play waits until the trainee is known, then resumes and records theirs', async () => {
    const backend = new InMemoryBackend();
    const dana = backend.seedTrainee('Dana Whitfield');
    backend.settings.set('lastTraineeId', dana.id);
    const guests = backend.seedAttemptFor(null, SCENARIO, 'practice');
    const { store } = makeStore(backend);
    await store.getState().startPlay(SCENARIO, 'practice');
    expect(backend.callsTo('attempts.findOpen')).toEqual([{ scenarioId: SCENARIO, mode: 'practice', traineeId: dana.id }]);
    expect(backend.callsTo('attempts.start')).toEqual([{ scenarioId: SCENARIO, mode: 'practice', traineeId: dana.id }]);
    expect(store.getState().play.attempt?.id).not.toBe(guests.id);
    expect(store.getState().play.attempt?.traineeId).toBe(dana.id);
  });

  test('switching during a play reopens it for the new trainee: their open attempt is resumed', async () => {
    const backend = new InMemoryBackend();
    const dana = backend.seedTrainee('Dana Whitfield');
    const danas = backend.seedAttemptFor(dana.id, SCENARIO, 'practice', walkthroughEvents(backend, SCENARIO, 5));
    const { store } = makeStore(backend);
    await store.getState().startPlay(SCENARIO, 'practice');
    const guests = store.getState().play.attempt;
    expect(guests?.traineeId).toBeNull();

    await store.getState().selectTrainee(dana.id);
    await vi.waitFor(() => expect(store.getState().play.attempt?.id).toBe(danas.id));
    const { play } = store.getState();
    expect(play.status).toBe('playing');
    expect(play.resumed).toBe(true);
    expect(play.events).toHaveLength(6);
    // Guest's attempt is left open for Guest.
    expect(backend.attempts.get(guests!.id)?.attempt.status).toBe('in-progress');
  });

  test('switching to the same trainee leaves the play alone', async () => {
    const { store, backend } = makeStore();
    await store.getState().loadTrainees();
    await store.getState().startPlay(SCENARIO, 'assess');
    const before = store.getState().play.attempt;
    await store.getState().selectTrainee(null);
    expect(store.getState().play.attempt).toBe(before);
    expect(backend.callsTo('attempts.findOpen')).toHaveLength(1);
  });
});

describe('profiles', () => {
  test('adding and editing keep the list sorted by name', async () => {
    const { store } = makeStore();
    await store.getState().loadTrainees();
    const lee = await store.getState().saveProfile({ name: 'Lee Okafor' });
    const dana = await store.getState().saveProfile({ name: 'Dana Whitfield', barNumber: '61234', barState: 'MO' });
    if (!lee.ok || !dana.ok) throw new Error('not saved');
    expect(store.getState().trainees.profiles.map((profile) => profile.name)).toEqual(['Dana Whitfield', 'Lee Okafor']);
    await store.getState().saveProfile({ id: dana.value.id, name: 'Zoe Whitfield' });
    expect(store.getState().trainees.profiles.map((profile) => profile.name)).toEqual(['Lee Okafor', 'Zoe Whitfield']);
  });

  test('a refusal comes back per field, in the backend’s words', async () => {
    const { store } = makeStore();
    const saved = await store.getState().saveProfile({ name: ' ', email: 'dana at firm' });
    expect(saved).toEqual({
      ok: false,
      error: { fields: { name: 'Name must not be empty.', email: 'E-mail must be an e-mail address.' }, general: null },
    });
  });

  test('a failure that is not about a field comes back whole', async () => {
    const backend = new InMemoryBackend();
    backend.failNext('trainees.update', 'There is no trainee "gone".', 'not-found');
    const { store } = makeStore(backend);
    const saved = await store.getState().saveProfile({ id: 'gone', name: 'Dana' });
    expect(saved).toEqual({ ok: false, error: { fields: {}, general: 'There is no trainee "gone".' } });
  });
});

describe('history', () => {
  test('abandoning stops the open play of that attempt and reloads the history', async () => {
    const { store, backend } = makeStore();
    await store.getState().startPlay(SCENARIO, 'practice');
    const attemptId = store.getState().play.attempt!.id;
    await store.getState().loadHistory(null);
    expect(store.getState().traineeHistory.history?.attempts.map((row) => row.status)).toEqual(['in-progress']);

    expect(await store.getState().abandonAttempt(attemptId)).toBeNull();
    expect(store.getState().play.status).toBe('idle');
    expect(backend.attempts.get(attemptId)?.attempt.status).toBe('abandoned');
    expect(store.getState().traineeHistory.history?.attempts.map((row) => row.status)).toEqual(['abandoned']);
  });

  test('an answer for a trainee no longer shown is dropped', async () => {
    const backend = new InMemoryBackend();
    const dana = backend.seedTrainee('Dana Whitfield');
    const gate = deferred();
    backend.before = (method, input) =>
      method === 'trainees.history' && (input as { traineeId: string | null }).traineeId === null ? gate.promise : undefined;
    const { store } = makeStore(backend);
    const guest = store.getState().loadHistory(null);
    await store.getState().loadHistory(dana.id);
    gate.resolve();
    await guest;
    expect(store.getState().traineeHistory).toMatchObject({ status: 'ready', traineeId: dana.id });
    expect(store.getState().traineeHistory.history?.trainee).toEqual(dana);
  });
});
