import type { ReactNode } from 'react';
import { courtWebsiteUrl, ecfUrl } from '../../../shared/model/addresses';
import { COURT_WEBSITE_PATHS } from '../../../shared/model/pages';
import { filingSystemLinkAfterLogin, websiteEfilingLabel, type Court } from '../../../shared/model/world';
import type { TrainerEvent } from '../../../shared/model/events';
import { SiteLink } from '../common/SiteLink';
import { Unavailable } from '../common/Unavailable';
import { CourtEmblem } from './CourtEmblem';
import './court.css';

interface CourtLayoutProps {
  court: Court;
  current: 'home' | 'efiling';
  dispatch: (event: TrainerEvent) => void;
  children: ReactNode;
}

/** A court's public website, drawn for this project: banner with the court's name, navigation, content. */
export function CourtLayout({ court, current, dispatch, children }: CourtLayoutProps) {
  return (
    <div className="site-court">
      <div className="site-court-banner">
        <CourtEmblem />
        <p className="site-court-name">{court.name}</p>
      </div>
      <nav className="site-court-nav" aria-label="Court website">
        <ul>
          <li>
            <SiteLink
              address={courtWebsiteUrl(court, COURT_WEBSITE_PATHS.home)}
              dispatch={dispatch}
              current={current === 'home'}
            >
              Home
            </SiteLink>
          </li>
          <li>
            {/* Where the filing-system link follows the login (mow), the entry leads straight to the PACER login. */}
            <SiteLink
              address={
                filingSystemLinkAfterLogin(court) ? ecfUrl(court, '/') : courtWebsiteUrl(court, COURT_WEBSITE_PATHS.efiling)
              }
              dispatch={dispatch}
              current={current === 'efiling'}
            >
              {websiteEfilingLabel(court)}
            </SiteLink>
          </li>
          <li>
            <Unavailable>Court Information</Unavailable>
          </li>
          <li>
            <Unavailable>Forms</Unavailable>
          </li>
          <li>
            <Unavailable>Rules &amp; Procedures</Unavailable>
          </li>
        </ul>
      </nav>
      <div className="site-court-content">{children}</div>
      <div className="site-court-footer">
        <p>A court website drawn for training. It is not the court’s real website.</p>
      </div>
    </div>
  );
}
