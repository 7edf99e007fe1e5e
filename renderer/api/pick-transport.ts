import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import type { Transport } from './transport';

/** IPC inside the desktop app (the preload set `window.trainer`), HTTP in browser mode. */
export function pickTransport(target: Pick<Window, 'trainer'> = window): Transport {
  return target.trainer ? createIpcTransport(target.trainer) : createHttpTransport();
}
