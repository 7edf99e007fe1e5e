/** Which e-mails and letters these screens send; objectives name them ("mail-received"). */
export const REINSTATEMENT_MAIL_TEMPLATES = ['court-fee-receipt', 'reinstatement-nef'] as const;
