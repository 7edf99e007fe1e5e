import type { ApiResponse } from '../../shared/api/contract';

/** How the renderer reaches the backend: Electron IPC (preload bridge) or HTTP on 127.0.0.1. */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  call(method: string, input: unknown): Promise<ApiResponse<unknown>>;
}

/** What the preload script exposes on `window.trainer` (see electron/main/preload.ts). */
export interface TrainerBridge {
  readonly host: 'electron';
  call(method: string, input: unknown): Promise<ApiResponse<unknown>>;
}

declare global {
  interface Window {
    trainer?: TrainerBridge;
  }
}
