import type { Session } from '../../../shared/model/world';

/** The message the real system shows after a refused action (`world.session.notice`). */
export function SiteNotice({ notice }: { notice: Session['notice'] }) {
  if (!notice) return null;
  return (
    <div role={notice.tone === 'error' ? 'alert' : 'status'} className={`site-notice site-notice-${notice.tone}`}>
      {notice.text}
    </div>
  );
}
