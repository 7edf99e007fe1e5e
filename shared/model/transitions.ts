import type { MistakeCode } from './mistakes';
import { currentPage, type Page } from './pages';
import type { World } from './world';

/**
 * The building blocks every part of the model uses to say what the
 * simulated systems made of an event. Domain modules (the PACER site, the
 * court's CM/ECF) import these rather than the reducer, which imports them.
 */

/**
 * - accepted: the real system did it. A mistake may still be attached: the
 *   system let the trainee do something the court's rules say not to do
 *   (linking a firm account is accepted, and wrong).
 * - refused: the real system showed an error and nothing changed but the
 *   message on the page.
 */
export type Outcome =
  | { status: 'accepted'; mistake: MistakeCode | null; message: string | null }
  | { status: 'refused'; mistake: MistakeCode | null; message: string };

export interface Applied {
  world: World;
  outcome: Outcome;
}

export const ACCEPTED: Outcome = { status: 'accepted', mistake: null, message: null };

export const NOT_ON_THIS_PAGE = 'That action is not available on this page.';

export function refused(message: string, mistake: MistakeCode | null = null): Outcome {
  return { status: 'refused', mistake, message };
}

/** Accepted, with a message the next page shows (e.g. "Your changes have been saved."). */
export function acceptedWith(message: string | null, mistake: MistakeCode | null = null): Outcome {
  return { status: 'accepted', mistake, message };
}

export function unchanged(world: World, outcome: Outcome): Applied {
  return { world, outcome };
}

/** The browser moves to `href`, dropping any forward history, as following a link does. */
export function pushAddress(world: World, href: string): World {
  const { history, historyIndex } = world.session;
  return {
    ...world,
    session: { ...world.session, history: [...history.slice(0, historyIndex + 1), href], historyIndex: historyIndex + 1 },
  };
}

/** The current page if it is of this kind (and court), else null: actions are only possible where their controls are. */
export function onPage<K extends Page['kind']>(world: World, kind: K, courtId?: string): Extract<Page, { kind: K }> | null {
  const page = currentPage(world);
  if (page.kind !== kind) return null;
  if (courtId !== undefined && (!('courtId' in page) || page.courtId !== courtId)) return null;
  return page as Extract<Page, { kind: K }>;
}
