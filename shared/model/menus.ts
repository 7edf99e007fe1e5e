import { currentGenLogin } from './cmecf/court-state';
import { agentHasPrincipal, signedInEcfAccount } from './cmecf/maintenance/filing-agents';
import { offersReinstatement } from './cmecf/reinstatement/standing';
import type { MenuName } from './events';
import { canFile, courtById, ecfAccountLinkedTo, isNextGenLive, type Court, type CourtType, type EcfRole, type World } from './world';

/**
 * The CM/ECF menu bar by user state. Before linking a prior filer sees only
 * PACER functions; the filing menus of the court type appear once the
 * accounts are linked and the menu has been refreshed (seed 000, step 9).
 */

const FILING_MENUS: Record<CourtType, MenuName[]> = {
  bankruptcy: ['Bankruptcy', 'Adversary'],
  district: ['Civil', 'Criminal'],
  appellate: ['Filing'],
};

/**
 * A CurrentGen court's own CM/ECF shows the filing menus of the logged-in
 * login's role: limited filers and non-attorney filers (creditors, filing
 * agents) see only the case menu their filings go under.
 */
function currentGenFilingMenus(type: CourtType, role: EcfRole): MenuName[] {
  const full = FILING_MENUS[type];
  if (role === 'attorney' || role === 'trustee') return full;
  return full.slice(0, 1);
}

/** Whether the court still runs CurrentGen CM/ECF (its own login) at the simulated time. */
export function isCurrentGen(court: Court, clock: string): boolean {
  return !isNextGenLive(court, clock);
}

export function filingMenusFor(type: CourtType): MenuName[] {
  return FILING_MENUS[type];
}

/** Whether the signed-in account now has filing rights at the court (ignores menu staleness). */
export function hasFilingRights(world: World, courtId: string): boolean {
  const court = courtById(world, courtId);
  if (court && isCurrentGen(court, world.clock)) return currentGenLogin(world, courtId) !== null;
  const number = world.session.signedInAccount;
  const account = number ? world.pacerAccounts[number] : undefined;
  if (!account || !number || !canFile(account)) return false;
  const ecf = ecfAccountLinkedTo(world, courtId, number);
  // A filing agent files only in the name of an attorney or trustee who has linked them (seed 002, "Filing Agents").
  return ecf !== null && agentHasPrincipal(world, ecf);
}

export function menuBar(world: World, courtId: string): MenuName[] {
  const court = courtById(world, courtId);
  if (!court) return [];
  if (isCurrentGen(court, world.clock)) {
    const ecfId = currentGenLogin(world, court.id);
    const ecf = ecfId ? world.ecfAccounts[ecfId] : undefined;
    return ecf ? [...currentGenFilingMenus(court.type, ecf.role), 'Query', 'Reports', 'Utilities', 'Search', 'Help'] : [];
  }
  const shown = world.session.courtSessions[court.id]?.filingMenusShown ?? false;
  if (shown) {
    const reinstatement: MenuName[] = offersReinstatement(world, court.id) ? ['Attorney Reinstatement'] : [];
    return [...filingMenusFor(court.type), ...reinstatement, 'Query', 'Reports', 'Utilities', 'Search', 'Help'];
  }
  return ['Query', 'Reports', 'Utilities', 'Help'];
}

export interface MenuEntry {
  label: string;
  /** The screen this entry opens in the simulator, or null when the scenario does not cover it. */
  opens: 'link-account' | 'update-my-account' | 'maintain-account' | 'change-user' | null;
}

export interface MenuGroup {
  heading: string;
  entries: MenuEntry[];
}

/** Utilities, grouped as NextGen district and bankruptcy courts show it; appellate and CurrentGen courts differ. */
export function utilitiesMenu(world: World, courtId: string): MenuGroup[] {
  const court = courtById(world, courtId);
  if (court?.type === 'appellate') return appellateUtilities();
  if (court && isCurrentGen(court, world.clock)) return currentGenUtilities();
  const linked = hasFilingRights(world, courtId);
  const yourAccount: MenuEntry[] = [{ label: 'Link a CM/ECF account to my PACER account', opens: 'link-account' }];
  if (linked) {
    yourAccount.push({ label: 'Maintain Your ECF Account', opens: 'maintain-account' });
    if (signedInEcfAccount(world, courtId)?.role === 'filing-agent') yourAccount.push({ label: 'Change User', opens: 'change-user' });
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

/**
 * Appellate Utilities (FIDELITY 1.11): account upkeep is Update My Account,
 * which sends the filer to PACER's Manage My Account; fees are Pay Fees. The
 * link itself is on the landing page, not here.
 */
function appellateUtilities(): MenuGroup[] {
  return [
    {
      heading: 'Your Account',
      entries: [
        { label: 'Update My Account', opens: 'update-my-account' },
        { label: 'Pay Fees', opens: null },
        { label: 'Review Billing History', opens: null },
        { label: 'Change Client Code', opens: null },
      ],
    },
    { heading: 'Miscellaneous', entries: [{ label: 'Verify a Document', opens: null }] },
  ];
}

/**
 * CurrentGen Utilities (FIDELITY 1.9): no link entry (there is no central
 * sign-on to link to yet); the court's own login keeps a PACER login of its own.
 */
function currentGenUtilities(): MenuGroup[] {
  return [
    {
      heading: 'Your Account',
      entries: [
        { label: 'Maintain Your ECF Account', opens: null },
        { label: 'Change Your PACER Login', opens: null },
        { label: 'View Your Transaction Log', opens: null },
        { label: 'Review Billing History', opens: null },
      ],
    },
    {
      heading: 'Miscellaneous',
      entries: [
        { label: 'Mailings', opens: null },
        { label: 'Verify a Document', opens: null },
      ],
    },
  ];
}

/**
 * The Utilities group a menu page opens into (seed 002: "1. Click Utilities.
 * 2. Click Your Accounts. 3. Click Maintain Your ECF Account."), by its
 * heading as the address carries it; null for the whole menu or a group
 * this user's Utilities does not have.
 */
export function utilitiesGroup(world: World, courtId: string, menu: MenuName, group: string | null): string | null {
  if (menu !== 'Utilities' || group === null) return null;
  return utilitiesMenu(world, courtId).find((candidate) => candidate.heading === group)?.heading ?? null;
}

/** Entries of the other menus, for their menu pages. */
export const MENU_ENTRIES: Record<Exclude<MenuName, 'Utilities'>, string[]> = {
  Bankruptcy: ['Open BK Case', 'Motions/Applications', 'Notices', 'Plan', 'Claim Actions', 'Trustee/U.S. Trustee'],
  Adversary: ['Open an Adversary Proceeding', 'Answer/Response', 'Motions/Applications', 'Notices'],
  Civil: ['Open a Civil Case', 'Initial Pleadings and Service', 'Motions and Related Filings', 'Other Filings'],
  Criminal: ['Motions and Related Filings', 'Notices', 'Other Documents'],
  Filing: ['File a Document'],
  'Attorney Reinstatement': ['Attorney reinstatement'],
  Query: ['Case Number', 'Case Name'],
  Reports: ['Calendar Events', 'Cases', 'Claims Register', 'Docket Activity', 'Docket Sheet', 'Written Opinions'],
  Search: ['Search for menu items'],
  Help: ['CM/ECF User Manual', 'Court Information', 'Clerk\u2019s Office Contacts'],
};
