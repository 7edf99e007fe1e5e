import type { ModelPart } from '../../form-kit';

/** Manage My Account: login and its Forgot paths, the legacy upgrade wizard, Settings, Payments (stored payment, one-time payment), Usage, PAA Maintenance. */
export const MANAGE_ACCOUNT: ModelPart = { forms: {} };
