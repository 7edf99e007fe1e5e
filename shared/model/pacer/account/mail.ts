import { formatNoticeTime } from '../../clock';
import type { MailItem, PacerAccount } from '../../world';
import type { MailTemplate } from '../../mail-templates';

/** E-mails the PACER Service Center sends from Manage My Account (FIDELITY 4). */

const PSC_FROM = 'pacer@psc.uscourts.gov';

function pscMail(
  id: string,
  template: MailTemplate,
  to: string,
  subject: string,
  at: string,
  intro: string,
  fields: MailItem['fields'],
): MailItem {
  return { id, kind: 'email', template, to, from: PSC_FROM, subject, receivedAt: at, intro, fields, read: false };
}

export function passwordResetMail(id: string, account: PacerAccount, link: string, at: string): MailItem {
  return pscMail(
    id,
    'pacer-password-reset',
    account.email,
    'Reset PACER Password',
    at,
    'A request was made to reset the password of your PACER account. Open the link below in your browser to set a new password. The link can be used once. If you did not ask for this, contact the PACER Service Center at (800) 676-6856.',
    [
      { label: 'Account Number', value: account.accountNumber },
      { label: 'Date/Time Requested', value: formatNoticeTime(at) },
      { label: 'Reset PACER Password', value: link },
    ],
  );
}

export function usernameReminderMail(id: string, account: PacerAccount, at: string): MailItem {
  return pscMail(
    id,
    'pacer-username-reminder',
    account.email,
    'Your PACER Username',
    at,
    'You asked for the username of your PACER account. Use it with your password to log in to PACER and Manage My Account.',
    [
      { label: 'Account Number', value: account.accountNumber },
      { label: 'Username', value: account.username },
    ],
  );
}

export function paaInvitationMail(id: string, member: PacerAccount, paa: PacerAccount, remark: string, at: string): MailItem {
  return pscMail(
    id,
    'paa-invitation',
    member.email,
    'Request to add your PACER account to a PACER Administrative Account',
    at,
    'A PACER Administrative Account (PAA) has asked to add your PACER account, so that its PACER fees are billed centrally to the PAA. To accept or decline, log in to Manage My Account and click View All My Requests.',
    [
      { label: 'Your Account Number', value: member.accountNumber },
      { label: 'PAA Account Number', value: paa.accountNumber },
      { label: 'PAA Name', value: paa.firm ?? paa.name },
      { label: 'Remark', value: remark },
      { label: 'Date/Time Requested', value: formatNoticeTime(at) },
    ],
  );
}

export function paaAcceptedMail(id: string, member: PacerAccount, paa: PacerAccount, at: string): MailItem {
  return pscMail(
    id,
    'paa-invitation-accepted',
    paa.email,
    'PACER account added to your PACER Administrative Account',
    at,
    'The PACER account below accepted your request and is now part of your PACER Administrative Account. Its PACER fees will appear on the PAA’s quarterly invoice.',
    [
      { label: 'Account Number', value: member.accountNumber },
      { label: 'Name', value: member.name },
      { label: 'Date/Time Accepted', value: formatNoticeTime(at) },
    ],
  );
}

export function paaRemovedMail(id: string, to: string, member: PacerAccount, paa: PacerAccount, remark: string, at: string): MailItem {
  return pscMail(
    id,
    'paa-account-removed',
    to,
    'PACER account removed from a PACER Administrative Account',
    at,
    'The PACER account below is no longer part of the PACER Administrative Account. Its case search privileges stay inactive until the PACER Service Center reactivates them or another PAA adds the account.',
    [
      { label: 'Account Number', value: member.accountNumber },
      { label: 'PAA Account Number', value: paa.accountNumber },
      { label: 'Remark', value: remark },
      { label: 'Date/Time', value: formatNoticeTime(at) },
    ],
  );
}

export function paymentReceiptMail(id: string, account: PacerAccount, receipt: string, amount: string, paidWith: string, at: string): MailItem {
  return pscMail(id, 'pacer-payment-receipt', account.email, 'PACER Payment Receipt', at, 'Thank you for your payment to the PACER Service Center.', [
    { label: 'Account Number', value: account.accountNumber },
    { label: 'Receipt Number', value: receipt },
    { label: 'Amount', value: amount },
    { label: 'Paid With', value: paidWith },
    { label: 'Date/Time', value: formatNoticeTime(at) },
  ]);
}
