import type { ApiResponse } from '../../shared/api/contract';
import type { Backend } from '../backend/types';

/**
 * The answers the first screen (the scenario list, the header's trainee
 * switch and the projector size) asks for at start. The launch page carries
 * them, so the list shows without waiting for a round trip to this server.
 * Only reads with no side effect belong here. `lasting`: the answer cannot
 * change while this server runs (the catalog and its notices are read once,
 * at start), so the page may give it again each time it is asked; the others
 * are given once, and asked of the backend after that.
 */
export const FIRST_SCREEN_CALLS: readonly (readonly [method: string, input: Record<string, string>, lasting: boolean])[] = [
  ['app.info', {}, true],
  ['scenarios.list', {}, true],
  ['trainees.list', {}, false],
  ['settings.get', { key: 'projector' }, false],
  ['settings.get', { key: 'organisation' }, false],
  ['settings.get', { key: 'lastTraineeId' }, false],
];

/** The id of the element holding them; renderer/api/first-screen-answers.ts reads it. */
export const FIRST_SCREEN_ELEMENT_ID = 'trainer-first-screen';

export interface FirstScreenAnswer {
  method: string;
  input: unknown;
  response: ApiResponse<unknown>;
  lasting: boolean;
}

export async function firstScreenAnswers(backend: Backend): Promise<FirstScreenAnswer[]> {
  return Promise.all(
    FIRST_SCREEN_CALLS.map(async ([method, input, lasting]) => ({ method, input, response: await backend.call(method, input), lasting })),
  );
}

/**
 * JSON that stays text inside an HTML element, whatever a scenario's author
 * wrote: no "<" (so no "</script>" or "<!--"), ">" or "&" survives, and the
 * line separators are escaped too. JSON.parse reads the escapes back.
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The launch page with the first screen's answers in a JSON data block. A
 * `<script type="application/json">` is never run, so the Content-Security-Policy
 * (script-src 'self') stays as it is: no inline script is allowed or needed.
 */
export function withFirstScreenAnswers(indexHtml: string, answers: readonly FirstScreenAnswer[]): string {
  const block = `<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}">${inertJson(answers)}</script>`;
  const at = indexHtml.indexOf('</head>');
  return at === -1 ? `${indexHtml}${block}` : `${indexHtml.slice(0, at)}${block}${indexHtml.slice(at)}`;
}
