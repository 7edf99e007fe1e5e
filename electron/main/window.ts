import { join } from 'node:path';
import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import type { AppPaths } from './paths';
import { MIN_SIZE, WINDOW_STATE_FILE, initialWindowState, trackWindowState } from './window-state';

export interface MainWindowOptions {
  paths: AppPaths;
  /** Electron's userData folder, where window-state.json lives. */
  userDataDir: string;
  /** A renderer hash route to open (from a deep link), without '#'. */
  hash?: string | undefined;
  /** DevTools are available in development, not in the packaged app. */
  devTools: boolean;
}

/** Loads the app's one page, optionally at a hash route. Failures are logged, never thrown. */
export function loadAppPage(win: BrowserWindow, paths: AppPaths, hash?: string): Promise<void> {
  return win.loadFile(paths.indexHtml, hash ? { hash } : undefined).catch((error: unknown) => {
    console.error(`[window] could not load ${paths.indexHtml}: ${String(error)}`);
  });
}

/** Sandboxed, context-isolated, no Node, only the preload bridge: every window of the app gets exactly these. */
export function lockedDownWebPreferences(paths: Pick<AppPaths, 'preload'>, devTools: boolean): WebPreferences {
  return {
    preload: paths.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools,
  };
}

/**
 * The presenter-notes window a Watch session opens (window.open of
 * `#/presenter/<id>`, allowed by security.ts): a second window, for a second
 * screen, locked down like the main one.
 */
export function presenterWindowOptions(paths: Pick<AppPaths, 'preload'>, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    width: 900,
    height: 700,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Presenter notes — NextGen Trainer',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: lockedDownWebPreferences(paths, devTools),
  };
}

/** The main window: sandboxed, context-isolated, no Node, only the preload bridge, restored to where it was. */
export function createMainWindow({ paths, userDataDir, hash, devTools }: MainWindowOptions): BrowserWindow {
  const stateFile = join(userDataDir, WINDOW_STATE_FILE);
  const initial = initialWindowState(stateFile, screen.getAllDisplays());
  const win = new BrowserWindow({
    ...initial.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'NextGen Trainer',
    backgroundColor: '#ffffff',
    webPreferences: lockedDownWebPreferences(paths, devTools),
  });
  trackWindowState(win, stateFile);
  win.once('ready-to-show', () => {
    if (initial.isMaximized) win.maximize();
    win.show();
  });
  void loadAppPage(win, paths, hash);
  return win;
}
