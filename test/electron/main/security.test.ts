import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, guardAllWebContents, hardenSession, isAppFileUrl, isPresenterNotesUrl } from '../../../electron/main/security';
import { lockedDownWebPreferences, presenterWindowOptions } from '../../../electron/main/window';
import { resolveAppPaths } from '../../../electron/main/paths';
import { FakeBrowserWindow, app, resetFakeElectron, session, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const paths = resolveAppPaths({ bundleDir: '/opt/nextgen-trainer/dist/electron', isPackaged: false, resourcesPath: undefined });
const indexUrl = pathToFileURL(paths.indexHtml).href;
const assetUrl = pathToFileURL(`${paths.rendererDir}/assets/index-abc123.js`).href;

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

function requestOutcome(url: string): { cancel?: boolean } {
  const listener = session.defaultSession.webRequest.beforeRequest;
  if (!listener) throw new Error('no onBeforeRequest listener was installed');
  let outcome: { cancel?: boolean } | undefined;
  listener({ url }, (response) => (outcome = response));
  if (!outcome) throw new Error('the listener did not answer');
  return outcome;
}

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('every webContents is guarded (web-contents-created)', () => {
  beforeEach(() => guardAllWebContents(app as never, paths));

  it('prevents navigation to an outside URL and allows the app page itself', () => {
    const { webContents } = new FakeBrowserWindow({});
    for (const url of ['https://pacer.uscourts.gov/', 'file:///etc/passwd', 'http://127.0.0.1:8080/', `${assetUrl}`]) {
      const event = navigationEvent(url);
      webContents.emit('will-navigate', event, url);
      expect(event.preventDefault, url).toHaveBeenCalledOnce();
    }
    const ownPage = navigationEvent(`${indexUrl}#/play/cmecf-link-bankruptcy?mode=practice`);
    webContents.emit('will-navigate', ownPage);
    expect(ownPage.preventDefault).not.toHaveBeenCalled();
  });

  it('prevents redirects away from the app', () => {
    const { webContents } = new FakeBrowserWindow({});
    const event = navigationEvent('https://example.com/login');
    webContents.emit('will-redirect', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies window.open without handing the URL to the system browser', () => {
    const { webContents } = new FakeBrowserWindow({});
    expect(webContents.windowOpenHandler?.({ url: 'https://pacer.uscourts.gov/' })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler?.({ url: indexUrl })).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('without presenter-window options, denies even the presenter notes', () => {
    const { webContents } = new FakeBrowserWindow({});
    expect(webContents.windowOpenHandler?.({ url: `${indexUrl}#/presenter/cmecf-link-bankruptcy` })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    const { webContents } = new FakeBrowserWindow({});
    const event = { preventDefault: vi.fn() };
    webContents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('the presenter-notes window (Watch mode)', () => {
  const presenterWindow = presenterWindowOptions(paths, false);
  beforeEach(() => guardAllWebContents(app as never, paths, presenterWindow));

  it('opens the app page at #/presenter/<scenarioId> as a second window, locked down like the main one', () => {
    const { webContents } = new FakeBrowserWindow({});
    const answer = webContents.windowOpenHandler?.({ url: `${indexUrl}#/presenter/cmecf-link-bankruptcy` });
    expect(answer).toEqual({ action: 'allow', overrideBrowserWindowOptions: presenterWindow });
    expect(presenterWindow.webPreferences).toEqual(lockedDownWebPreferences(paths, false));
    expect(presenterWindow.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('keeps every other window.open denied', () => {
    const { webContents } = new FakeBrowserWindow({});
    for (const url of [
      indexUrl,
      `${indexUrl}#/play/cmecf-link-bankruptcy?mode=watch`,
      `${indexUrl}#/presenter/`,
      `${indexUrl}#/presenter/Bad_Id`,
      `${indexUrl}#/presenter/cmecf-link-bankruptcy/extra`,
      `${indexUrl}#/presenter/cmecf-link-bankruptcy?x=1`,
      `${indexUrl}?token=1#/presenter/cmecf-link-bankruptcy`,
      `${indexUrl}#/presenter/${'a'.repeat(65)}`,
      `${assetUrl}#/presenter/cmecf-link-bankruptcy`,
      'https://pacer.uscourts.gov/#/presenter/cmecf-link-bankruptcy',
      'file:///etc/passwd#/presenter/cmecf-link-bankruptcy',
    ]) {
      expect(webContents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
      expect(isPresenterNotesUrl(url, paths), url).toBe(false);
    }
  });
});

describe('the session', () => {
  beforeEach(() => hardenSession(session.defaultSession as never, paths));

  it('cancels every remote request and lets the app files through', () => {
    expect(requestOutcome('https://fonts.googleapis.com/css')).toEqual({ cancel: true });
    expect(requestOutcome('http://localhost:5173/')).toEqual({ cancel: true });
    expect(requestOutcome('ws://127.0.0.1:9222/')).toEqual({ cancel: true });
    expect(requestOutcome('file://fileserver/share/index.html')).toEqual({ cancel: true });
    expect(requestOutcome('file:///home/someone/.ssh/id_rsa')).toEqual({ cancel: true });
    expect(requestOutcome(pathToFileURL('/opt/nextgen-trainer/dist/renderer-evil/x.js').href)).toEqual({ cancel: true });
    expect(requestOutcome(indexUrl)).toEqual({ cancel: false });
    expect(requestOutcome(assetUrl)).toEqual({ cancel: false });
  });

  it('does not let a path with .. escape the renderer folder', () => {
    expect(isAppFileUrl(`${pathToFileURL(paths.rendererDir).href}/../electron/main.cjs`, paths)).toBe(false);
    expect(isAppFileUrl(`${pathToFileURL(paths.rendererDir).href}/%2E%2E/electron/main.cjs`, paths)).toBe(false);
  });

  it('adds the strict Content-Security-Policy to every response, replacing any other', () => {
    const listener = session.defaultSession.webRequest.headersReceived;
    let headers: Record<string, string[]> | undefined;
    listener?.({ url: indexUrl, responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } }, (r) => {
      headers = r.responseHeaders;
    });
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('denies every permission request and permission check', () => {
    const granted: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      session.defaultSession.permissionRequestHandler?.({}, permission, (answer) => granted.push(answer));
    }
    expect(granted).toEqual([false, false, false, false, false]);
    expect(session.defaultSession.permissionCheckHandler?.({}, 'media', indexUrl, {})).toBe(false);
  });
});
