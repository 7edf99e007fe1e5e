import type { ReactNode } from 'react';
import type { TrainerEvent } from '../../../shared/model/events';
import { PACER_ENTRY } from '../../../shared/model/pacer/hosts';
import type { World } from '../../../shared/model/world';
import { SiteLink } from '../common/SiteLink';
import { SiteNotice } from '../common/SiteNotice';
import './pacer-site.css';

export type PacerSection = 'home' | 'register' | 'manage' | 'lookup';

interface PacerSiteLayoutProps {
  world: World;
  dispatch: (event: TrainerEvent) => void;
  /** The top-navigation section this page belongs to (marked as current). */
  section: PacerSection;
  children: ReactNode;
}

interface NavItem {
  section: PacerSection;
  label: string;
  address: string;
  /** A hover menu under the item (seed 002: "Hover over Manage My Account. Click on Manage My Account Login."). */
  menu?: { label: string; address: string }[];
}

const NAV: NavItem[] = [
  { section: 'home', label: 'Home', address: PACER_ENTRY.home },
  { section: 'register', label: 'Register for an Account', address: PACER_ENTRY.register },
  {
    section: 'manage',
    label: 'Manage My Account',
    address: PACER_ENTRY.manageMyAccountLogin,
    menu: [{ label: 'Manage My Account Login', address: PACER_ENTRY.manageMyAccountLogin }],
  },
  { section: 'lookup', label: 'Court CM/ECF Lookup', address: PACER_ENTRY.cmecfLookup },
];

/**
 * The PACER sites (information site and PACER Service Center forms): navy
 * header with the PACER wordmark, the top navigation, a white content panel.
 * Drawn for this project after the real site's layout, not copied from it.
 */
export function PacerSiteLayout({ world, dispatch, section, children }: PacerSiteLayoutProps) {
  return (
    <div className="pacer-site">
      <header className="pacer-site__header">
        <p className="pacer-site__brand">
          <span className="pacer-site__wordmark">PACER</span>
          <span className="pacer-site__tagline">Public Access to Court Electronic Records</span>
        </p>
        <nav aria-label="PACER" className="pacer-site__nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.section} className={item.menu ? 'pacer-site__nav-parent' : undefined}>
                <SiteLink address={item.address} dispatch={dispatch} current={item.section === section}>
                  {item.label}
                  {item.menu ? <span aria-hidden="true"> ▾</span> : null}
                </SiteLink>
                {item.menu ? (
                  <ul className="pacer-site__submenu">
                    {item.menu.map((entry) => (
                      <li key={entry.label}>
                        <SiteLink address={entry.address} dispatch={dispatch}>
                          {entry.label}
                        </SiteLink>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="pacer-site__main">
        <SiteNotice notice={world.session.notice} />
        {children}
      </main>
      <footer className="pacer-site__footer">
        <p>PACER Service Center · (800) 676-6856 · pacer@psc.uscourts.gov — a training mock-up, not the real PACER.</p>
      </footer>
    </div>
  );
}
