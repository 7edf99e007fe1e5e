import { ecfUrl } from '../../../shared/model/addresses';
import { filingSystemLabel, type Court } from '../../../shared/model/world';
import { SiteLink } from '../common/SiteLink';
import { SiteNotice } from '../common/SiteNotice';
import { Unavailable } from '../common/Unavailable';
import type { PageOf, SiteProps } from '../types';
import './cmecf.css';

/**
 * Where a court such as the Western District of Missouri lands after the
 * PACER login and the redaction notice: its filing systems, the Document
 * Filing System first (seed 002, "Attorney Reinstatement" step 5). No menu
 * bar yet: CM/ECF itself opens from the link.
 */
export function EcfLanding({ world, court, dispatch }: SiteProps<PageOf<'ecf-landing'>> & { court: Court }) {
  return (
    <div className="site-cmecf">
      <div className="site-cmecf-bar">
        <span className="site-cmecf-logo">CM/ECF</span>
      </div>
      <div className="site-cmecf-rule" aria-hidden="true" />
      <div className="site-cmecf-content site-cmecf-landing">
        <SiteNotice notice={world.session.notice} />
        <h1>{court.name}</h1>
        <p className="site-cmecf-subtitle">Select the system you want to use.</p>
        <ul className="site-cmecf-landing-list">
          <li>
            <SiteLink address={ecfUrl(court)} dispatch={dispatch}>
              {filingSystemLabel(court)}
            </SiteLink>
            <span className="site-cmecf-landing-note">File documents, query cases and run reports.</span>
          </li>
          <li>
            <Unavailable>Attorney Admissions</Unavailable>
          </li>
          <li>
            <Unavailable>Pro Hac Vice Admissions</Unavailable>
          </li>
        </ul>
      </div>
    </div>
  );
}
