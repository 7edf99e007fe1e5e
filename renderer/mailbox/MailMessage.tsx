import { formatNoticeTime } from '../../shared/model/clock';
import type { MailItem } from '../../shared/model/world';

/** One e-mail or letter: its header, its opening sentence, and its label/value rows as the real notice lists them. */
export function MailMessage({
  mail,
  onBack,
  onFollowLink,
}: {
  mail: MailItem;
  onBack: () => void;
  /** Opens a link the message carries in the simulated browser; without it (watch, replay) the link is shown but inert. */
  onFollowLink?: (address: string) => void;
}) {
  return (
    <article className="mail-message" aria-label={mail.subject}>
      <button type="button" className="button mail-message__back" onClick={onBack}>
        All messages
      </button>
      <h3>{mail.subject}</h3>
      <dl className="mail-message__header">
        <div>
          <dt>{mail.kind === 'letter' ? 'Sent by' : 'From'}</dt>
          <dd>{mail.from}</dd>
        </div>
        <div>
          <dt>To</dt>
          <dd>{mail.to}</dd>
        </div>
        <div>
          <dt>Received</dt>
          <dd>{formatNoticeTime(mail.receivedAt)}</dd>
        </div>
      </dl>
      <p className="mail-message__intro">{mail.intro}</p>
      <dl className="mail-message__fields">
        {mail.fields.map((field) => (
          <div key={field.label}>
            <dt>{field.label}</dt>
            <dd>{field.value}</dd>
          </div>
        ))}
      </dl>
      {mail.link ? (
        <p className="mail-message__link">
          <button type="button" className="button" disabled={!onFollowLink} onClick={() => mail.link && onFollowLink?.(mail.link.address)}>
            {mail.link.label}
          </button>
        </p>
      ) : null}
    </article>
  );
}
