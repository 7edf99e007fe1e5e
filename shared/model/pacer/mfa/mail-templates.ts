/** The e-mail multifactor authentication sends: the security code before an app is added. */
export const MFA_MAIL_TEMPLATES = ['pacer-mfa-security-code'] as const;
