import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { ApiError, ApiIssue, ApiResponse } from '../../shared/api/contract';
import { issueList } from '../../shared/util/issues';
import type { Backend } from '../backend/types';
import { TRAINER_CALL_CHANNEL } from './channel';
import type { AppPaths } from './paths';
import { isAppIndexUrl } from './security';

/**
 * The main-process end of the bridge. Every call is checked twice before the
 * backend sees it: the sender must be the app's own page, and the payload
 * must be `{ method, input }`. The backend then validates `input` against the
 * contract. The renderer always gets an ApiResponse back, never a thrown error.
 */

const payloadSchema = z.strictObject({
  method: z.string().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  // Absent input is passed on as undefined: the backend checks it against the method's schema.
  input: z.unknown().optional(),
});

function failure(code: ApiError['code'], message: string, issues: ApiIssue[] = []): ApiResponse<never> {
  return { ok: false, error: issues.length > 0 ? { code, message, issues } : { code, message } };
}

function senderUrl(event: IpcMainInvokeEvent): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    return null; // the frame was disposed before we could look at it
  }
}

export function createTrainerCallHandler(backend: Backend, paths: Pick<AppPaths, 'indexHtml'>) {
  return async (event: IpcMainInvokeEvent, payload: unknown): Promise<ApiResponse<unknown>> => {
    const url = senderUrl(event);
    if (url === null || !isAppIndexUrl(url, paths)) {
      console.warn(`[ipc] refused a call from ${url ?? 'an unknown frame'}`);
      return failure('bad-input', `Refused: ${TRAINER_CALL_CHANNEL} only answers the NextGen Trainer page, not ${url ?? 'an unknown frame'}.`);
    }
    const parsed = payloadSchema.safeParse(payload);
    if (!parsed.success) {
      const issues = issueList(parsed.error).map((issue) => ({ ...issue, path: ['payload', ...issue.path] }));
      const problems = issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      return failure('bad-input', `Malformed ${TRAINER_CALL_CHANNEL} payload, expected { method, input }: ${problems.join('; ')}`, issues);
    }
    try {
      return await backend.call(parsed.data.method, parsed.data.input);
    } catch (error) {
      console.error(`[ipc] ${parsed.data.method} failed:`, error);
      return failure('internal', `${parsed.data.method} failed inside the app. Your work so far is saved; try again.`);
    }
  };
}

/** Registers the one channel. Returns a function that removes it (used when the app quits, and in tests). */
export function registerTrainerIpc(backend: Backend, paths: Pick<AppPaths, 'indexHtml'>): () => void {
  ipcMain.handle(TRAINER_CALL_CHANNEL, createTrainerCallHandler(backend, paths));
  return () => ipcMain.removeHandler(TRAINER_CALL_CHANNEL);
}
