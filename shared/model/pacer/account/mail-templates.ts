/** Which e-mails and letters these screens send; objectives name them ("mail-received"). */
export const ACCOUNT_MAIL_TEMPLATES = [
  'pacer-password-reset',
  'pacer-username-reminder',
  'paa-invitation',
  'paa-invitation-accepted',
  'paa-account-removed',
  'pacer-payment-receipt',
] as const;
