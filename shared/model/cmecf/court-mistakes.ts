import type { MistakeDefinition } from '../mistake-definition';

/** Wrong moves on the court side beyond the link screens (CurrentGen login, appellate link, failed link), each with its rule. */
export const COURT_SIDE_MISTAKES = {} satisfies Record<string, MistakeDefinition>;
