import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../../electron/backend/backend';
import { startApp } from '../../../electron/main/app';
import { FakeBrowserWindow, app, dialog, ipcMain, resetFakeElectron, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));
vi.mock('../../../electron/backend/backend', () => ({ createBackend: vi.fn() }));

const BUNDLE_DIR = resolve('/opt/nextgen-trainer/dist/electron');
const INDEX_HTML = join('/opt/nextgen-trainer/dist/renderer', 'index.html');
const backend = { call: vi.fn(async () => ({ ok: true as const, value: 'answer' })), close: vi.fn() };
const createBackendMock = vi.mocked(createBackend);
let userData: string;

async function startPrimary(argv: string[] = ['electron', '.'], env: NodeJS.ProcessEnv = {}) {
  startApp(BUNDLE_DIR, argv, env);
  await app.becomeReady();
  const [win] = FakeBrowserWindow.instances;
  if (!win) throw new Error('no window was created');
  return win;
}

beforeEach(() => {
  resetFakeElectron();
  userData = mkdtempSync(join(tmpdir(), 'ngt-app-'));
  app.userData = userData;
  createBackendMock.mockReset().mockReturnValue(backend);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  rmSync(userData, { recursive: true, force: true });
  Reflect.deleteProperty(process, 'resourcesPath');
});

describe('single instance', () => {
  it('a second launch quits itself without opening a window or the database', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    startApp(BUNDLE_DIR, ['electron', '.'], {});
    await app.becomeReady();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(createBackendMock).not.toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('the running instance restores and focuses its window when another launch is attempted', async () => {
    const win = await startPrimary();
    win.minimized = true;
    app.emit('second-instance', {}, ['electron', '.'], process.cwd(), {});
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalledOnce();
    expect(win.loadFile).toHaveBeenCalledOnce(); // the first load only: nothing reloaded
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it("the running instance opens the second launch's deep link in its window", async () => {
    const win = await startPrimary();
    app.emit('second-instance', {}, ['electron', '.', '--scenario=pacer-upgrade-legacy', '--mode=assess'], process.cwd(), {});
    expect(win.focus).toHaveBeenCalledOnce();
    expect(win.loadFile).toHaveBeenLastCalledWith(INDEX_HTML, { hash: '/play/pacer-upgrade-legacy?mode=assess' });
  });
});

describe('startup', () => {
  it('creates the backend in userData with the built-in scenarios next to the app', async () => {
    await startPrimary();
    expect(createBackendMock).toHaveBeenCalledExactlyOnceWith({
      dataDir: userData,
      scenariosDir: join('/opt/nextgen-trainer', 'scenarios'),
      host: 'electron',
      version: '0.1.0-test',
    });
  });

  it('uses the data folder named by TRAINER_USER_DATA, set before taking the single-instance lock', async () => {
    const elsewhere = join(userData, 'classroom-copy');
    await startPrimary(['electron', '.'], { TRAINER_USER_DATA: elsewhere });
    expect(app.setPath).toHaveBeenCalledWith('userData', elsewhere);
    expect(app.setPath.mock.invocationCallOrder[0]).toBeLessThan(app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0);
    expect(createBackendMock.mock.calls[0]?.[0].dataDir).toBe(elsewhere);
  });

  it('in a packaged app reads the scenarios from resources/scenarios (extraResources)', async () => {
    app.isPackaged = true;
    Object.defineProperty(process, 'resourcesPath', { value: '/opt/NextGen Trainer/resources', configurable: true });
    const win = await startPrimary();
    expect(createBackendMock.mock.calls[0]?.[0].scenariosDir).toBe(join('/opt/NextGen Trainer/resources', 'scenarios'));
    expect(win.options.webPreferences?.devTools).toBe(false);
  });

  it('hardens the session and every webContents before the window loads, with the sandbox forced on', async () => {
    const win = await startPrimary();
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledOnce();
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    const outside = { url: 'https://pacer.uscourts.gov/', preventDefault: vi.fn() };
    win.webContents.emit('will-navigate', outside);
    expect(outside.preventDefault).toHaveBeenCalledOnce();
    expect(win.webContents.windowOpenHandler?.({ url: 'https://pacer.uscourts.gov/' })).toEqual({ action: 'deny' });
  });

  it('lets a Watch session open its presenter notes as a second locked-down window, and nothing else', async () => {
    const win = await startPrimary();
    const presenter = win.webContents.windowOpenHandler?.({ url: `${pathToFileURL(INDEX_HTML).href}#/presenter/cmecf-link-bankruptcy` });
    expect(presenter).toMatchObject({
      action: 'allow',
      overrideBrowserWindowOptions: { webPreferences: { ...win.options.webPreferences } },
    });
    expect(win.webContents.windowOpenHandler?.({ url: `${pathToFileURL(INDEX_HTML).href}#/play/cmecf-link-bankruptcy` })).toEqual({
      action: 'deny',
    });
  });

  it('serves the backend on trainer:call to the app page', async () => {
    await startPrimary();
    const handler = ipcMain.handlers.get('trainer:call') as (event: unknown, payload: unknown) => Promise<unknown>;
    const event = { senderFrame: { url: `${pathToFileURL(INDEX_HTML).href}#/` } };
    expect(await handler(event, { method: 'app.info', input: {} })).toEqual({ ok: true, value: 'answer' });
    expect(backend.call).toHaveBeenCalledWith('app.info', {});
  });

  it('opens a --scenario/--mode deep link from the command line', async () => {
    const win = await startPrimary(['electron', '.', '--scenario=cmecf-link-appellate', '--mode=practice']);
    expect(win.loadFile).toHaveBeenCalledExactlyOnceWith(INDEX_HTML, { hash: '/play/cmecf-link-appellate?mode=practice' });
  });

  it('ignores a deep link whose id is not a scenario id and opens at home', async () => {
    const win = await startPrimary(['electron', '.', '--scenario=../../etc/passwd']);
    expect(win.loadFile).toHaveBeenCalledExactlyOnceWith(INDEX_HTML, undefined);
  });

  it('shows a plain error and exits when the backend cannot start', async () => {
    createBackendMock.mockImplementation(() => {
      throw new Error('The database file is from a newer version of NextGen Trainer.');
    });
    startApp(BUNDLE_DIR, ['electron', '.'], {});
    await app.becomeReady();
    expect(dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith(
      'NextGen Trainer could not start',
      'The database file is from a newer version of NextGen Trainer.',
    );
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});

describe('shutdown', () => {
  it('closes the backend and removes the IPC handler when the app quits', async () => {
    await startPrimary();
    app.emit('will-quit', { preventDefault() {} });
    expect(backend.close).toHaveBeenCalledOnce();
    expect(ipcMain.handlers.has('trainer:call')).toBe(false);
  });

  it('quits when the last window closes (except on macOS, where apps stay open)', async () => {
    await startPrimary();
    app.emit('window-all-closed');
    if (process.platform === 'darwin') expect(app.quit).not.toHaveBeenCalled();
    else expect(app.quit).toHaveBeenCalledOnce();
  });
});
