import { formatDate } from '../../clock';
import type { MailItem, PacerAccount } from '../../world';
import type { RegistrantDetails } from './state';

/**
 * What the PACER Service Center sends a registrant: the e-mail with the
 * validation token (seed 002, step 8) and, for a registration without a
 * credit card, the activation code by U.S. mail (step 12).
 */

const PSC_EMAIL = 'pacer@psc.uscourts.gov';

export function validationTokenEmail(id: string, details: RegistrantDetails, token: string, sentAt: string): MailItem {
  return {
    id,
    kind: 'email',
    template: 'registration-validation-token',
    to: details.email,
    from: PSC_EMAIL,
    subject: 'PACER Account Validation Token',
    receivedAt: sentAt,
    intro: `Thank you for registering for a PACER account, ${details.firstName} ${details.lastName}. To continue your registration, copy the security code below and paste it into the Validation Token box on the registration page. Do not reply to this e-mail.`,
    fields: [
      { label: 'Security Code', value: token },
      { label: 'Email Address', value: details.email },
      { label: 'Sent', value: formatDate(sentAt) },
    ],
    read: false,
  };
}

/** The postal letter: addressed to the registrant's street address, not an e-mail address. */
export function activationLetter(id: string, account: PacerAccount, postalAddress: string, code: string, arrivedAt: string): MailItem {
  return {
    id,
    kind: 'letter',
    template: 'registration-activation-letter',
    to: postalAddress,
    from: 'PACER Service Center, P.O. Box 780549, San Antonio, TX 78278',
    subject: 'Your PACER Account Activation Code',
    receivedAt: arrivedAt,
    intro:
      'Your PACER account was registered without credit card information. To activate it, log in to Manage My Account at pacer.uscourts.gov and enter the activation code below. Until then you cannot search for case information.',
    fields: [
      { label: 'Account Number', value: account.accountNumber },
      { label: 'Username', value: account.username },
      { label: 'Activation Code', value: code },
    ],
    read: false,
  };
}
