import { formatNoticeTime } from '../../clock';
import type { Court, EcfAccount, MailItem } from '../../world';
import { resetPasswordUrl } from './pages';
import { linkExpiresAt, type CurrentGenPasswordReset } from './state';

/**
 * The court's e-mail with the reset link. Court help pages say the link goes
 * only to the login's primary e-mail address and is active for 24 hours
 * (W.D. La., "I forgot my CM/ECF login ID or password"); the wording and rows
 * are the simulator's [I].
 */
export function passwordResetMail(id: string, court: Court, account: EcfAccount, reset: CurrentGenPasswordReset): MailItem {
  return {
    id,
    kind: 'email',
    template: 'cmecf-password-reset',
    to: account.primaryEmail,
    from: `cmecf_helpdesk@${court.ecfHost.replace(/^ecf\./, '')}`,
    subject: `CM/ECF password reset: ${court.noticeName}`,
    receivedAt: reset.issuedAt,
    intro:
      'A request was made to reset the password of your CM/ECF login at this court. Follow the link below to set a new password. The link can be used once and is active for 24 hours. If you did not ask for this, contact the Clerk’s Office.',
    fields: [
      { label: 'Court', value: court.noticeName },
      { label: 'Login', value: account.login },
      { label: 'Date/Time Requested', value: `${formatNoticeTime(reset.issuedAt)} ${court.timeZone}` },
      { label: 'Link Active Until', value: `${formatNoticeTime(linkExpiresAt(reset))} ${court.timeZone}` },
    ],
    read: false,
    link: { label: 'Reset Your Password', address: resetPasswordUrl(court, reset.request) },
  };
}
