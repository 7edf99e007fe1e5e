import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../../electron/store/database';
import { tempDir } from '../support/backend';

const repo = join(import.meta.dirname, '..', '..', '..');
let appRoot = '';
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/**
 * An app folder laid out like the real one (dist/electron/serve.cjs bundled
 * as electron/build.mjs does, scenarios/, package.json, dist/renderer), so
 * the CLI finds everything relative to its own bundle.
 */
beforeAll(async () => {
  appRoot = join(mkdtempSync(join(tmpdir(), 'ngt-app-')), 'app');
  mkdirSync(join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>NextGen Trainer</title>');
  copyFileSync(join(repo, 'package.json'), join(appRoot, 'package.json'));
  symlinkSync(join(repo, 'scenarios'), join(appRoot, 'scenarios'), 'junction');
  symlinkSync(join(repo, 'node_modules'), join(appRoot, 'node_modules'), 'junction');
  await build({
    entryPoints: [join(repo, 'electron', 'server', 'serve.ts')],
    outfile: join(appRoot, 'dist', 'electron', 'serve.cjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'silent',
    define: { 'import.meta.dirname': '__dirname' },
  });
}, 60_000);
afterAll(() => rmSync(join(appRoot, '..'), { recursive: true, force: true }));

/**
 * Runs serve as a user whom file permissions bind: as root (CI), without the
 * capability that lets root write a write-protected file.
 */
const asBoundByPermissions = (command: string[]): string[] =>
  process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', ...command] : command;

function serve(args: string[], wrap: (command: string[]) => string[] = (command) => command) {
  const [program, ...rest] = wrap([process.execPath, join(appRoot, 'dist', 'electron', 'serve.cjs'), ...args]);
  const child = spawn(program!, rest, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const running = async (): Promise<string> => {
    for (let waited = 0; waited < 15_000; waited += 50) {
      const match = /NextGen Trainer is running at (\S+)/.exec(stdout);
      if (match?.[1]) return match[1];
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`serve did not start.\nstdout: ${stdout}\nstderr: ${stderr}`);
  };
  return { child, running, exited, output: () => ({ stdout, stderr }) };
}

describe('npm run serve (dist/electron/serve.cjs)', () => {
  test('prints one line with the address, serves the API and the screens, and closes cleanly on SIGTERM', async () => {
    const dataDir = join(tempDir(), 'data');
    const server = serve(['--port', '0', '--data', dataDir]);
    const url = new URL(await server.running());
    expect(url.hostname).toBe('127.0.0.1');
    const token = url.searchParams.get('token') ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes

    const info = await fetch(new URL('/api/app.info', url), { method: 'POST', headers: { 'x-trainer-token': token, 'content-type': 'application/json' }, body: '{}' });
    expect(await info.json()).toMatchObject({ ok: true, value: { host: 'browser', dataDir, storageNotice: null, scenarioProblems: [] } });
    const list = await fetch(new URL('/api/scenarios.list', url), { method: 'POST', headers: { 'x-trainer-token': token, 'content-type': 'application/json' }, body: '{}' });
    expect(await list.json()).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ id: 'cmecf-link-bankruptcy' })]) });
    expect(await (await fetch(new URL('/', url))).text()).toContain('<title>NextGen Trainer</title>');

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output().stdout.trim().split('\n')).toEqual([`NextGen Trainer is running at ${url.href}`]);
    expect(server.output().stderr).toBe('');
    expect(existsSync(join(dataDir, 'trainer.db-wal'))).toBe(false); // closed: the log was checkpointed
  }, 30_000);

  test('explains a bad flag and exits with status 2', async () => {
    const server = serve(['--port', 'eighty']);
    expect(await server.exited).toBe(2);
    expect(server.output().stderr).toMatch(/--port must be a whole number from 0 to 65535/);
    expect(server.output().stdout).toBe('');
  }, 30_000);

  test.each([
    ['the file', 0o755],
    ['the file and its folder', 0o555],
  ])('refuses a data file it cannot write (%s write-protected), naming it and what to do, and changes nothing', async (_what, folderMode) => {
    const dataDir = join(tempDir(), 'data');
    mkdirSync(dataDir);
    const file = join(dataDir, 'trainer.db');
    openDatabase(file).db.close();
    const before = readFileSync(file);
    chmodSync(file, 0o444);
    chmodSync(dataDir, folderMode);
    try {
      const server = serve(['--port', '0', '--data', dataDir], asBoundByPermissions);
      expect(await server.exited).toBe(1);
      expect(server.output().stderr).toContain(`The trainer's data file ${file} cannot be written by this user`);
      expect(server.output().stderr).toMatch(/Make the file and its folder writable for this user, or start the trainer with another data folder/);
      expect(server.output().stdout).not.toMatch(/running at/);
      expect(readFileSync(file).equals(before)).toBe(true);
      // Nothing set aside or started anew (SQLite's own -wal/-shm companions may appear beside it when the folder allows).
      expect(readdirSync(dataDir).filter((name) => !/^trainer\.db(-wal|-shm)?$/.test(name))).toEqual([]);
    } finally {
      chmodSync(dataDir, 0o755);
    }
  }, 30_000);

  test('warns when asked to listen beyond this computer', async () => {
    const server = serve(['--port', '0', '--data', join(tempDir(), 'data'), '--host', '0.0.0.0']);
    await server.running();
    expect(server.output().stderr).toMatch(/^Warning: listening on 0\.0\.0\.0/);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
  }, 30_000);
});
