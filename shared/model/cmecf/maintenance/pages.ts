import type { ParsedAddress } from '../../addresses';
import type { World } from '../../world';
import { MAINTENANCE_PATHS } from './addresses';
import { canLinkFilingAgents, principalsOf, signedInEcfAccount } from './filing-agents';
import { receiptFor, shownSettings } from './state';

/**
 * Pages of Maintain Your ECF Account (Utilities ▸ Your Account): the account
 * screen, Email Information, More User Information (Find Filing Agent and
 * the Update Filing Agent Permissions box), the acknowledgment after Submit,
 * and a filing agent's Change User. Addresses are on the court's ecf host,
 * reached only once signed in and past the redaction notice.
 */
export type EcfMaintenancePage =
  | { kind: 'cmecf-maintain-account'; courtId: string; ecfAccountId: string }
  | { kind: 'cmecf-maintain-email'; courtId: string; ecfAccountId: string }
  | {
      kind: 'cmecf-maintain-more';
      courtId: string;
      ecfAccountId: string;
      /** What was typed in Find Filing Agent, once searched. */
      search: string | null;
      /** The linked agent whose Update Filing Agent Permissions box is open. */
      permissionsFor: string | null;
    }
  | { kind: 'cmecf-maintain-saved'; courtId: string; ecfAccountId: string }
  /** The address opened by someone with no linked CM/ECF account at this court. */
  | { kind: 'cmecf-maintain-not-linked'; courtId: string }
  | { kind: 'cmecf-change-user'; courtId: string; ecfAccountId: string };

/** Every kind of EcfMaintenancePage, so the site view can tell these pages apart. */
export const ECF_MAINTENANCE_PAGE_KINDS = [
  'cmecf-maintain-account',
  'cmecf-maintain-email',
  'cmecf-maintain-more',
  'cmecf-maintain-saved',
  'cmecf-maintain-not-linked',
  'cmecf-change-user',
] as const satisfies readonly EcfMaintenancePage['kind'][];

/** The screens that carry the account screen's unsaved changes; leaving them loses the changes. */
export const DRAFT_PAGE_KINDS: readonly EcfMaintenancePage['kind'][] = ['cmecf-maintain-account', 'cmecf-maintain-email', 'cmecf-maintain-more'];

export function ecfMaintenancePageAt(world: World, courtId: string, address: ParsedAddress): EcfMaintenancePage | null {
  if (address.path !== MAINTENANCE_PATHS.account && address.path !== MAINTENANCE_PATHS.changeUser) return null;
  const account = signedInEcfAccount(world, courtId);
  if (!account) return { kind: 'cmecf-maintain-not-linked', courtId };
  const ecfAccountId = account.id;

  if (address.path === MAINTENANCE_PATHS.changeUser) {
    return principalsOf(world, account).length > 0
      ? { kind: 'cmecf-change-user', courtId, ecfAccountId }
      : { kind: 'cmecf-maintain-account', courtId, ecfAccountId };
  }

  switch (address.query.get('screen')) {
    case 'email':
      return { kind: 'cmecf-maintain-email', courtId, ecfAccountId };
    case 'more': {
      const linksAgents = canLinkFilingAgents(account);
      const search = linksAgents ? address.query.get('find') : null;
      // The permissions box opens only for an agent the account screen now lists.
      const agentId = linksAgents ? address.query.get('agent') : null;
      const listed = shownSettings(world, courtId, account).filingAgents.some((link) => link.ecfAccountId === agentId);
      const agent = listed ? agentId : null;
      return { kind: 'cmecf-maintain-more', courtId, ecfAccountId, search: search ?? null, permissionsFor: agent ?? null };
    }
    case 'saved':
      return receiptFor(world, courtId)?.ecfAccountId === ecfAccountId
        ? { kind: 'cmecf-maintain-saved', courtId, ecfAccountId }
        : { kind: 'cmecf-maintain-account', courtId, ecfAccountId };
    default:
      return { kind: 'cmecf-maintain-account', courtId, ecfAccountId };
  }
}
