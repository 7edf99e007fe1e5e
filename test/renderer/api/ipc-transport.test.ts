import { expect, test } from 'vitest';
import { createIpcTransport } from '../../../renderer/api/ipc-transport';

test('a bridge that throws (e.g. a value IPC cannot clone) becomes an error answer', async () => {
  const transport = createIpcTransport({
    host: 'electron',
    call: async () => {
      throw new Error('An object could not be cloned.');
    },
  });
  expect(transport.kind).toBe('ipc');
  expect(await transport.call('app.info', {})).toEqual({
    ok: false,
    error: { code: 'internal', message: 'The desktop app did not answer app.info: An object could not be cloned.' },
  });
});

test('passes the call and its answer through the preload bridge', async () => {
  const seen: unknown[] = [];
  const transport = createIpcTransport({
    host: 'electron',
    call: async (method, input) => {
      seen.push([method, input]);
      return { ok: true, value: { seq: 3 } };
    },
  });
  expect(await transport.call('attempts.append', { seq: 3 })).toEqual({ ok: true, value: { seq: 3 } });
  expect(seen).toEqual([['attempts.append', { seq: 3 }]]);
});
