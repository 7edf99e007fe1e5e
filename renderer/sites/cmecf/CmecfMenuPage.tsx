import { APPELLATE_SERVLETS, CMECF_PATHS, appellateUrl, ecfUrl } from '../../../shared/model/addresses';
import { MENU_ENTRIES, utilitiesMenu, type MenuEntry } from '../../../shared/model/menus';
import type { Court } from '../../../shared/model/world';
import { OTHER_FILINGS_ENTRY } from '../../../shared/model/cmecf/case-filing/events-catalog';
import { otherFilingsUrl } from '../../../shared/model/cmecf/case-filing/pages';
import { changeUserUrl, maintainAccountUrl } from '../../../shared/model/cmecf/maintenance/addresses';
import { SiteLink } from '../common/SiteLink';
import { Unavailable } from '../common/Unavailable';
import type { PageOf, SiteProps } from '../types';

/** The full page of one top-bar menu (DisplayMenu.pl), e.g. Utilities with its groups (FIDELITY 1.9). */
export function CmecfMenuPage({ world, page, court, dispatch }: SiteProps<PageOf<'cmecf-menu'>> & { court: Court }) {
  const entry = (label: string, address: string | null) => (
    <li key={label}>
      {address ? (
        <SiteLink address={address} dispatch={dispatch}>
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
              <ul>{group.entries.map(({ label, opens }: MenuEntry) => entry(label, entryAddress(court, opens)))}</ul>
            </section>
          ))}
        </div>
      </div>
    );
  }

  return (
    <div className="site-cmecf-menu-page">
      <h1>{page.menu}</h1>
      <ul className="site-cmecf-entries">
        {MENU_ENTRIES[page.menu].map((label) => entry(label, menuEntryAddress(court, page.menu, label)))}
      </ul>
    </div>
  );
}

/** Where an entry of a filing menu leads in the simulator: Civil ▸ Other Filings at a district court; null for the rest. */
function menuEntryAddress(court: Court, menu: string, label: string): string | null {
  const isOtherFilings = court.type === 'district' && menu === OTHER_FILINGS_ENTRY.menu && label === OTHER_FILINGS_ENTRY.label;
  return isOtherFilings ? otherFilingsUrl(court) : null;
}

/** Where a Utilities entry leads in the simulator, or null for an entry the scenario does not cover. */
function entryAddress(court: Court, opens: MenuEntry['opens']): string | null {
  switch (opens) {
    case 'link-account':
      return ecfUrl(court, CMECF_PATHS.link);
    case 'maintain-account':
      return maintainAccountUrl(court);
    case 'change-user':
      return changeUserUrl(court);
    case 'update-my-account':
      return appellateUrl(court, APPELLATE_SERVLETS.updateAccount);
    default:
      return null;
  }
}
