import type { CheckDefinition } from './kit';

/** Objective checks over admissions and e-file requests. Add entries with defineCheck (see linking.ts). */
export const ADMISSION_CHECKS = {} satisfies Record<string, CheckDefinition>;
