// Lint, and the import boundaries between layers (see STYLE.md):
// shared/ is pure (no Node, no DOM, no clock or randomness), renderer/ never
// reaches into electron/ or Node, electron/ may use Node.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const boundary = (groups) => ({
  'no-restricted-imports': ['error', { paths: nodeModules.map((name) => ({ name, message: 'This layer may not use Node APIs.' })), patterns: groups }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...boundary([
        { group: ['**/renderer/**', '**/electron/**', 'electron', 'react', 'react-dom', 'zustand'], message: 'shared/ is the pure core: it imports neither hosts nor UI.' },
      ]),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'fetch', 'process', 'Buffer', 'require', '__dirname', 'setTimeout', 'setInterval', 'crypto'].map(
          (name) => ({ name, message: 'shared/ may not use DOM or Node globals.' }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The model has its own clock: no real time in shared/.' },
        { object: 'Math', property: 'random', message: 'The model is deterministic: no randomness in shared/.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The model has its own clock: no real time in shared/.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: boundary([
      { group: ['**/electron/**', 'electron', 'better-sqlite3', 'fastify'], message: 'renderer/ talks to the backend only through the API transport.' },
    ]),
  },
  {
    files: ['electron/**/*.{ts,mjs,js}', 'test/**/*.{ts,tsx,mjs}', '*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['electron/main/preload.ts'],
    rules: boundary([{ group: ['**/backend/**', '**/store/**', '**/server/**'], message: 'The sandboxed preload may only bridge IPC.' }]),
  },
);
