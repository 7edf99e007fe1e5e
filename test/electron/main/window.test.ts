import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveAppPaths } from '../../../electron/main/paths';
import { createMainWindow, lockedDownWebPreferences, presenterWindowOptions } from '../../../electron/main/window';
import { DEFAULT_SIZE, WINDOW_STATE_FILE } from '../../../electron/main/window-state';
import { resetFakeElectron, screen } from './fake-electron';
import type { FakeBrowserWindow } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const paths = resolveAppPaths({ bundleDir: '/opt/nextgen-trainer/dist/electron', isPackaged: false, resourcesPath: undefined });
let userDataDir: string;
let stateFile: string;

function openWindow(hash?: string) {
  return createMainWindow({ paths, userDataDir, hash, devTools: false }) as unknown as FakeBrowserWindow;
}

function savedState(): unknown {
  return JSON.parse(readFileSync(stateFile, 'utf8'));
}

beforeEach(() => {
  resetFakeElectron();
  userDataDir = mkdtempSync(join(tmpdir(), 'ngt-window-'));
  stateFile = join(userDataDir, WINDOW_STATE_FILE);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.useRealTimers();
  rmSync(userDataDir, { recursive: true, force: true });
});

describe('the main window', () => {
  it('is sandboxed and context-isolated, without Node, with only the bundled preload', () => {
    const win = openWindow();
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      preload: join('/opt/nextgen-trainer/dist/electron', 'preload.cjs'),
    });
  });

  it('shares its locked-down webPreferences with the presenter-notes window', () => {
    const win = openWindow();
    expect(win.options.webPreferences).toEqual(lockedDownWebPreferences(paths, false));
    expect(presenterWindowOptions(paths, false)).toMatchObject({
      title: 'Presenter notes — NextGen Trainer',
      webPreferences: win.options.webPreferences,
    });
  });

  it('loads the built renderer next to the bundle, at the deep link hash when there is one', () => {
    const plain = openWindow();
    expect(plain.loadFile).toHaveBeenCalledWith(join('/opt/nextgen-trainer/dist/renderer', 'index.html'), undefined);
    const linked = openWindow('/play/cmecf-link-district?mode=assess');
    expect(linked.loadFile).toHaveBeenCalledWith(paths.indexHtml, { hash: '/play/cmecf-link-district?mode=assess' });
  });

  it('stays hidden until the page is ready, then shows', () => {
    const win = openWindow();
    expect(win.options.show).toBe(false);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledOnce();
  });
});

describe('window size and position', () => {
  it('opens at the default size when nothing was saved', () => {
    const win = openWindow();
    expect(win.options).toMatchObject(DEFAULT_SIZE);
    expect(win.options).not.toHaveProperty('x');
  });

  it('saves the bounds after a move or resize settles, not on every event', () => {
    vi.useFakeTimers();
    const win = openWindow();
    win.moveTo({ x: 200, y: 150, width: 1000, height: 700 });
    win.moveTo({ x: 210, y: 160, width: 1010, height: 710 });
    expect(() => readFileSync(stateFile)).toThrow();
    vi.advanceTimersByTime(600);
    expect(savedState()).toEqual({ x: 210, y: 160, width: 1010, height: 710, isMaximized: false });
  });

  it('saves at once on close, keeping the normal bounds and the maximized state', () => {
    const win = openWindow();
    win.normalBounds = { x: 40, y: 30, width: 1100, height: 750 };
    win.bounds = { x: 0, y: 0, width: 1920, height: 1040 };
    win.maximized = true;
    win.emit('close');
    expect(savedState()).toEqual({ x: 40, y: 30, width: 1100, height: 750, isMaximized: true });
  });

  it('restores a saved state that is on a connected display, maximizing again when it was', () => {
    writeFileSync(stateFile, JSON.stringify({ x: 300, y: 200, width: 1024, height: 768, isMaximized: true }));
    const win = openWindow();
    expect(win.options).toMatchObject({ x: 300, y: 200, width: 1024, height: 768 });
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalledOnce();
    expect(win.show).toHaveBeenCalledOnce();
  });

  it('restores onto a second display when that display is still connected', () => {
    screen.displays = [
      ...screen.displays,
      { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 1024 }, workArea: { x: 1920, y: 0, width: 1280, height: 1000 } },
    ];
    writeFileSync(stateFile, JSON.stringify({ x: 2000, y: 100, width: 900, height: 700, isMaximized: false }));
    expect(openWindow().options).toMatchObject({ x: 2000, y: 100 });
  });

  it('resets to the defaults when the saved position is on a display that is gone', () => {
    writeFileSync(stateFile, JSON.stringify({ x: 2000, y: 100, width: 900, height: 700, isMaximized: true }));
    const win = openWindow();
    expect(screen.getAllDisplays).toHaveBeenCalled();
    expect(win.options).toMatchObject(DEFAULT_SIZE);
    expect(win.options).not.toHaveProperty('x');
    win.emit('ready-to-show');
    expect(win.maximize).not.toHaveBeenCalled();
  });

  it.each([
    ['not JSON', '{"x": 10, "y":'],
    ['a wrong type', JSON.stringify({ x: '10', y: 10, width: 900, height: 700, isMaximized: false })],
    ['a missing field', JSON.stringify({ x: 10, y: 10, width: 900, height: 700 })],
    ['an absurd size', JSON.stringify({ x: 10, y: 10, width: 1e9, height: 700, isMaximized: false })],
  ])('resets to the defaults when the file holds %s, and says why', (_label, text) => {
    writeFileSync(stateFile, text);
    const win = openWindow();
    expect(win.options).toMatchObject(DEFAULT_SIZE);
    expect(win.options).not.toHaveProperty('x');
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining(WINDOW_STATE_FILE));
  });
});
