import { join, resolve } from 'node:path';

/** Where the desktop app finds its own files. Every path is derived from the bundle's folder. */
export interface AppPaths {
  /** Folder of the running main bundle: `<app>/dist/electron`. */
  bundleDir: string;
  /** Built renderer folder (vite output): `<app>/dist/renderer`. The only folder the window may load from. */
  rendererDir: string;
  /** `<app>/dist/renderer/index.html`, the one page the window shows. */
  indexHtml: string;
  /** `<app>/dist/electron/preload.cjs`, bundled by electron/build.mjs. */
  preload: string;
  /** Built-in scenario packs and courts catalog. */
  scenariosDir: string;
}

export interface PathInputs {
  bundleDir: string;
  /** `app.isPackaged`: in a packaged app the scenarios ship as extraResources outside the asar. */
  isPackaged: boolean;
  /** `process.resourcesPath` (only meaningful when packaged). */
  resourcesPath: string | undefined;
}

/**
 * Resolves the app's files relative to the bundle, so the same code works from
 * the repo (`dist/electron/main.cjs`) and inside a packaged asar
 * (`resources/app.asar/dist/electron/main.cjs`). Only the scenarios differ:
 * electron-builder copies `scenarios/` to `resources/scenarios` (extraResources).
 */
export function resolveAppPaths({ bundleDir, isPackaged, resourcesPath }: PathInputs): AppPaths {
  const dir = resolve(bundleDir);
  const rendererDir = resolve(dir, '..', 'renderer');
  const appRoot = resolve(dir, '..', '..');
  const scenariosDir = isPackaged && resourcesPath ? join(resourcesPath, 'scenarios') : join(appRoot, 'scenarios');
  return {
    bundleDir: dir,
    rendererDir,
    indexHtml: join(rendererDir, 'index.html'),
    preload: join(dir, 'preload.cjs'),
    scenariosDir,
  };
}
