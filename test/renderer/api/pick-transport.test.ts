import { expect, test } from 'vitest';
import { pickTransport } from '../../../renderer/api/pick-transport';

test('picks IPC when the preload exposed window.trainer, HTTP otherwise', () => {
  const bridge = { host: 'electron' as const, call: async () => ({ ok: true as const, value: {} }) };
  expect(pickTransport({ trainer: bridge }).kind).toBe('ipc');
  expect(pickTransport({}).kind).toBe('http');
});
