import { contract, type ApiErrorCode, type ApiInput, type ApiOutput, type MethodName } from '../../shared/api/contract';
import { describeIssues } from '../../shared/util/issues';
import type { Transport } from './transport';

export type FailureCode = ApiErrorCode | 'bad-output';

/** A failed API call, carrying the backend's (or the transport's) message for the screen to show. */
export class ApiFailure extends Error {
  override readonly name = 'ApiFailure';
  constructor(
    readonly method: MethodName,
    readonly code: FailureCode,
    message: string,
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
 * The typed client. Answers are checked against the contract's output
 * schema, so a screen never renders a value the contract does not allow.
 */
export function createClient(transport: Transport): ApiClient {
  return {
    async call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
      const response = await transport.call(method, input);
      if (!response.ok) throw new ApiFailure(method, response.error.code, response.error.message);
      const parsed = contract[method].output.safeParse(response.value);
      if (!parsed.success) {
        const first = describeIssues(parsed.error).slice(0, 3).join('; ');
        throw new ApiFailure(method, 'bad-output', `The trainer sent an answer to ${method} that this version cannot read (${first}).`);
      }
      return parsed.data as ApiOutput<M>;
    },
  };
}
