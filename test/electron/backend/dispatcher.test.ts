import { describe, expect, test } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { createDispatcher, INTERNAL_ERROR_MESSAGE, type Handlers } from '../../../electron/backend/dispatcher';
import { conflict, notFound } from '../../../electron/backend/errors';
import { BAD_INPUTS, badInputSuite } from '../support/bad-inputs';
import { failure, openBackend, unwrap } from '../support/backend';

badInputSuite(
  'the dispatcher',
  () => {
    const backend = openBackend();
    return { call: async (method, input) => ({ response: await backend.call(method, input), status: null }) };
  },
  null,
);

test('the bad-input table covers every contract method', () => {
  expect(Object.keys(BAD_INPUTS).sort()).toEqual([...METHOD_NAMES].sort());
});

describe('the dispatcher', () => {
  test('answers an unknown method with unknown-method, naming it', async () => {
    const backend = openBackend();
    expect(failure(await backend.call('attempts.delete', {}), 'unknown-method')).toContain('"attempts.delete"');
    failure(await backend.call('__proto__', {}), 'unknown-method');
    failure(await backend.call('toString', {}), 'unknown-method');
  });

  test('lists every problem of an input, each as "path: what is wrong"', async () => {
    const backend = openBackend();
    const message = failure(await backend.call('trainees.create', { name: '', email: 'nope', barState: 7 }), 'bad-input');
    expect(message).toMatch(/name: must not be empty/);
    expect(message).toMatch(/email: must be an e-mail address/);
    expect(message).toMatch(/barState: .*expected string/);
  });

  test('gives each problem of an input as an issue: its path and what is wrong', async () => {
    const response = await openBackend().call('trainees.create', { name: '', email: 'nope' });
    if (response.ok) expect.fail('accepted a blank name');
    expect(response.error.issues).toEqual([
      { path: ['name'], message: 'must not be empty' },
      { path: ['email'], message: 'must be an e-mail address' },
    ]);
  });

  test('gives a handler’s own refusal of a field as an issue too', async () => {
    const backend = openBackend();
    const { attempt } = unwrap<{ attempt: { id: string } }>(
      await backend.call('attempts.start', { scenarioId: 'cmecf-link-bankruptcy', mode: 'practice', traineeId: null }),
    );
    const response = await backend.call('attempts.append', { attemptId: attempt.id, seq: 1, event: { type: 'attempt/started', salt: 'ab'.repeat(16), mode: 'practice' } });
    if (response.ok) expect.fail('appended a second attempt/started');
    expect(response.error).toEqual({
      code: 'bad-input',
      message: 'event.type: "attempt/started" is recorded by attempts.start and cannot be appended',
      issues: [{ path: ['event', 'type'], message: '"attempt/started" is recorded by attempts.start and cannot be appended' }],
    });
  });

  test('gives no issues with a failure that is not about the input', async () => {
    const response = await openBackend().call('attempts.get', { attemptId: 'a1' });
    if (response.ok) expect.fail('found an attempt that was never started');
    expect(response.error).toEqual({ code: 'not-found', message: 'There is no attempt "a1".' });
  });

  // Handlers that misbehave, to see what a caller is (and is not) told.
  function dispatcherWith(handler: () => unknown) {
    const reported: unknown[] = [];
    const handlers = new Proxy({} as Handlers, { get: () => handler });
    return { call: createDispatcher(handlers, (_method, error) => reported.push(error)), reported };
  }

  test('maps the known handler failures to not-found and conflict, with their messages', async () => {
    const missing = dispatcherWith(() => {
      throw notFound('There is no attempt "a1".');
    });
    expect(failure(await missing.call('attempts.get', { attemptId: 'a1' }), 'not-found')).toBe('There is no attempt "a1".');
    const clash = dispatcherWith(() => {
      throw conflict('Event 3 does not follow the stored log.');
    });
    expect(failure(await clash.call('attempts.get', { attemptId: 'a1' }), 'conflict')).toBe('Event 3 does not follow the stored log.');
    expect(missing.reported).toEqual([]);
  });

  test('turns anything else into a generic internal error, never a stack trace, and reports it', async () => {
    const broken = dispatcherWith(() => {
      throw new Error('SQLITE_CORRUPT at /home/dana/.config/NextGen Trainer/trainer.db');
    });
    const response = await broken.call('trainees.list', {});
    expect(failure(response, 'internal')).toBe(INTERNAL_ERROR_MESSAGE);
    expect(JSON.stringify(response)).not.toMatch(/SQLITE|trainer\.db|at .*\.ts/);
    expect(broken.reported).toHaveLength(1);
  });

  test('refuses an output that breaks the contract instead of passing it on', async () => {
    const sloppy = dispatcherWith(() => [{ id: 't1', name: 'Dana', password: 'hunter2' }]);
    expect(failure(await sloppy.call('trainees.list', {}), 'internal')).toBe(INTERNAL_ERROR_MESSAGE);
    expect(sloppy.reported).toHaveLength(1);
  });

  test('never throws, even for input that is not data', async () => {
    const backend = openBackend();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(backend.call('app.info', cyclic)).resolves.toMatchObject({ ok: false, error: { code: 'bad-input' } });
    await expect(backend.call(42 as unknown as string, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    unwrap(await backend.call('app.info', {}));
  });
});
