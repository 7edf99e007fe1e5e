import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';
import type { App, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import type { AppPaths } from './paths';

/**
 * Electron's security checklist, applied once for the session and once for
 * every webContents: no remote content, no permissions, no navigation away
 * from the app's own page, no <webview>, and no new windows except one: the
 * presenter notes of a Watch session, which is the app's own page again.
 */

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const caseInsensitivePaths = process.platform === 'win32' || process.platform === 'darwin';

function samePath(a: string, b: string): boolean {
  return caseInsensitivePaths ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** The local path of a `file:` URL on this machine, or null for anything else (remote hosts included). */
function localPathOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return null;
  try {
    return resolve(fileURLToPath(parsed));
  } catch {
    return null; // e.g. an encoded path separator
  }
}

/** A `file:` URL inside the built renderer folder (the page, its scripts, styles and images). */
export function isAppFileUrl(url: string, paths: Pick<AppPaths, 'rendererDir'>): boolean {
  const path = localPathOf(url);
  if (path === null) return false;
  const root = resolve(paths.rendererDir);
  return samePath(path.slice(0, root.length + 1), root + sep);
}

/** The app's own index.html (any hash or query): the only page the window may show. */
export function isAppIndexUrl(url: string, paths: Pick<AppPaths, 'indexHtml'>): boolean {
  const path = localPathOf(url);
  return path !== null && samePath(path, resolve(paths.indexHtml));
}

const PRESENTER_HASH = /^#\/presenter\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PRESENTER_HASH_MAX = '#/presenter/'.length + 64;

/** The app's own page at `#/presenter/<scenarioId>` (no query, nothing after the id): the one window.open allowed. */
export function isPresenterNotesUrl(url: string, paths: Pick<AppPaths, 'indexHtml'>): boolean {
  if (!isAppIndexUrl(url, paths)) return false;
  const { search, hash } = new URL(url);
  return search === '' && hash.length <= PRESENTER_HASH_MAX && PRESENTER_HASH.test(hash);
}

/** Requests the session lets through: the app's own files, and Chromium's built-in DevTools pages. */
export function isAllowedRequest(url: string, paths: Pick<AppPaths, 'rendererDir'>): boolean {
  return isAppFileUrl(url, paths) || url.startsWith('devtools://');
}

function withPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

/** Session-wide rules: CSP on every response, every non-app request cancelled, every permission denied. */
export function hardenSession(session: Session, paths: Pick<AppPaths, 'rendererDir'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withPolicy(details.responseHeaders) });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, paths);
    if (!allowed) console.warn(`[security] blocked a request outside the app: ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Per-webContents rules: stay on the app's page, attach no <webview>, open no
 * window except the presenter notes, which get `presenterWindow` (the same
 * locked-down webPreferences as the main window). Without it, nothing opens.
 */
export function hardenWebContents(
  contents: WebContents,
  paths: Pick<AppPaths, 'indexHtml'>,
  presenterWindow?: BrowserWindowConstructorOptions,
): void {
  const stayOnAppPage = (event: { url: string; preventDefault(): void }) => {
    if (isAppIndexUrl(event.url, paths)) return;
    event.preventDefault();
    console.warn(`[security] blocked navigation to ${event.url}`);
  };
  contents.on('will-navigate', stayOnAppPage);
  contents.on('will-redirect', stayOnAppPage);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (presenterWindow && isPresenterNotesUrl(url, paths)) return { action: 'allow', overrideBrowserWindowOptions: presenterWindow };
    console.warn(`[security] blocked a new window for ${url}`);
    return { action: 'deny' };
  });
}

/** Applies `hardenWebContents` to every webContents the app ever creates (registered before the first window). */
export function guardAllWebContents(app: App, paths: Pick<AppPaths, 'indexHtml'>, presenterWindow?: BrowserWindowConstructorOptions): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, paths, presenterWindow));
}
