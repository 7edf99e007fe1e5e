import type { CheckDefinition } from './kit';

/** Objective checks over PACER registration. Add entries with defineCheck (see linking.ts). */
export const REGISTRATION_CHECKS = {} satisfies Record<string, CheckDefinition>;
