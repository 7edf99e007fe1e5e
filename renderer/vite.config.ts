import { defineConfig } from 'vite';

// Builds the renderer into dist/renderer with relative asset paths, so the
// same files load from the packaged app and from the browser-mode server.
// JSX goes through esbuild's automatic runtime; no React plugin is needed.
// This file runs in Node, so it is type-checked apart from the renderer (see renderer/tsconfig.json).
const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: `${here}/../dist/renderer`,
    emptyOutDir: true,
    target: 'es2022',
    // Hidden: the map is written for debugging a build, but the bundle does not point to it and the server does not serve it.
    sourcemap: 'hidden',
    // Every asset is a file next to index.html: nothing inlined as a data: script, nothing fetched.
    assetsInlineLimit: 0,
    // One stylesheet, loaded with the first screen, in the order of renderer/app/stylesheet.ts.
    cssCodeSplit: false,
    // The first chunk holds the scenario list; each later screen, the simulated sites and the
    // model are chunks loaded by import() when opened (renderer/app/routes.tsx). A chunk of the
    // model may be large: it is read from disk, never downloaded.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      onwarn(warning, warn) {
        // Harmless for this bundle: React Router's "use client" and zod's comment placement.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
  server: { host: '127.0.0.1', strictPort: true },
});
