import { APPELLATE_SERVLETS, CMECF_PATHS, appellateUrl, cmecfMenuGroupUrl, cmecfMenuUrl, ecfUrl } from '../../../shared/model/addresses';
import { MENU_ENTRIES, utilitiesMenu, type MenuEntry } from '../../../shared/model/menus';
import type { Court } from '../../../shared/model/world';
import { filingMenuEntryAddress } from '../../../shared/model/cmecf/case-filing/pages';
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
    // The whole menu shows every group open; a group's heading opens the menu into that group, as the
    // real menu's cascading submenus do ("Click Utilities. Click Your Accounts.", seed 002).
    const groups = utilitiesMenu(world, court.id);
    const shown = page.group === undefined ? groups : groups.filter((group) => group.heading === page.group);
    const folded = groups.filter((group) => !shown.includes(group));
    return (
      <div className="site-cmecf-menu-page">
        <h1>Utilities</h1>
        <div className="site-cmecf-groups">
          {shown.map((group) => (
            <section key={group.heading} className="site-cmecf-group" aria-labelledby={groupId(group.heading)}>
              <h2 id={groupId(group.heading)}>
                <SiteLink
                  address={cmecfMenuGroupUrl(court, 'Utilities', group.heading)}
                  dispatch={dispatch}
                  current={page.group === group.heading}
                >
                  {group.heading}
                </SiteLink>
              </h2>
              <ul>{group.entries.map(({ label, opens }: MenuEntry) => entry(label, entryAddress(court, opens)))}</ul>
            </section>
          ))}
          {folded.length > 0 ? (
            <nav className="site-cmecf-group site-cmecf-folded" aria-label="Other Utilities groups">
              <ul>
                {folded.map((group) => (
                  <li key={group.heading}>
                    <SiteLink address={cmecfMenuGroupUrl(court, 'Utilities', group.heading)} dispatch={dispatch}>
                      {group.heading}
                    </SiteLink>
                  </li>
                ))}
                <li>
                  <SiteLink address={cmecfMenuUrl(court, 'Utilities')} dispatch={dispatch}>
                    All Utilities
                  </SiteLink>
                </li>
              </ul>
            </nav>
          ) : null}
        </div>
      </div>
    );
  }

  return (
    <div className="site-cmecf-menu-page">
      <h1>{page.menu}</h1>
      <ul className="site-cmecf-entries">
        {MENU_ENTRIES[page.menu].map((label) => entry(label, filingMenuEntryAddress(court, page.menu, label)))}
      </ul>
    </div>
  );
}

function groupId(heading: string): string {
  return `utilities-${heading.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
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
