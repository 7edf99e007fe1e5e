#!/usr/bin/env node
// `npm start` and `npm run serve`: build if needed, then open the desktop
// window where Electron can run, or browser mode on 127.0.0.1 where it cannot.
// Plain JavaScript on purpose: it runs before anything is compiled.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, mkdirSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const passThrough = args.filter((arg) => arg !== '--browser');

const BUILD_OUTPUTS = ['dist/renderer/index.html', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/serve.cjs'];
const SOURCE_DIRS = ['shared', 'renderer', 'electron'];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfNeeded() {
  const outputs = BUILD_OUTPUTS.map((path) => join(root, path));
  const builtAt = outputs.every(existsSync) ? Math.min(...outputs.map((path) => statSync(path).mtimeMs)) : 0;
  const changedAt = Math.max(...SOURCE_DIRS.map((dir) => newestMtime(join(root, dir))), statSync(join(root, 'package.json')).mtimeMs);
  if (builtAt > changedAt) return;
  console.log('Building NextGen Trainer (first start, or the sources changed)…');
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}

/** Path of the Electron binary, downloading it once if the install step skipped it; null when it cannot run here. */
function electronBinary() {
  const resolve = () => {
    try {
      const path = require('electron');
      return typeof path === 'string' && existsSync(path) ? path : null;
    } catch {
      return null;
    }
  };
  let path = resolve();
  if (path) return path;
  let installer;
  try {
    installer = require.resolve('electron/install.js');
  } catch {
    return null;
  }
  // npm's allowScripts policy skips Electron's download at install time; try it now, briefly.
  const attempt = spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 120_000 });
  if (attempt.status === 0) path = resolve();
  return path;
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/**
 * better-sqlite3 in node_modules is built for Node (tests, browser mode).
 * The desktop window needs a copy built for Electron's ABI; keep it apart so
 * the two never overwrite each other. Packaged apps get theirs from electron-builder.
 */
function electronNativeBinding(electronVersion) {
  const dir = join(root, 'dist', 'electron-native');
  const binding = join(dir, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  const stamp = join(dir, 'electron-version.txt');
  if (existsSync(binding) && existsSync(stamp) && readFileSync(stamp, 'utf8') === electronVersion) return binding;
  console.log(`Building the database module for Electron ${electronVersion} (once)…`);
  mkdirSync(dir, { recursive: true });
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  cpSync(source, join(dir, 'better-sqlite3'), { recursive: true, filter: (path) => !path.includes(`${join('better-sqlite3', 'build')}`) });
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  const result = spawnSync(
    process.execPath,
    [gyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
    { cwd: join(dir, 'better-sqlite3'), stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) return null;
  writeFileSync(stamp, electronVersion);
  return binding;
}

function run(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
}

function serveInBrowser() {
  run(process.execPath, [join(root, 'dist', 'electron', 'serve.cjs'), ...passThrough]);
}

buildIfNeeded();

if (forceBrowser) {
  serveInBrowser();
} else {
  const binary = electronBinary();
  if (!binary) {
    console.log("Electron's desktop binary is not installed on this machine (it could not be downloaded), so NextGen Trainer opens in browser mode instead.");
    serveInBrowser();
  } else if (!hasDisplay()) {
    console.log('No desktop display was found, so NextGen Trainer opens in browser mode instead.');
    serveInBrowser();
  } else {
    const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
    const binding = electronNativeBinding(electronVersion);
    if (!binding) {
      console.log('The database module could not be built for Electron, so NextGen Trainer opens in browser mode instead.');
      serveInBrowser();
    } else {
      run(binary, [root, ...passThrough], { TRAINER_SQLITE_BINDING: binding });
    }
  }
}
