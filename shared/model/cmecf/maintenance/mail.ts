import { formatNoticeTime } from '../../clock';
import type { Court, MailItem } from '../../world';

/**
 * The court's notice that a Submit on Maintain Your ECF Account was
 * processed. NextGen reports account changes in the same form as the link
 * notice (seed 000); the Request names the change [FIDELITY §4, inferred].
 */
export function accountUpdateNotice(input: {
  id: string;
  to: string;
  court: Court;
  accountNumber: string;
  transactionId: string;
  submittedAt: string;
  changes: string[];
}): MailItem {
  const { court } = input;
  return {
    id: input.id,
    kind: 'email',
    template: 'ecf-account-update-notice',
    to: input.to,
    from: `cmecf_helpdesk@${court.ecfHost.replace(/^ecf\./, '')}`,
    subject: `NextGen CM/ECF account change processed: ${court.noticeName}`,
    receivedAt: input.submittedAt,
    intro:
      'This email is notification that the change you requested to your NextGen CM/ECF account has been processed. The status is listed below.',
    fields: [
      { label: 'Account Number', value: input.accountNumber },
      { label: 'Court', value: court.noticeName },
      { label: 'Date/Time Submitted', value: `${formatNoticeTime(input.submittedAt)} ${court.timeZone}` },
      { label: 'Transaction ID', value: input.transactionId },
      { label: 'Request', value: 'Maintain User Account' },
      { label: 'Transaction Status', value: 'Processed' },
      { label: 'Comment', value: input.changes.join('; ') },
    ],
    read: false,
  };
}
