import type { ApiResponse } from '../../shared/api/contract';
import type { TrainerBridge, Transport } from './transport';

/** Desktop mode: the preload's small typed bridge (`window.trainer`) carries every call over IPC. */
export function createIpcTransport(bridge: TrainerBridge): Transport {
  return {
    kind: 'ipc',
    async call(method, input): Promise<ApiResponse<unknown>> {
      try {
        return await bridge.call(method, input);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'internal', message: `The desktop app did not answer ${method}: ${reason}` } };
      }
    },
  };
}
