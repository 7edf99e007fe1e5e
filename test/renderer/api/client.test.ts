import { expect, test } from 'vitest';
import type { ApiResponse } from '../../../shared/api/contract';
import { ApiFailure, createClient } from '../../../renderer/api/client';
import type { Transport } from '../../../renderer/api/transport';

function answering(response: ApiResponse<unknown>): Transport & { seen: unknown[] } {
  const seen: unknown[] = [];
  return {
    kind: 'ipc',
    seen,
    async call(method, input) {
      seen.push({ method, input });
      return response;
    },
  };
}

test('returns the value of a successful call', async () => {
  const transport = answering({ ok: true, value: { attempt: null } });
  const client = createClient(transport);
  await expect(client.call('attempts.findOpen', { scenarioId: 'cmecf-link-bankruptcy', mode: 'practice' })).resolves.toEqual({ attempt: null });
  expect(transport.seen).toEqual([{ method: 'attempts.findOpen', input: { scenarioId: 'cmecf-link-bankruptcy', mode: 'practice' } }]);
});

test('throws an ApiFailure carrying the backend message', async () => {
  const client = createClient(answering({ ok: false, error: { code: 'not-found', message: 'No scenario "nope".' } }));
  const failure = await client.call('scenarios.get', { id: 'nope' }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ApiFailure);
  expect(failure).toMatchObject({ code: 'not-found', message: 'No scenario "nope".', method: 'scenarios.get', issues: [] });
});

test('an ApiFailure keeps the backend’s issues, each with its path and message', async () => {
  const issues = [{ path: ['email'], message: 'must be an e-mail address' }];
  const client = createClient(answering({ ok: false, error: { code: 'bad-input', message: 'Invalid input for trainees.create: email: …', issues } }));
  const failure = await client.call('trainees.create', { name: 'Dana', email: 'dana at firm' }).catch((error: unknown) => error);
  expect(failure).toMatchObject({ code: 'bad-input', issues });
});
