import type { CheckDefinition } from './kit';

/** Objective checks over attorney reinstatement. Add entries with defineCheck (see linking.ts). */
export const REINSTATEMENT_CHECKS = {} satisfies Record<string, CheckDefinition>;
