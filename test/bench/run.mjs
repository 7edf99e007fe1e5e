#!/usr/bin/env node
// `npm run bench`: benchmarks are not part of `npm test` or CI's pass/fail.
// Each prints "[bench] subject: … vs baseline: … = N.NNx", both measured in this run.
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const result = spawnSync(
  process.platform === 'win32' ? 'npx.cmd' : 'npx',
  ['vitest', 'run', '--config', 'test/vitest.config.ts', '--project', 'bench', '--reporter=default'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TRAINER_BENCH: '1' } },
);
process.exit(result.status ?? 1);
