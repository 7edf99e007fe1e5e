import { formatNoticeTime } from '../../clock';
import type { MailItem, PacerAccount } from '../../world';

/**
 * The security code PACER e-mails before an authenticator app is added
 * (FIDELITY 8, "Methods"). Its wording and rows are the simulator's [I].
 */
export function securityCodeMail(id: string, account: PacerAccount, code: string, clock: string): MailItem {
  return {
    id,
    kind: 'email',
    template: 'pacer-mfa-security-code',
    to: account.email,
    from: 'pacer@psc.uscourts.gov',
    subject: 'PACER Multifactor Authentication Security Code',
    receivedAt: clock,
    intro:
      'A request was made to add an authenticator app to your PACER account. Enter the security code below on the enrollment screen. If you did not make this request, contact the PACER Service Center.',
    fields: [
      { label: 'Username', value: account.username },
      { label: 'Security Code', value: code },
      { label: 'Date/Time Requested', value: formatNoticeTime(clock) },
    ],
    read: false,
  };
}
