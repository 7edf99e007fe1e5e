/** Which e-mails and letters these screens send; objectives name them ("mail-received"). */
export const ECF_MAINTENANCE_MAIL_TEMPLATES = ['ecf-account-update-notice'] as const;
