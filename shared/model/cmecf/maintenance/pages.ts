import type { ParsedAddress } from '../../addresses';
import type { World } from '../../world';

/** Pages of Maintain Your ECF Account: account screen, Email Information, More User Information, Find Filing Agent, permissions. Addresses are on the court's ecf host, reached only once signed in and past the redaction notice. */
export type EcfMaintenancePage = never;

/** Every kind of EcfMaintenancePage, so the site view can tell these pages apart. */
export const ECF_MAINTENANCE_PAGE_KINDS = [] as const satisfies readonly EcfMaintenancePage['kind'][];

export function ecfMaintenancePageAt(_world: World, _courtId: string, _address: ParsedAddress): EcfMaintenancePage | null {
  return null;
}
