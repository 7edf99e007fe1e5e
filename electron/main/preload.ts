import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResponse } from '../../shared/api/contract';
import { TRAINER_CALL_CHANNEL } from './channel';

/**
 * The whole bridge between the page and the app: `window.trainer`, with the
 * host's name and one `call` function (renderer/api/transport.ts, TrainerBridge).
 * Nothing else is exposed, and never ipcRenderer itself. This runs sandboxed:
 * it may require only 'electron' (electron/build.mjs bundles the rest in).
 */
const trainer = {
  host: 'electron' as const,
  call: (method: string, input: unknown): Promise<ApiResponse<unknown>> =>
    ipcRenderer.invoke(TRAINER_CALL_CHANNEL, { method, input }),
};

contextBridge.exposeInMainWorld('trainer', trainer);
