import type { ModelPart } from '../../form-kit';
import type { Applied } from '../../transitions';
import type { World } from '../../world';
import { CASE_FILING_FORMS } from './forms';
import { activeCaseFiling } from './pages';
import { caseFilingOf, withCaseFiling } from './state';

/**
 * A filing begun by someone no longer at the keyboard for it (logged out,
 * or now filing for another principal after Change User) is dropped, as the
 * court's session that held it is gone.
 */
function dropAbandonedFiling(_before: World, applied: Applied): Applied {
  const draft = caseFilingOf(applied.world).draft;
  if (!draft || activeCaseFiling(applied.world, draft.courtId)) return applied;
  return { ...applied, world: withCaseFiling(applied.world, { draft: null }) };
}

/** Filing a document in a civil case at a district court, by an attorney or by a filing agent in the principal's name. */
export const CASE_FILING: ModelPart = { forms: CASE_FILING_FORMS, afterEvent: dropAbandonedFiling };
