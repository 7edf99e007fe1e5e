import { afterEach, expect, test } from 'vitest';
import { FIRST_SCREEN_ELEMENT_ID, takeFirstScreenAnswers, withFirstScreenAnswers } from '../../../renderer/api/first-screen-answers';
import type { Transport } from '../../../renderer/api/transport';

afterEach(() => document.getElementById(FIRST_SCREEN_ELEMENT_ID)?.remove());

function carry(text: string) {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = FIRST_SCREEN_ELEMENT_ID;
  block.textContent = text;
  document.head.append(block);
}

function backend(): Transport & { calls: string[] } {
  const calls: string[] = [];
  return {
    kind: 'http',
    calls,
    call: async (method) => {
      calls.push(method);
      return { ok: true, value: `from the backend: ${method}` };
    },
  };
}

const listAnswer = { method: 'scenarios.list', input: {}, response: { ok: true, value: ['carried'] } };

test('each carried answer is given once, a lasting one each time, for the same method and input; everything else goes to the backend', async () => {
  const infoAnswer = { method: 'app.info', input: {}, response: { ok: true, value: 'carried info' }, lasting: true };
  carry(JSON.stringify([listAnswer, infoAnswer, { method: 'settings.get', input: { key: 'projector' }, response: { ok: true, value: { value: '150' } } }]));
  const transport = backend();
  const api = withFirstScreenAnswers(transport, takeFirstScreenAnswers(document));
  expect(document.getElementById(FIRST_SCREEN_ELEMENT_ID)).toBeNull();

  expect(await api.call('scenarios.list', {})).toEqual({ ok: true, value: ['carried'] });
  expect(await api.call('settings.get', { key: 'organisation' })).toEqual({ ok: true, value: 'from the backend: settings.get' });
  expect(await api.call('settings.get', { key: 'projector' })).toEqual({ ok: true, value: { value: '150' } });
  expect(await api.call('scenarios.list', {})).toEqual({ ok: true, value: 'from the backend: scenarios.list' });
  expect(await api.call('app.info', {})).toEqual({ ok: true, value: 'carried info' });
  expect(await api.call('app.info', {})).toEqual({ ok: true, value: 'carried info' });
  expect(transport.calls).toEqual(['settings.get', 'scenarios.list']);
  expect(api.kind).toBe('http');
});

test('a page without answers, or with a block that is not what the server writes, asks the backend for everything', async () => {
  expect(takeFirstScreenAnswers(document)).toEqual([]);
  carry('{not json');
  expect(takeFirstScreenAnswers(document)).toEqual([]);
  carry(JSON.stringify([{ method: 'scenarios.list', input: {} }, 'text', listAnswer]));
  expect(takeFirstScreenAnswers(document)).toEqual([listAnswer]);

  const transport = backend();
  expect(withFirstScreenAnswers(transport, [])).toBe(transport);
});
