/** Which e-mails a civil filing sends; objectives name them ("mail-received"). */
export const CASE_FILING_MAIL_TEMPLATES = ['case-filing-nef'] as const;
