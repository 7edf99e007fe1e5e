import type { ModelPart } from '../form-kit';

/** The court side beyond the link screens: CurrentGen court login, the appellate link, the failed-link fallback. */
export const COURT_SIDE: ModelPart = { forms: {} };
