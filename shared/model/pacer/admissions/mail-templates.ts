import { formatNoticeTime } from '../../clock';
import type { Court, MailItem, PacerAccount } from '../../world';
import { feePaymentUrl } from './addresses';
import { ADMISSION_FEE, REQUEST_TYPE_LABELS } from './court-options';
import type { EfileRequest } from './state';

/** Which e-mails and letters these screens send; objectives name them ("mail-received"). */
export const ADMISSION_MAIL_TEMPLATES = [
  'efile-request-received',
  'admission-fee-due',
  'efile-request-processed',
  'efile-request-rejected',
  'admission-fee-receipt',
] as const;

export type AdmissionMailTemplate = (typeof ADMISSION_MAIL_TEMPLATES)[number];

/** "Attorney Admissions", "E-File Registration", … the Request row of the status e-mail (FIDELITY §4 mock tip). */
export function requestLabel(request: EfileRequest): string {
  if (request.path === 'non-attorney') return 'Non-Attorney E-File Registration';
  if (request.requestType === 'admission') return 'Attorney Admissions';
  if (request.requestType === null || request.requestType === 'efile-only') return 'E-File Registration';
  return `E-File Registration (${REQUEST_TYPE_LABELS[request.requestType]})`;
}

interface NoticeParts {
  id: string;
  to: string;
  account: PacerAccount;
  court: Court;
  request: EfileRequest;
  at: string;
}

/**
 * The status e-mail of a registration request, in the shape of the court's
 * link notice (FIDELITY §4: same rows, Request and Transaction Status vary).
 */
function statusNotice(
  parts: NoticeParts,
  template: AdmissionMailTemplate,
  subject: string,
  status: string,
  comment: string,
): MailItem {
  const { id, to, account, court, request, at } = parts;
  return {
    id,
    kind: 'email',
    template,
    to,
    from: `cmecf_helpdesk@${court.ecfHost.replace(/^ecf\./, '')}`,
    subject,
    receivedAt: at,
    intro: 'This email is notification of the status of the e-filing request you submitted through PACER. The status is listed below.',
    fields: [
      { label: 'Account Number', value: account.accountNumber },
      { label: 'Court', value: court.noticeName },
      { label: 'Date/Time Submitted', value: `${formatNoticeTime(request.submittedAt)} ${court.timeZone}` },
      { label: 'Transaction ID', value: request.transactionId },
      { label: 'Request', value: requestLabel(request) },
      { label: 'Role in Court', value: request.role },
      { label: 'Transaction Status', value: status },
      { label: 'Comment', value: comment },
    ],
    read: false,
  };
}

export function requestReceivedNotice(parts: NoticeParts): MailItem {
  return statusNotice(
    parts,
    'efile-request-received',
    `E-filing request received: ${parts.court.noticeName}`,
    'Pending',
    'The court will review your request and provide you with further instructions by email.',
  );
}

export function feeDueNotice(parts: NoticeParts): MailItem {
  const mail = statusNotice(
    parts,
    'admission-fee-due',
    `Attorney admission approved, fee due: ${parts.court.noticeName}`,
    'Approved - Fee Due',
    `Your admission request has been approved. You must pay the admission fee of ${ADMISSION_FEE} online before your e-filing privileges are activated.`,
  );
  return { ...mail, link: { label: 'Pay Admission Fee', address: feePaymentUrl(parts.request.transactionId) } };
}

export function processedNotice(parts: NoticeParts, comment: string): MailItem {
  return statusNotice(parts, 'efile-request-processed', `E-filing request processed: ${parts.court.noticeName}`, 'Processed', comment);
}

export function rejectedNotice(parts: NoticeParts, comment: string): MailItem {
  return statusNotice(parts, 'efile-request-rejected', `E-filing request rejected: ${parts.court.noticeName}`, 'Rejected', comment);
}

export function feeReceiptNotice(parts: NoticeParts, receipt: string, paidWith: string): MailItem {
  const { id, to, account, court, request, at } = parts;
  return {
    id,
    kind: 'email',
    template: 'admission-fee-receipt',
    to,
    from: 'pacer@psc.uscourts.gov',
    subject: `Payment receipt: attorney admission fee, ${court.noticeName}`,
    receivedAt: at,
    intro: 'Thank you for your payment. Keep this receipt for your records.',
    fields: [
      { label: 'Account Number', value: account.accountNumber },
      { label: 'Court', value: court.noticeName },
      { label: 'Transaction ID', value: request.transactionId },
      { label: 'Receipt Number', value: receipt },
      { label: 'Description', value: 'Attorney Admission Fee' },
      { label: 'Amount', value: ADMISSION_FEE },
      { label: 'Paid With', value: paidWith },
      { label: 'Date/Time Paid', value: `${formatNoticeTime(at)} ${court.timeZone}` },
    ],
    read: false,
  };
}
