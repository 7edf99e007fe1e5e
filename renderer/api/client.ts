import type { ApiErrorCode, ApiInput, ApiIssue, ApiOutput, MethodName } from '../../shared/api/contract';
import type { Transport } from './transport';

export type FailureCode = ApiErrorCode;

/**
 * A failed API call, carrying the backend's (or the transport's) message for
 * the screen to show, and what was wrong with the input field by field
 * (empty when the failure was not about the input).
 */
export class ApiFailure extends Error {
  override readonly name = 'ApiFailure';
  constructor(
    readonly method: MethodName,
    readonly code: FailureCode,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
  }
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
}

/** The message of any error, for a screen: ApiFailure's own text, else something readable. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' && error ? error : 'Something went wrong.';
}

/**
 * The typed client. Answers are not checked again here: both hosts answer
 * through the backend's one dispatcher, which checks every answer against the
 * contract's output schema before sending it (an answer that does not match
 * becomes an 'internal' failure), and the renderer ships in the same build.
 * Not loading the contract's schemas keeps them out of the first screen.
 */
export function createClient(transport: Transport): ApiClient {
  return {
    async call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
      const response = await transport.call(method, input);
      if (!response.ok) throw new ApiFailure(method, response.error.code, response.error.message, response.error.issues);
      return response.value as ApiOutput<M>;
    },
  };
}
