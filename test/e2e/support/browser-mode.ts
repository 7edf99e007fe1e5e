import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
const SERVE = join(ROOT, 'dist', 'electron', 'serve.cjs');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface RunningTrainer {
  /** The launch URL printed by the server, token included. */
  url: string;
  origin: string;
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts browser mode exactly as `npm run serve` does, on a free port with a fresh data folder. */
export async function startTrainer(dataDir = mkdtempSync(join(tmpdir(), 'trainer-e2e-'))): Promise<RunningTrainer> {
  if (!existsSync(SERVE)) throw new Error('dist/electron/serve.cjs is missing: run `npm run build` first (npm test does).');
  const child: ChildProcess = spawn(process.execPath, [SERVE, '--port', '0', '--data', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 30_000);
    const poll = setInterval(() => {
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve(match[1]);
      }
    }, 50);
    child.on('exit', (code) => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(new Error(`browser mode exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The launch URL with a deep link, e.g. `#/play/cmecf-link-bankruptcy?mode=assess`. */
export function deepLink(trainer: RunningTrainer, hash: string): string {
  const url = new URL(trainer.url);
  url.hash = hash;
  return url.toString();
}
