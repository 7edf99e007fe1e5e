import type { z } from 'zod';
import {
  contract,
  isMethodName,
  type ApiError,
  type ApiIssue,
  type ApiOutput,
  type ApiResponse,
  type MethodName,
  type ParsedInput,
} from '../../shared/api/contract';
import { NewerRecordError } from '../../shared/model/record-versions';
import { describeIssues, issueList } from '../../shared/util/issues';
import { HandlerError } from './errors';

/** One function per contract method, given input the contract's schema has already parsed. */
export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

/** Told about failures the caller only sees as 'internal' (bugs, a damaged file): never about input. */
export type ErrorReporter = (method: MethodName, error: unknown) => void;

export const INTERNAL_ERROR_MESSAGE =
  'The trainer ran into an unexpected problem and could not do this, so it was not recorded. Try again, or restart the trainer if it keeps happening.';

const failure = (code: ApiError['code'], message: string, issues: ApiIssue[] = []): ApiResponse<never> => ({
  ok: false,
  error: issues.length > 0 ? { code, message, issues } : { code, message },
});

/** A method name as it may be quoted back: printable, short. */
function quoteName(name: unknown): string {
  const text = typeof name === 'string' ? name : String(name);
  const printable = text.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(printable.length > 64 ? `${printable.slice(0, 64)}…` : printable);
}

/**
 * The one entry point both hosts (Electron IPC and browser-mode HTTP) use:
 * checks the method name, parses the input with the contract's schema, runs
 * the handler, checks the output against the contract, and answers with a
 * result value (a refused input also names each problem with its path). It
 * never throws and never reveals a stack trace.
 */
export function createDispatcher(handlers: Handlers, reportError: ErrorReporter) {
  return async function call(method: string, rawInput: unknown): Promise<ApiResponse<unknown>> {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return failure('unknown-method', `There is no API method named ${quoteName(method)}.`);
    }
    const schemas = contract[method] as { input: z.ZodType; output: z.ZodType };
    const input = schemas.input.safeParse(rawInput);
    if (!input.success) {
      return failure('bad-input', `Invalid input for ${method}: ${describeIssues(input.error).join('; ')}`, issueList(input.error));
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const value: unknown = await handler(input.data);
      const output = schemas.output.safeParse(value);
      if (!output.success) {
        reportError(method, new Error(`output does not match the contract: ${describeIssues(output.error).join('; ')}`));
        return failure('internal', INTERNAL_ERROR_MESSAGE);
      }
      return { ok: true, value: output.data };
    } catch (error) {
      if (error instanceof HandlerError) return failure(error.code, error.message, error.issues);
      if (error instanceof NewerRecordError) return failure('conflict', error.message);
      reportError(method, error);
      return failure('internal', INTERNAL_ERROR_MESSAGE);
    }
  };
}
