// Browser mode: `npm run serve -- --port P --data DIR`. Bundled to dist/electron/serve.cjs.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { createBackend } from '../backend/backend';
import type { Backend } from '../backend/types';
import { parseServeArgs, USAGE } from './cli-options';
import { createHttpServer, type HttpServer } from './http-server';

// Two levels up from this file is the app root both from the source (electron/server)
// and from the bundle (dist/electron, where build.mjs defines import.meta.dirname as __dirname).
const appRoot = resolve(import.meta.dirname, '..', '..');

function appVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(resolve(appRoot, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function main(): Promise<void> {
  const parsed = parseServeArgs(process.argv.slice(2), { platform: process.platform, env: process.env, home: homedir() });
  if (!parsed.ok) {
    console.error(`npm run serve: ${parsed.error}\n\n${USAGE}`);
    process.exit(2);
  }
  const options = parsed.value;
  if (options.help) {
    console.log(USAGE);
    return;
  }
  if (options.hostIsExplicit) {
    console.error(
      `Warning: listening on ${options.host}, not 127.0.0.1: other computers that can reach this address can use the trainer (with the token in the address).`,
    );
  }

  let backend: Backend;
  try {
    backend = createBackend({
      dataDir: resolve(options.dataDir),
      scenariosDir: resolve(appRoot, 'scenarios'),
      host: 'browser',
      version: appVersion(),
    });
  } catch (error) {
    console.error(`NextGen Trainer could not open its data folder ${options.dataDir}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }

  let server: HttpServer;
  try {
    server = await createHttpServer({
      backend,
      rendererDir: resolve(appRoot, 'dist', 'renderer'),
      token: randomBytes(32).toString('base64url'),
      host: options.host,
      port: options.port,
    });
  } catch (error) {
    backend.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'EADDRINUSE') {
      console.error(`Port ${options.port} is already in use. Choose another with --port, or --port 0 for any free port.`);
    } else if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      console.error(`Cannot listen on ${options.host}: this computer has no such address.`);
    } else {
      console.error(`NextGen Trainer could not start its server: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  }

  // Listen for Ctrl+C before announcing the address: a stop right after it must still close cleanly.
  let closing = false;
  const shutDown = () => {
    if (closing) return;
    closing = true;
    server
      .close()
      .catch(() => undefined)
      .finally(() => {
        backend.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', shutDown);
  process.on('SIGTERM', shutDown);

  console.log(`NextGen Trainer is running at ${server.url}`);
  const info = await backend.call('app.info', {});
  if (info.ok) {
    const { storageNotice, scenarioProblems } = info.value as {
      storageNotice: string | null;
      scenarioProblems: { source: string; problems: string[] }[];
    };
    if (storageNotice) console.log(storageNotice);
    for (const problem of scenarioProblems) console.log(`Problem in scenario file ${problem.source}: ${problem.problems.join('; ')}`);
  }
}

void main();
