import type { ModelPart } from '../../form-kit';
import { LOGIN_FORMS } from './login-forms';
import { PAA_FORMS } from './paa-forms';
import { PASSWORD_PROMPT_FORMS } from './password-prompt';
import { PAYMENT_FORMS } from './payment-forms';
import { SETTINGS_FORMS } from './settings-forms';
import { UPGRADE_FORMS } from './upgrade-forms';
import { USAGE_FORMS } from './usage-forms';

/** Manage My Account: login and its Forgot paths, the legacy upgrade wizard, Settings, Payments (stored payment, one-time payment), Usage, PAA Maintenance. */
export const MANAGE_ACCOUNT: ModelPart = {
  forms: { ...LOGIN_FORMS, ...UPGRADE_FORMS, ...SETTINGS_FORMS, ...PAYMENT_FORMS, ...PAA_FORMS, ...USAGE_FORMS, ...PASSWORD_PROMPT_FORMS },
};
