import type { ParsedAddress } from '../../addresses';
import type { World } from '../../world';

/** Pages of Manage My Account: login, Forgot paths, the tabs, the upgrade wizard, payments, PAA Maintenance. */
export type AccountPage = never;

/** Every kind of AccountPage, so the site view can tell these pages apart. */
export const ACCOUNT_PAGE_KINDS = [] as const satisfies readonly AccountPage['kind'][];

export function accountPageAt(_world: World, _address: ParsedAddress): AccountPage | null {
  return null;
}
