import { APPELLATE_SERVLETS, APPELLATE_SERVLET_PATH, CMECF_PATHS, type ParsedAddress } from '../addresses';
import { MENU_NAMES, type MenuName } from '../events';
import { isCurrentGen, menuBar, utilitiesGroup } from '../menus';
import { courtById, type World } from '../world';
import { currentGenLogin } from './court-state';

/**
 * The court side's own pages:
 * - a CurrentGen court's own CM/ECF login (seed 004: CurrentGen courts keep
 *   two separate usernames and passwords; FIDELITY 1.9 "CurrentGen only");
 * - the appellate "Link my filer account to my PACER account" screen
 *   (seed 004; FIDELITY 1.11) and Utilities ▸ Update My Account.
 */
export type CourtSidePage =
  | { kind: 'cmecf-currentgen-login'; courtId: string }
  | { kind: 'cmecf-appellate-link'; courtId: string }
  | { kind: 'cmecf-appellate-account'; courtId: string }
  /** The court's system could not link the accounts (seed 004): try again, or a new e-filing request. */
  | { kind: 'cmecf-link-failed'; courtId: string; ecfAccountId: string };

export const COURT_SIDE_PAGE_KINDS = [
  'cmecf-currentgen-login',
  'cmecf-appellate-link',
  'cmecf-appellate-account',
  'cmecf-link-failed',
] as const satisfies readonly CourtSidePage['kind'][];

/** The CM/ECF main and menu pages, which a CurrentGen court shows once its own login is past. */
type SharedCmecfPage = { kind: 'cmecf-main'; courtId: string } | { kind: 'cmecf-menu'; courtId: string; menu: MenuName; group?: string };

function menuPage(world: World, courtId: string, address: ParsedAddress): SharedCmecfPage {
  const name = address.query.get('menu');
  const menu = MENU_NAMES.find((candidate) => candidate === name);
  if (menu === undefined || !menuBar(world, courtId).includes(menu)) return { kind: 'cmecf-main', courtId };
  const group = utilitiesGroup(world, courtId, menu, address.query.get('group'));
  return group === null ? { kind: 'cmecf-menu', courtId, menu } : { kind: 'cmecf-menu', courtId, menu, group };
}

/**
 * A CurrentGen court's CM/ECF host: its own login page until the court-issued
 * login is past, then CM/ECF itself. Null for a court that is live on NextGen.
 */
export function currentGenPageAt(world: World, courtId: string, address: ParsedAddress): CourtSidePage | SharedCmecfPage | null {
  const court = courtById(world, courtId);
  if (!court || !isCurrentGen(court, world.clock)) return null;
  if (currentGenLogin(world, courtId) === null) return { kind: 'cmecf-currentgen-login', courtId };
  if (address.path === CMECF_PATHS.menu) return menuPage(world, courtId, address);
  return { kind: 'cmecf-main', courtId };
}

/**
 * An appellate court's servlet pages, once signed in and past the redaction
 * notice. The district/bankruptcy link address opens the appellate link
 * screen too: an appellate court has only its own.
 */
export function appellatePageAt(world: World, courtId: string, address: ParsedAddress): CourtSidePage | SharedCmecfPage | null {
  const court = courtById(world, courtId);
  if (court?.type !== 'appellate') return null;
  if (address.path === CMECF_PATHS.link) return { kind: 'cmecf-appellate-link', courtId };
  if (address.path !== APPELLATE_SERVLET_PATH) return null;
  switch (address.query.get('servlet')) {
    case APPELLATE_SERVLETS.link:
      return { kind: 'cmecf-appellate-link', courtId };
    case APPELLATE_SERVLETS.updateAccount:
      return { kind: 'cmecf-appellate-account', courtId };
    case APPELLATE_SERVLETS.menu:
      return menuPage(world, courtId, address);
    default:
      return { kind: 'cmecf-main', courtId };
  }
}
