import { currentPage } from '../../pages';
import { NOT_ON_THIS_PAGE, pushAddress, refused, type Applied } from '../../transitions';
import { courtById, type Court, type EcfAccount, type World } from '../../world';
import { activeDraft } from './pages';
import { signedInAttorney } from './standing';
import { furthest, withReinstatement, type ReinstatementDraft, type ReinstatementStep } from './state';

/** The court, the signed-in attorney and the filing in progress behind the page a form was posted from. */
export interface FilingContext {
  court: Court;
  attorney: EcfAccount;
  draft: ReinstatementDraft | null;
}

export function filingContext(world: World): FilingContext | null {
  const page = currentPage(world);
  const court = 'courtId' in page ? courtById(world, page.courtId) : null;
  const attorney = court ? signedInAttorney(world, court.id) : null;
  if (!court || !attorney) return null;
  return { court, attorney, draft: activeDraft(world, court.id) };
}

/** The filing context of a screen that needs a filing in progress. */
export function draftContext(world: World): (FilingContext & { draft: ReinstatementDraft }) | null {
  const context = filingContext(world);
  return context && context.draft ? { ...context, draft: context.draft } : null;
}

export function notOnThisPage(world: World): Applied {
  return { world, outcome: refused(NOT_ON_THIS_PAGE) };
}

export function refuse(world: World, message: string, mistake: Parameters<typeof refused>[1] = null): Applied {
  return { world, outcome: refused(message, mistake) };
}

/** The draft with `change`, having reached at least `step`, and the browser at `address`. */
export function advance(world: World, draft: ReinstatementDraft, step: ReinstatementStep, address: string, change: Partial<ReinstatementDraft> = {}): World {
  const next: ReinstatementDraft = { ...draft, ...change, reached: furthest(draft.reached, step) };
  return pushAddress(withReinstatement(world, { draft: next }), address);
}

export function nextMailId(world: World): string {
  return `mail-${world.mailbox.length + 1}`;
}

