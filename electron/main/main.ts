// Electron main-process entry, bundled to dist/electron/main.cjs by electron/build.mjs
// (there `import.meta.dirname` is the bundle's own folder, dist/electron).
import { startApp } from './app';

startApp(import.meta.dirname);
