/** Which e-mails "Forgot Your Password" at a CurrentGen court sends; objectives name them ("mail-received"). */
export const CURRENTGEN_PASSWORD_MAIL_TEMPLATES = ['cmecf-password-reset'] as const;
