import type { ApiErrorCode, ApiIssue } from '../../shared/api/contract';
import { formatPath } from '../../shared/util/issues';

type HandlerErrorCode = Extract<ApiErrorCode, 'bad-input' | 'not-found' | 'conflict'>;

/**
 * A failure a handler expects and the caller can act on: the dispatcher
 * turns it into `{ ok: false, error: { code, message, issues } }`.
 * Anything else thrown is a bug and reaches the caller only as 'internal'.
 */
export class HandlerError extends Error {
  override name = 'HandlerError';
  constructor(
    readonly code: HandlerErrorCode,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
  }
}

/** Input the contract let through but the handler refuses, naming the field: "event.type: …". */
export const badInput = (path: ApiIssue['path'], message: string) =>
  new HandlerError('bad-input', `${formatPath(path)}: ${message}`, [{ path, message }]);
export const notFound = (message: string) => new HandlerError('not-found', message);
export const conflict = (message: string) => new HandlerError('conflict', message);
