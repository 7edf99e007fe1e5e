import { formatNoticeTime } from './clock';
import type { Court, CourtRequest, MailItem, PacerAccount } from './world';

/** The e-mail NextGen sends once a link is processed (seed 000, "NOTE: You will receive an email notification"). */
export function linkNotice(
  id: string,
  to: string,
  account: PacerAccount,
  court: Court,
  request: CourtRequest,
): MailItem {
  return {
    id,
    kind: 'email',
    template: 'link-notice',
    to,
    from: `cmecf_helpdesk@${court.ecfHost.replace(/^ecf\./, '')}`,
    subject: `NextGen CM/ECF account change processed: ${court.noticeName}`,
    receivedAt: request.submittedAt,
    intro:
      'This email is notification that the change you requested to your NextGen CM/ECF account has been processed. The status is listed below.',
    fields: [
      { label: 'Account Number', value: account.accountNumber },
      { label: 'Court', value: court.noticeName },
      { label: 'Date/Time Submitted', value: `${formatNoticeTime(request.submittedAt)} ${court.timeZone}` },
      { label: 'Transaction ID', value: request.transactionId },
      { label: 'Request', value: request.request },
      { label: 'Transaction Status', value: request.status },
      { label: 'Comment', value: 'Your PACER account has been linked to your CM/ECF account.' },
    ],
    read: false,
  };
}
