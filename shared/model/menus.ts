import type { MenuName } from './events';
import { canFile, courtById, ecfAccountLinkedTo, type CourtType, type World } from './world';

/**
 * The CM/ECF menu bar by user state. Before linking a prior filer sees only
 * PACER functions; the filing menus of the court type appear once the
 * accounts are linked and the menu has been refreshed (seed 000, step 9).
 */

const FILING_MENUS: Record<CourtType, MenuName[]> = {
  bankruptcy: ['Bankruptcy', 'Adversary'],
  district: ['Civil', 'Criminal'],
  appellate: [],
};

export function filingMenusFor(type: CourtType): MenuName[] {
  return FILING_MENUS[type];
}

/** Whether the signed-in account now has filing rights at the court (ignores menu staleness). */
export function hasFilingRights(world: World, courtId: string): boolean {
  const number = world.session.signedInAccount;
  const account = number ? world.pacerAccounts[number] : undefined;
  if (!account || !number || !canFile(account)) return false;
  return ecfAccountLinkedTo(world, courtId, number) !== null;
}

export function menuBar(world: World, courtId: string): MenuName[] {
  const court = courtById(world, courtId);
  if (!court) return [];
  const shown = world.session.courtSessions[court.id]?.filingMenusShown ?? false;
  if (shown) return [...filingMenusFor(court.type), 'Query', 'Reports', 'Utilities', 'Search', 'Help'];
  return ['Query', 'Reports', 'Utilities', 'Help'];
}

export interface MenuEntry {
  label: string;
  /** The screen this entry opens in the simulator, or null when the scenario does not cover it. */
  opens: 'link-account' | null;
}

export interface MenuGroup {
  heading: string;
  entries: MenuEntry[];
}

/** Utilities, grouped as NextGen district and bankruptcy courts show it. */
export function utilitiesMenu(world: World, courtId: string): MenuGroup[] {
  const linked = hasFilingRights(world, courtId);
  const yourAccount: MenuEntry[] = [{ label: 'Link a CM/ECF account to my PACER account', opens: 'link-account' }];
  if (linked) {
    yourAccount.push({ label: 'Maintain Your ECF Account', opens: null });
    yourAccount.push({ label: 'View Your Transaction Log', opens: null });
    yourAccount.push({ label: 'Internet Payments Due', opens: null });
  }
  yourAccount.push({ label: 'Review Billing History', opens: null });
  yourAccount.push({ label: 'Change Client Code', opens: null });
  return [
    { heading: 'Your Account', entries: yourAccount },
    {
      heading: 'Miscellaneous',
      entries: [
        { label: 'Mailings', opens: null },
        { label: 'Verify a Document', opens: null },
        { label: 'Legal Research', opens: null },
      ],
    },
  ];
}

/** Entries of the other menus, for their menu pages. */
export const MENU_ENTRIES: Record<Exclude<MenuName, 'Utilities'>, string[]> = {
  Bankruptcy: ['Open BK Case', 'Motions/Applications', 'Notices', 'Plan', 'Claim Actions', 'Trustee/U.S. Trustee'],
  Adversary: ['Open an Adversary Proceeding', 'Answer/Response', 'Motions/Applications', 'Notices'],
  Civil: ['Open a Civil Case', 'Initial Pleadings and Service', 'Motions and Related Filings', 'Other Filings'],
  Criminal: ['Motions and Related Filings', 'Notices', 'Other Documents'],
  Query: ['Case Number', 'Case Name'],
  Reports: ['Calendar Events', 'Cases', 'Claims Register', 'Docket Activity', 'Docket Sheet', 'Written Opinions'],
  Search: ['Search for menu items'],
  Help: ['CM/ECF User Manual', 'Court Information', 'Clerk\u2019s Office Contacts'],
};
