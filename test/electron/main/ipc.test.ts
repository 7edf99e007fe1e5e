import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/backend/types';
import { registerTrainerIpc } from '../../../electron/main/ipc';
import { resolveAppPaths } from '../../../electron/main/paths';
import { ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const paths = resolveAppPaths({ bundleDir: '/opt/nextgen-trainer/dist/electron', isPackaged: false, resourcesPath: undefined });
const appPageUrl = `${pathToFileURL(paths.indexHtml).href}#/scenarios`;

const backend = {
  call: vi.fn<Backend['call']>(async () => ({ ok: true, value: { version: '0.1.0' } })),
  close: vi.fn(),
};

function invoke(payload: unknown, senderUrl: string | null = appPageUrl) {
  const handler = ipcMain.handlers.get('trainer:call');
  if (!handler) throw new Error('trainer:call is not registered');
  const event = { senderFrame: senderUrl === null ? null : { url: senderUrl } };
  return (handler as (event: unknown, payload: unknown) => Promise<unknown>)(event, payload);
}

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  registerTrainerIpc(backend, paths);
});

describe("the 'trainer:call' channel", () => {
  it('is the one channel registered, with ipcMain.handle', () => {
    expect(ipcMain.handle).toHaveBeenCalledOnce();
    expect([...ipcMain.handlers.keys()]).toEqual(['trainer:call']);
  });

  it('passes a valid call from the app page through to the backend and returns its answer', async () => {
    const answer = await invoke({ method: 'app.info', input: {} });
    expect(backend.call).toHaveBeenCalledWith('app.info', {});
    expect(answer).toEqual({ ok: true, value: { version: '0.1.0' } });
  });

  it('leaves judging the input to the backend, which checks it against the contract', async () => {
    await invoke({ method: 'scenarios.get' });
    await invoke({ method: 'scenarios.get', input: { id: '../../etc' } });
    expect(backend.call.mock.calls).toEqual([
      ['scenarios.get', undefined],
      ['scenarios.get', { id: '../../etc' }],
    ]);
  });

  it("returns the backend's own error values unchanged (e.g. an unknown method)", async () => {
    backend.call.mockResolvedValueOnce({ ok: false, error: { code: 'unknown-method', message: 'No method nope.' } });
    expect(await invoke({ method: 'nope', input: {} })).toEqual({ ok: false, error: { code: 'unknown-method', message: 'No method nope.' } });
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['another local file', 'file:///tmp/index.html'],
    ['an asset of the app that is not its page', pathToFileURL(`${paths.rendererDir}/assets/x.html`).href],
    ['a frame that is gone', null],
  ])('refuses a call from %s with a clear error and never reaches the backend', async (_label, url) => {
    const answer = await invoke({ method: 'app.info', input: {} }, url);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'bad-input', message: expect.stringMatching(/^Refused: trainer:call only answers the NextGen Trainer page/) },
    });
    expect(backend.call).not.toHaveBeenCalled();
  });

  it.each([
    ['a string', 'app.info', 'payload: '],
    ['null', null, 'payload: '],
    ['no method', { input: {} }, 'payload.method'],
    ['a numeric method', { method: 42, input: {} }, 'payload.method'],
    ['an empty method', { method: '', input: {} }, 'payload.method: must not be empty'],
    ['an extra key', { method: 'app.info', input: {}, as: 'admin' }, 'payload'],
  ])('rejects a malformed payload (%s) with a path-precise message', async (_label, payload, mentions) => {
    const answer = (await invoke(payload)) as { ok: boolean; error: { code: string; message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('bad-input');
    expect(answer.error.message).toContain('Malformed trainer:call payload, expected { method, input }');
    expect(answer.error.message).toContain(mentions);
    expect(backend.call).not.toHaveBeenCalled();
  });

  it('turns a backend that throws into an internal error value instead of a rejected promise', async () => {
    backend.call.mockRejectedValueOnce(new Error('SQLITE_CORRUPT'));
    const answer = await invoke({ method: 'attempts.list', input: {} });
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('attempts.list failed') } });
    expect(JSON.stringify(answer)).not.toContain('SQLITE_CORRUPT');
  });
});
