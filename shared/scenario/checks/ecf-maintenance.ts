import { z } from 'zod';
import { maintenanceState } from '../../model/cmecf/maintenance/state';
import type { EcfAccount, World } from '../../model/world';
import { checkLine, checkSlug, defineCheck } from './kit';

/** The court's CM/ECF account with this login (logins are case-sensitive, as the court issues them). */
function ecfAccountAt(world: World, courtId: string, login: string): EcfAccount | null {
  return Object.values(world.ecfAccounts).find((account) => account.courtId === courtId && account.login === login) ?? null;
}

function hasSecondary(account: EcfAccount, email: string): boolean {
  return account.secondaryEmails.some((saved) => saved.toLowerCase() === email.toLowerCase());
}

/**
 * Objective checks over Maintain Your ECF Account and filing agents. Each
 * reads what the court has saved (after Submit), never the unsaved changes
 * on the screens: a change left without Submit does not count.
 */
export const ECF_MAINTENANCE_CHECKS = {
  'secondary-email-saved': defineCheck(
    {
      kind: z.literal('secondary-email-saved'),
      courtId: checkSlug,
      ecfLogin: checkLine(64),
      email: z.email('must be an e-mail address'),
      /** Also require "To the Secondary Addresses" (notices actually go there). */
      noticesToSecondary: z.boolean().default(false),
    },
    (check, world) => {
      const account = ecfAccountAt(world, check.courtId, check.ecfLogin);
      if (!account || !hasSecondary(account, check.email)) return false;
      return !check.noticesToSecondary || account.notices?.toSecondary === true;
    },
  ),
  'filing-agent-linked': defineCheck(
    {
      kind: z.literal('filing-agent-linked'),
      courtId: checkSlug,
      principalLogin: checkLine(64),
      agentLogin: checkLine(64),
      /** The Internet Payment permission the link must have; absent, either. */
      internetPayment: z.boolean().optional(),
    },
    (check, world) => {
      const principal = ecfAccountAt(world, check.courtId, check.principalLogin);
      const agent = ecfAccountAt(world, check.courtId, check.agentLogin);
      const link = principal && agent ? (principal.filingAgents ?? []).find((candidate) => candidate.ecfAccountId === agent.id) : undefined;
      return link !== undefined && (check.internetPayment === undefined || link.internetPayment === check.internetPayment);
    },
  ),
  /** The agent receives the principal's notices: their e-mail is a saved secondary address with notices sent there (seed 002). */
  'filing-agent-gets-notices': defineCheck(
    { kind: z.literal('filing-agent-gets-notices'), courtId: checkSlug, principalLogin: checkLine(64), agentLogin: checkLine(64) },
    (check, world) => {
      const principal = ecfAccountAt(world, check.courtId, check.principalLogin);
      const agent = ecfAccountAt(world, check.courtId, check.agentLogin);
      return principal !== null && agent !== null && hasSecondary(principal, agent.primaryEmail) && principal.notices?.toSecondary === true;
    },
  ),
  /**
   * Signed in with their own PACER account, the filing agent chose to file
   * for this principal under Change User (at any point: logging out after
   * does not undo having done it).
   */
  'filing-agent-acting-for': defineCheck(
    { kind: z.literal('filing-agent-acting-for'), courtId: checkSlug, agentLogin: checkLine(64), principalLogin: checkLine(64) },
    (check, world) => {
      const agent = ecfAccountAt(world, check.courtId, check.agentLogin);
      const principal = ecfAccountAt(world, check.courtId, check.principalLogin);
      if (!agent || !principal) return false;
      return (maintenanceState(world).choices ?? []).some(
        (choice) =>
          choice.courtId === check.courtId && choice.agentEcfAccountId === agent.id && choice.principalEcfAccountId === principal.id,
      );
    },
  ),
};
