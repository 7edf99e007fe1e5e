/** Which e-mails and letters these screens send; objectives name them ("mail-received"). */
export const REGISTRATION_MAIL_TEMPLATES = ['registration-validation-token', 'registration-activation-letter'] as const;
