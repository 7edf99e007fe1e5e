/** Which e-mails the court side beyond linking sends; objectives name them ("mail-received"). */
export const COURT_SIDE_MAIL_TEMPLATES = [] as const;
