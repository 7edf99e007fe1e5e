import type { ReactNode } from 'react';
import { cmecfHomeUrl } from '../../../shared/model/addresses';
import type { MenuName, TrainerEvent } from '../../../shared/model/events';
import type { Court, World } from '../../../shared/model/world';
import { SiteLink } from '../common/SiteLink';
import { SiteNotice } from '../common/SiteNotice';
import { CmecfMenuBar } from './CmecfMenuBar';
import './cmecf.css';

interface CmecfLayoutProps {
  world: World;
  court: Court;
  currentMenu: MenuName | null;
  /** The main page shows the court's name as its heading instead. */
  showCourtName: boolean;
  dispatch: (event: TrainerEvent) => void;
  children: ReactNode;
}

/** Every CM/ECF page: ivory page, small logo, menu bar, thin rule, court name, notice (FIDELITY 1.8). */
export function CmecfLayout({ world, court, currentMenu, showCourtName, dispatch, children }: CmecfLayoutProps) {
  return (
    <div className="site-cmecf">
      <div className="site-cmecf-bar">
        <SiteLink className="site-cmecf-logo" address={cmecfHomeUrl(court)} dispatch={dispatch}>
          CM/ECF
        </SiteLink>
        <CmecfMenuBar world={world} court={court} current={currentMenu} dispatch={dispatch} />
      </div>
      <div className="site-cmecf-rule" aria-hidden="true" />
      <div className="site-cmecf-content">
        {showCourtName ? <p className="site-cmecf-court">{court.name}</p> : null}
        <SiteNotice notice={world.session.notice} />
        {children}
      </div>
    </div>
  );
}
