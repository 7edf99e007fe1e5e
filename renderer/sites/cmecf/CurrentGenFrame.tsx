import type { ReactNode } from 'react';
import type { Court, World } from '../../../shared/model/world';
import { SiteNotice } from '../common/SiteNotice';
import './cmecf.css';

/**
 * A CurrentGen court's own CM/ECF pages (its login, Forgot Your Password):
 * the bar, the court, the page's heading, the site's notice, and the
 * simulator's reminder never to type a real password.
 */
export function CurrentGenFrame({ world, court, titleId, title, children }: { world: World; court: Court; titleId: string; title: string; children: ReactNode }) {
  return (
    <div className="site-cmecf">
      <div className="site-cmecf-bar">
        <span className="site-cmecf-logo">CM/ECF</span>
      </div>
      <div className="site-cmecf-rule" aria-hidden="true" />
      <div className="site-cmecf-content site-cmecf-currentgen">
        <p className="site-cmecf-court">{court.name}</p>
        <p className="site-cmecf-subtitle">Official Court Electronic Document Filing System</p>
        <h1 id={titleId}>{title}</h1>
        <SiteNotice notice={world.session.notice} />
        {children}
        <p className="site-practice-note">
          Training simulator: use the practice credentials from your briefing. Never type a real password here.
        </p>
      </div>
    </div>
  );
}
