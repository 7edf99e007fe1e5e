import type { ApiResponse } from '../../shared/api/contract';
import type { Transport } from './transport';

/** The element browser mode's launch page carries them in (electron/server/first-screen.ts). */
export const FIRST_SCREEN_ELEMENT_ID = 'trainer-first-screen';

export interface FirstScreenAnswer {
  method: string;
  input: unknown;
  response: ApiResponse<unknown>;
  /** The server's word that this answer cannot change while it runs (the catalog): given each time it is asked. */
  lasting?: boolean;
}

const callKey = (method: string, input: unknown) => `${method} ${JSON.stringify(input ?? {})}`;

function isAnswer(value: unknown): value is FirstScreenAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as Partial<FirstScreenAnswer>;
  return typeof answer.method === 'string' && typeof answer.response === 'object' && answer.response !== null && 'ok' in answer.response;
}

/**
 * Takes the answers the launch page came with (none when it has no such
 * element, as in the desktop app or after a reload) and removes them from
 * the page. A data block is only ever read, never run.
 */
export function takeFirstScreenAnswers(document: Pick<Document, 'getElementById'>): FirstScreenAnswer[] {
  const element = document.getElementById(FIRST_SCREEN_ELEMENT_ID);
  if (!element) return [];
  element.remove();
  try {
    const parsed: unknown = JSON.parse(element.textContent ?? '');
    return Array.isArray(parsed) ? parsed.filter(isAnswer) : [];
  } catch {
    return [];
  }
}

/**
 * Answers each first-screen call from what the launch page carried: a lasting
 * answer each time it is asked, any other once, as it stood when the page
 * was served (the same call made again goes to the backend, as does every
 * other call).
 */
export function withFirstScreenAnswers(transport: Transport, answers: readonly FirstScreenAnswer[]): Transport {
  const waiting = new Map<string, FirstScreenAnswer>();
  for (const answer of answers) waiting.set(callKey(answer.method, answer.input), answer);
  if (waiting.size === 0) return transport;
  return {
    kind: transport.kind,
    call(method, input) {
      const key = callKey(method, input);
      const answer = waiting.get(key);
      if (answer === undefined) return transport.call(method, input);
      if (answer.lasting !== true) waiting.delete(key);
      return Promise.resolve(answer.response);
    },
  };
}
