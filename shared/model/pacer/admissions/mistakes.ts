import type { MistakeDefinition } from '../../mistake-definition';

/** Wrong moves on these screens, each with the rule that explains it (see mistakes.ts). */
export const ADMISSION_MISTAKES = {} satisfies Record<string, MistakeDefinition>;
