import type { CheckDefinition } from './kit';

/** Objective checks over the court side beyond linking (CurrentGen, appellate, failed link). Add entries with defineCheck (see linking.ts). */
export const COURT_SIDE_CHECKS = {} satisfies Record<string, CheckDefinition>;
