import type { CheckDefinition } from './kit';

/** Objective checks over Maintain Your ECF Account and filing agents. Add entries with defineCheck (see linking.ts). */
export const ECF_MAINTENANCE_CHECKS = {} satisfies Record<string, CheckDefinition>;
