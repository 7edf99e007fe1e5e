import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type Bridge = { host: string; call: (method: string, input: unknown) => Promise<unknown> };

/** Runs the preload script afresh against fresh fakes, and returns what it exposed. */
async function runPreload() {
  vi.resetModules();
  // The mocked 'electron' (vi.resetModules keeps the mock registry, so this is the preload's one).
  const electron = (await import('electron')) as unknown as typeof FakeElectron;
  await import('../../../electron/main/preload');
  const { contextBridge, ipcRenderer } = electron;
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, bridge] = contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Bridge];
  return { key, bridge, contextBridge, ipcRenderer };
}

beforeEach(() => {
  vi.clearAllMocks();
});

describe('the preload bridge', () => {
  it("exposes exactly { host: 'electron', call } as window.trainer, and not ipcRenderer", async () => {
    const { key, bridge, ipcRenderer } = await runPreload();
    expect(key).toBe('trainer');
    expect(Object.keys(bridge).sort()).toEqual(['call', 'host']);
    expect(bridge.host).toBe('electron');
    expect(typeof bridge.call).toBe('function');
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
    expect(Object.values(bridge)).not.toContain(ipcRenderer.invoke);
  });

  it("forwards call(method, input) to ipcRenderer.invoke('trainer:call', { method, input }) and returns the answer", async () => {
    const { bridge, ipcRenderer } = await runPreload();
    const input = { scenarioId: 'cmecf-link-bankruptcy', mode: 'practice' };
    await expect(bridge.call('attempts.start', input)).resolves.toEqual({ ok: true, value: 'from main' });
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('trainer:call', { method: 'attempts.start', input });
  });

  it('sends nothing until the page calls', async () => {
    const { ipcRenderer } = await runPreload();
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});
