import type { ApiErrorCode } from '../../shared/api/contract';

type HandlerErrorCode = Extract<ApiErrorCode, 'bad-input' | 'not-found' | 'conflict'>;

/**
 * A failure a handler expects and the caller can act on: the dispatcher
 * turns it into `{ ok: false, error: { code, message } }` with this message.
 * Anything else thrown is a bug and reaches the caller only as 'internal'.
 */
export class HandlerError extends Error {
  override name = 'HandlerError';
  constructor(
    readonly code: HandlerErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const badInput = (message: string) => new HandlerError('bad-input', message);
export const notFound = (message: string) => new HandlerError('not-found', message);
export const conflict = (message: string) => new HandlerError('conflict', message);
