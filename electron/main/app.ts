import { resolve } from 'node:path';
import { BrowserWindow, app, dialog, session } from 'electron';
import { createBackend } from '../backend/backend';
import type { Backend } from '../backend/types';
import { parseDeepLink } from './deep-link';
import { registerTrainerIpc } from './ipc';
import { resolveAppPaths } from './paths';
import { guardAllWebContents, hardenSession } from './security';
import { createMainWindow, loadAppPage, presenterWindowOptions } from './window';

/**
 * The desktop app's life: one instance, one hardened window, one backend
 * behind one IPC channel. `bundleDir` is the folder of the running main
 * bundle (dist/electron); every other path is derived from it.
 */
export function startApp(bundleDir: string, argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): void {
  // A separate data folder (tests, a portable copy on a classroom machine). Set before the
  // single-instance lock, which is held per data folder.
  if (env.TRAINER_USER_DATA) app.setPath('userData', resolve(env.TRAINER_USER_DATA));
  if (!app.requestSingleInstanceLock()) {
    // Another NextGen Trainer is running: it receives our arguments ('second-instance') and comes forward.
    app.quit();
    return;
  }

  const paths = resolveAppPaths({ bundleDir, isPackaged: app.isPackaged, resourcesPath: process.resourcesPath });
  let mainWindow: BrowserWindow | null = null;
  let backend: Backend | null = null;
  let removeIpc: (() => void) | null = null;

  app.enableSandbox();
  guardAllWebContents(app, paths, presenterWindowOptions(paths, !app.isPackaged));

  const openWindow = (hash?: string) => {
    mainWindow = createMainWindow({ paths, userDataDir: app.getPath('userData'), hash, devTools: !app.isPackaged });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    return mainWindow;
  };

  app.on('second-instance', (_event, secondArgv) => {
    const link = parseDeepLink(secondArgv);
    if (!app.isReady()) return;
    if (mainWindow === null || mainWindow.isDestroyed()) {
      openWindow(link?.hash);
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    if (link) void loadAppPage(mainWindow, paths, link.hash);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    removeIpc?.();
    backend?.close();
    backend = null;
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, paths);
      const created = createBackend({
        dataDir: app.getPath('userData'),
        scenariosDir: paths.scenariosDir,
        host: 'electron',
        version: app.getVersion(),
      });
      backend = created;
      removeIpc = registerTrainerIpc(created, paths);
      openWindow(parseDeepLink(argv)?.hash);
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('[app] could not start:', error);
      dialog.showErrorBox('NextGen Trainer could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
