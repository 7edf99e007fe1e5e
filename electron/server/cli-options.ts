import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { err, ok, type Result } from '../../shared/util/result';

export const PRODUCT_NAME = 'NextGen Trainer';
export const DEFAULT_PORT = 4780;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServeOptions {
  port: number;
  dataDir: string;
  host: string;
  /** True when --host named something other than the loopback default: say so on start. */
  hostIsExplicit: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run serve -- [--port PORT] [--data DIR] [--host ADDRESS]

  --port PORT     port on 127.0.0.1 to serve on (default ${DEFAULT_PORT}; 0 picks any free port)
  --data DIR      folder for the trainer's database (default: the desktop app's data folder)
  --host ADDRESS  address to listen on (default ${DEFAULT_HOST}); anything else makes the
                  trainer reachable from other computers
  --help          show this help`;

export interface Environment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

/** The folder Electron's app.getPath('userData') gives the desktop app, so both modes share one database. */
export function defaultDataDir({ platform, env, home }: Environment): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
}

function parsePort(text: string): Result<number, string> {
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    return err(`--port must be a whole number from 0 to 65535 (got "${text}")`);
  }
  return ok(Number(text));
}

/** Reads `npm run serve` arguments; any problem comes back as one plain sentence. */
export function parseServeArgs(argv: readonly string[], environment: Environment): Result<ServeOptions, string> {
  let values: { port?: string | undefined; data?: string | undefined; host?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }

  const port = values.port === undefined ? ok(DEFAULT_PORT) : parsePort(values.port.trim());
  if (!port.ok) return port;
  if (values.data !== undefined && values.data.trim() === '') return err('--data must name a folder');
  if (values.host !== undefined && values.host.trim() === '') return err('--host must name an address, such as 127.0.0.1');
  const host = values.host?.trim() ?? DEFAULT_HOST;

  return ok({
    port: port.value,
    dataDir: values.data ?? defaultDataDir(environment),
    host,
    hostIsExplicit: host !== DEFAULT_HOST,
    help: values.help ?? false,
  });
}
