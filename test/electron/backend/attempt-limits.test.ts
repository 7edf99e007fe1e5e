import { describe, expect, test } from 'vitest';
import { MAX_ATTEMPT_BYTES, MAX_EVENT_BYTES } from '../../../electron/backend/attempt-handlers';
import { failure, openBackend, unwrap, type TestBackend } from '../support/backend';

/** A posted form of `count` fields of 4,000 characters: the largest field the event schema allows. */
const bulkyForm = (count: number) => ({
  type: 'form/submitted',
  form: 'pacer/register/account-information',
  button: 'next',
  fields: Object.fromEntries(Array.from({ length: count }, (_, index) => [`field${index}`, 'x'.repeat(4000)])),
});

async function start(backend: TestBackend): Promise<string> {
  const started = unwrap<{ attempt: { id: string } }>(await backend.call('attempts.start', { scenarioId: 'cmecf-link-bankruptcy', mode: 'practice' }));
  return started.attempt.id;
}

describe('attempts have a size limit', () => {
  test('an event larger than 64 KiB is refused with its size and the limit, and nothing is stored', async () => {
    const backend = openBackend();
    const attemptId = await start(backend);
    const message = failure(await backend.call('attempts.append', { attemptId, seq: 1, event: bulkyForm(20) }), 'bad-input');
    expect(message).toMatch(/event: is \d+ KiB; one event may be at most 64 KiB/);
    const stored = unwrap<{ events: unknown[] }>(await backend.call('attempts.get', { attemptId }));
    expect(stored.events).toHaveLength(1); // attempt/started only
    expect(unwrap(await backend.call('attempts.append', { attemptId, seq: 1, event: { type: 'browser/reloaded' } }))).toEqual({ seq: 1 });
  });

  test('an attempt stops taking events at 4 MiB, says so, and keeps what it holds; a restarted trainer counts from the store', async () => {
    const backend = openBackend();
    const attemptId = await start(backend);
    const event = bulkyForm(16);
    expect(JSON.stringify(event).length).toBeLessThanOrEqual(MAX_EVENT_BYTES);
    let seq = 1;
    for (; seq * JSON.stringify(event).length <= MAX_ATTEMPT_BYTES - 70_000; seq += 1) {
      unwrap(await backend.call('attempts.append', { attemptId, seq, event }));
    }
    backend.close();

    const reopened = openBackend({ dataDir: backend.dataDir });
    let refusal = '';
    for (; refusal === '' && seq < 200; seq += 1) {
      const answer = await reopened.call('attempts.append', { attemptId, seq, event });
      if (!answer.ok) refusal = failure(answer, 'conflict');
    }
    expect(refusal).toMatch(/past the 4096 KiB an attempt may hold\. Finish it and start a new attempt\./);
    const stored = unwrap<{ events: unknown[] }>(await reopened.call('attempts.get', { attemptId }));
    expect(stored.events.length).toBe(seq - 1);
    expect(stored.events.length * JSON.stringify(event).length).toBeLessThanOrEqual(MAX_ATTEMPT_BYTES + 70_000);
  });
});
