import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// Three suites: unit (model, scoring, store, API: Node), component (screens: jsdom)
// and end-to-end (real Chromium against browser mode). `npm test` runs them all.
export default defineConfig({
  root,
  esbuild: { jsx: 'automatic' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/electron/**/*.test.ts', 'test/scenarios/**/*.test.ts'],
          // A bound, not a wait: generous so that a loaded machine slows a test without failing it.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.tsx', 'test/renderer/**/*.test.ts'],
          setupFiles: ['test/support/component-setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // Each file starts its own trainer (own port, own data folder) and Chromium, so two
          // files run side by side: about a quarter faster on two cores (310 s against 407 s).
          fileParallelism: true,
          maxWorkers: 2,
          // A page waits on the trainer and Chromium, which share the cores with the other file:
          // give every poll room to see the screen change, also with another suite running on the
          // same cores; a passing poll returns at once.
          expect: { poll: { timeout: 30_000 } },
          // After unit and component tests: a project with its own worker count needs its own group.
          sequence: { groupOrder: 1 },
        },
      },
      // Benchmarks run only through `npm run bench`, never in `npm test` or CI.
      ...(process.env.TRAINER_BENCH === '1'
        ? [
            {
              extends: true as const,
              test: {
                name: 'bench',
                environment: 'node',
                include: ['test/bench/**/*.bench.test.ts'],
                testTimeout: 600_000,
                hookTimeout: 180_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
