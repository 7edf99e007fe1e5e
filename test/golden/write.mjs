#!/usr/bin/env node
// `npm run golden:write`: writes the golden fixture of every built-in scenario version that has none
// (test/fixtures/golden). Existing fixtures are frozen: kept as they are unless `--force` is given.
// The writer is TypeScript (write-golden.ts); esbuild bundles it into dist/ first, as the app's build does.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const outfile = join(root, 'dist', 'golden', 'write-golden.mjs');
await build({
  entryPoints: [join(root, 'test', 'golden', 'write-golden.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const { writeGoldenFixtures } = await import(pathToFileURL(outfile).href);
process.exitCode = await writeGoldenFixtures({ root, args: process.argv.slice(2), log: (line) => console.log(line) });
