import { CMECF_PATHS, ecfUrl } from '../../../shared/model/addresses';
import { MENU_ENTRIES, utilitiesMenu, type MenuEntry } from '../../../shared/model/menus';
import type { Court } from '../../../shared/model/world';
import { SiteLink } from '../common/SiteLink';
import { Unavailable } from '../common/Unavailable';
import type { PageOf, SiteProps } from '../types';

/** The full page of one top-bar menu (DisplayMenu.pl), e.g. Utilities with its groups (FIDELITY 1.9). */
export function CmecfMenuPage({ world, page, court, dispatch }: SiteProps<PageOf<'cmecf-menu'>> & { court: Court }) {
  const entry = ({ label, opens }: MenuEntry) => (
    <li key={label}>
      {opens === 'link-account' ? (
        <SiteLink address={ecfUrl(court, CMECF_PATHS.link)} dispatch={dispatch}>
          {label}
        </SiteLink>
      ) : (
        <Unavailable>{label}</Unavailable>
      )}
    </li>
  );

  if (page.menu === 'Utilities') {
    return (
      <div className="site-cmecf-menu-page">
        <h1>Utilities</h1>
        <div className="site-cmecf-groups">
          {utilitiesMenu(world, court.id).map((group) => (
            <section key={group.heading} className="site-cmecf-group">
              <h2>{group.heading}</h2>
              <ul>{group.entries.map(entry)}</ul>
            </section>
          ))}
        </div>
      </div>
    );
  }

  return (
    <div className="site-cmecf-menu-page">
      <h1>{page.menu}</h1>
      <ul className="site-cmecf-entries">{MENU_ENTRIES[page.menu].map((label) => entry({ label, opens: null }))}</ul>
    </div>
  );
}
