import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module, used with `vi.mock('electron', ...)`:
 * just enough of app, BrowserWindow, ipcMain, session, screen, dialog, shell,
 * contextBridge and ipcRenderer to drive the main process and the preload
 * without the Electron binary. Each fake records what it was asked to do.
 */

type Rect = { x: number; y: number; width: number; height: number };
type Listener = (...args: never[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows() {
    return FakeBrowserWindow.instances.filter((win) => !win.destroyed);
  }

  readonly webContents = new FakeWebContents();
  bounds: Rect;
  normalBounds: Rect;
  maximized = false;
  minimized = false;
  destroyed = false;
  visible = false;
  readonly loadFile = vi.fn((_path: string, _options?: { hash?: string }) => Promise.resolve());
  readonly show = vi.fn(() => {
    this.visible = true;
  });
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly maximize = vi.fn(() => {
    this.maximized = true;
    this.emit('maximize');
  });

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    const { x = 100, y = 80, width = 800, height = 600 } = options as Partial<Rect>;
    this.bounds = { x, y, width, height };
    this.normalBounds = { ...this.bounds };
    FakeBrowserWindow.instances.push(this);
    // Electron emits 'web-contents-created' for every new webContents.
    app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
  }

  getBounds() {
    return { ...this.bounds };
  }
  getNormalBounds() {
    return { ...this.normalBounds };
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return this.minimized;
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** Test helper: the user drags or resizes the window. */
  moveTo(bounds: Rect) {
    this.bounds = { ...bounds };
    this.normalBounds = { ...bounds };
    this.emit('move');
    this.emit('resize');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  userData = '/tmp/nextgen-trainer-user-data';
  ready = false;
  private readyResolvers: Array<() => void> = [];
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly getVersion = vi.fn(() => '0.1.0-test');
  readonly setPath = vi.fn((name: string, path: string) => {
    if (name !== 'userData') throw new Error(`fake app.setPath: unexpected ${name}`);
    this.userData = path;
  });
  readonly getPath = vi.fn((name: string) => {
    if (name !== 'userData') throw new Error(`fake app.getPath: unexpected ${name}`);
    return this.userData;
  });
  isReady() {
    return this.ready;
  }
  whenReady() {
    return this.ready ? Promise.resolve() : new Promise<void>((resolve) => this.readyResolvers.push(resolve));
  }
  /** Test helper: Electron finished initialising. */
  async becomeReady() {
    this.ready = true;
    for (const resolve of this.readyResolvers.splice(0)) resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

export const app = new FakeApp();

const handlers = new Map<string, Listener>();
export const ipcMain = {
  handlers,
  handle: vi.fn((channel: string, listener: Listener) => {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, listener);
  }),
  removeHandler: vi.fn((channel: string) => {
    handlers.delete(channel);
  }),
};

type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;

export const session = {
  defaultSession: {
    webRequest: {
      beforeRequest: null as RequestListener | null,
      headersReceived: null as HeadersListener | null,
      onBeforeRequest: vi.fn((listener: RequestListener) => {
        session.defaultSession.webRequest.beforeRequest = listener;
      }),
      onHeadersReceived: vi.fn((listener: HeadersListener) => {
        session.defaultSession.webRequest.headersReceived = listener;
      }),
    },
    permissionRequestHandler: null as PermissionRequestHandler | null,
    permissionCheckHandler: null as ((...args: unknown[]) => boolean) | null,
    setPermissionRequestHandler: vi.fn((handler: PermissionRequestHandler) => {
      session.defaultSession.permissionRequestHandler = handler;
    }),
    setPermissionCheckHandler: vi.fn((handler: (...args: unknown[]) => boolean) => {
      session.defaultSession.permissionCheckHandler = handler;
    }),
  },
};

export const screen = {
  displays: [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getAllDisplays: vi.fn(() => screen.displays),
};

export const dialog = { showErrorBox: vi.fn() };
export const shell = { openExternal: vi.fn(() => Promise.resolve()) };

export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(() => Promise.resolve({ ok: true, value: 'from main' })) };

export const BrowserWindow = FakeBrowserWindow;

/** Puts every fake back to its first state (between tests). */
export function resetFakeElectron() {
  FakeBrowserWindow.instances = [];
  app.removeAllListeners();
  app.isPackaged = false;
  app.ready = false;
  app.userData = '/tmp/nextgen-trainer-user-data';
  app.requestSingleInstanceLock.mockReset().mockReturnValue(true);
  handlers.clear();
  session.defaultSession.webRequest.beforeRequest = null;
  session.defaultSession.webRequest.headersReceived = null;
  session.defaultSession.permissionRequestHandler = null;
  session.defaultSession.permissionCheckHandler = null;
  screen.displays = [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
  vi.clearAllMocks();
}

export default { app, BrowserWindow, ipcMain, session, screen, dialog, shell, contextBridge, ipcRenderer };
