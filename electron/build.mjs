// Bundles the Node side: Electron main and preload, and the browser-mode server.
// Native and heavy packages stay external (better-sqlite3 must match the runtime's ABI).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  define: { 'import.meta.dirname': '__dirname' },
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs', packages: 'external' }),
  // A sandboxed preload can require only 'electron', so everything else is bundled in.
  build({ ...common, entryPoints: ['electron/main/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] }),
  build({ ...common, entryPoints: ['electron/server/serve.ts'], outfile: 'dist/electron/serve.cjs', packages: 'external' }),
]);
