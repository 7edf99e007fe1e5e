import { formatNoticeTime } from '../../shared/model/clock';
import type { MailItem } from '../../shared/model/world';

/** Newest first, as a mail program lists them. */
export function MailList({ mailbox, onOpen }: { mailbox: readonly MailItem[]; onOpen: (mailId: string) => void }) {
  if (mailbox.length === 0) {
    return <p className="mailbox__empty">No messages yet. E-mails and letters from the court and PACER arrive here.</p>;
  }
  const newestFirst = [...mailbox].reverse();
  return (
    <ul className="mail-list" aria-label="Messages">
      {newestFirst.map((mail) => (
        <li key={mail.id}>
          <button type="button" className={mail.read ? 'mail-list__item' : 'mail-list__item mail-list__item--unread'} onClick={() => onOpen(mail.id)}>
            <span className="mail-list__kind">
              {mail.kind === 'letter' ? 'Letter' : 'E-mail'}
              {mail.read ? '' : ', unread'}
            </span>
            <span className="mail-list__from">From: {mail.from}</span>
            <span className="mail-list__subject">{mail.subject}</span>
            <span className="mail-list__time">Received {formatNoticeTime(mail.receivedAt)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
