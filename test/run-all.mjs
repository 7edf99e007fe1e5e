#!/usr/bin/env node
// `npm test`: the whole suite, in the order a failure is cheapest to find:
// type-check each layer, lint (with the import boundaries), build, then
// unit + component + end-to-end tests. Ends with one plain line
// "N passed, N failed" summing every check and every test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let passed = 0;
let failed = 0;
let skipped = 0;

/**
 * The end-to-end tests drive Debian's Chromium (Playwright cannot download
 * browsers here). Install it when missing and we are allowed to.
 */
function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.log(`Chromium was not found at ${path}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
    return;
  }
  console.log("Installing Debian's Chromium for the end-to-end tests…");
  spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
}

function step(title, command, commandArgs) {
  console.log(`\n== ${title}`);
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`== ${title}: ${ok ? 'passed' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/** Runs a command with its output captured, for checks that run side by side. */
function captured(title, command, commandArgs) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, commandArgs, { cwd: root, env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += `${error.message}\n`));
    child.on('close', (status) => resolve({ title, ok: status === 0, output, seconds: (Date.now() - started) / 1000 }));
  });
}

/**
 * The type-checks and the lint read the sources only, so they run side by
 * side (one per core); each one's output is printed whole, in order.
 */
async function parallelChecks(checks) {
  const results = new Array(checks.length);
  let next = 0;
  const worker = async () => {
    while (next < checks.length) {
      const index = next++;
      const [title, command, commandArgs] = checks[index];
      results[index] = await captured(title, command, commandArgs);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), checks.length)) }, worker));
  for (const result of results) {
    console.log(`\n== ${result.title}`);
    if (result.output.trim()) process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
    console.log(`== ${result.title}: ${result.ok ? 'passed' : 'FAILED'} (${result.seconds.toFixed(1)} s)`);
    if (result.ok) passed += 1;
    else failed += 1;
  }
}

ensureChromium();

await parallelChecks([
  ...['shared', 'renderer', 'electron', 'test'].map((layer) => [`type-check ${layer}/`, npx, ['tsc', '-p', layer]]),
  ['lint and import boundaries', npx, ['eslint', '.']],
]);
const built = step('build (renderer and Electron bundles)', npm, ['run', '--silent', 'build']);
if (built) passed += 1;
else failed += 1;

const reportDir = mkdtempSync(join(tmpdir(), 'trainer-vitest-'));
const reportFile = join(reportDir, 'report.json');
const projects = built ? [] : ['--project', 'unit', '--project', 'component'];
const testsPassed = step('tests (unit, component, end-to-end)', npx, [
  'vitest',
  'run',
  '--config',
  'test/vitest.config.ts',
  ...projects,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
]);

if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A file that failed to load has no tests to count; it still fails the run.
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
  failed += brokenFiles.length;
  for (const file of brokenFiles) console.log(`failed to run: ${file.name}\n${file.message}`);
} else {
  console.log('The test runner produced no report.');
  failed += 1;
}
// The runner can fail outside any test (a configuration error, an unhandled error): it still fails the run.
if (!testsPassed && failed === 0) {
  console.log('The test runner failed without a failing test: see its errors above.');
  failed += 1;
}
rmSync(reportDir, { recursive: true, force: true });

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
