import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { TrainerEvent } from '../../../../shared/model/events';
import { PACER_ENTRY } from '../../../../shared/model/pacer/hosts';
import { upgradeNotedOnTab } from '../../../../shared/model/pacer/account/offers';
import { tabShown } from '../../../../shared/model/pacer/account/pages';
import { homeUrl, MMA_OPTIONS, MMA_TAB_LABELS, MMA_TABS, optionUrl, type MmaOptionId, type MmaTab } from '../../../../shared/model/pacer/account/routes';
import type { PacerAccount, World } from '../../../../shared/model/world';
import { SiteLink } from '../../common/SiteLink';
import { MfaSettingsLink } from '../mfa/MfaAccountRow';

/** The links of each tab, in the order the real tabs list them (FIDELITY 1.3, 1.6). */
const TAB_LINKS: Record<MmaTab, readonly (MmaOptionId | 'attorney-admissions' | 'non-attorney-efile')[]> = {
  settings: ['change-username', 'change-password', 'security-information', 'billing-email', 'billing-preferences', 'remove-from-paa'],
  maintenance: [
    'personal',
    'address',
    'efiler-email',
    'registered-courts',
    'attorney-admissions',
    'non-attorney-efile',
    'efile-status',
    'efile-history',
  ],
  payments: ['one-time-payment', 'stored-payment'],
  usage: ['invoice', 'transactions'],
  paa: ['paa-add', 'paa-remove', 'paa-rescind', 'paa-list'],
};

/**
 * Seed 002's Non-Attorney Filers procedure says "Select Non-Attorney
 * Admission/E-File Registration"; PACER's FAQ (seed 004) calls the same link
 * "Non-Attorney Admissions E-File Registration", which it also goes by.
 */
function linkFor(id: (typeof TAB_LINKS)[MmaTab][number]): { label: string; address: string; title?: string } {
  if (id === 'attorney-admissions') return { label: 'Attorney Admissions/E-File Registration', address: PACER_ENTRY.attorneyAdmissions };
  if (id === 'non-attorney-efile') {
    return { label: 'Non-Attorney Admission/E-File Registration', address: PACER_ENTRY.nonAttorneyEfile, title: 'Non-Attorney Admissions E-File Registration' };
  }
  return { label: MMA_OPTIONS[id].label, address: optionUrl(id) };
}

/**
 * Settings, Maintenance, Payments, Usage (and PAA Maintenance for a PAA):
 * real tabs. Choosing a tab opens its address (so a walkthrough and the
 * Back button can reach it); arrow keys, Home and End move between tabs.
 */
export function AccountTabs({ world, account, tab, dispatch }: { world: World; account: PacerAccount; tab: MmaTab; dispatch: (event: TrainerEvent) => void }) {
  const tabs = MMA_TABS.filter((candidate) => tabShown(candidate, account.administrative === true));
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // After an arrow key opened another tab, keep the keyboard focus on the tab now selected.
    const selected = list.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (selected && list.current?.contains(document.activeElement) && document.activeElement !== selected) selected.focus();
  }, [tab]);
  const open = (next: MmaTab) => dispatch({ type: 'browser/navigated', address: homeUrl(next), via: 'link' });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.indexOf(tab);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    open(tabs[(target + tabs.length) % tabs.length]!);
  };
  return (
    <section className="mma-tabs">
      <div role="tablist" aria-label="Manage My Account" ref={list} onKeyDown={onKeyDown}>
        {tabs.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            id={`mma-tab-${candidate}`}
            aria-selected={candidate === tab}
            aria-controls={`mma-panel-${candidate}`}
            tabIndex={candidate === tab ? 0 : -1}
            onClick={() => open(candidate)}
          >
            {MMA_TAB_LABELS[candidate]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`mma-panel-${tab}`} aria-labelledby={`mma-tab-${tab}`} className="mma-tabpanel" tabIndex={0}>
        {upgradeNotedOnTab(account, tab) ? (
          <p className="mma-note">Your account is a legacy account: choosing any Settings option will prompt you to upgrade it first.</p>
        ) : null}
        <ul>
          {TAB_LINKS[tab].map((id) => {
            const link = linkFor(id);
            return (
              <li key={id}>
                <SiteLink address={link.address} dispatch={dispatch} title={link.title}>
                  {link.label}
                </SiteLink>
              </li>
            );
          })}
          {tab === 'settings' ? <MfaSettingsLink world={world} account={account} dispatch={dispatch} /> : null}
        </ul>
      </div>
    </section>
  );
}
