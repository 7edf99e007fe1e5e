import type { CheckDefinition } from './kit';

/** Objective checks over Manage My Account, the upgrade, payments and PAA. Add entries with defineCheck (see linking.ts). */
export const ACCOUNT_CHECKS = {} satisfies Record<string, CheckDefinition>;
