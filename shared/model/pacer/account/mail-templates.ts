/** Which e-mails and letters these screens send; objectives name them ("mail-received"). */
export const ACCOUNT_MAIL_TEMPLATES = [] as const;
