import { courtById, ecfAccountLinkedTo, type EcfAccount, type World } from '../../world';
import { maintenanceState } from './state';

/**
 * Filing agents (seed 002, "Filing Agents"): a user with their own upgraded
 * PACER account and a filing-agent CM/ECF account, linked by an attorney or
 * trustee, who files in the principal's name.
 */

/** Roles that link filing agents to their account: "The attorney or trustee must link the Filing Agent". */
export function canLinkFilingAgents(account: EcfAccount): boolean {
  return account.role === 'attorney' || account.role === 'trustee';
}

/** A filing agent files for the attorneys and trustees who linked them; More User Information lists those principals. */
export function isFilingAgent(account: EcfAccount): boolean {
  return account.role === 'filing-agent';
}

/**
 * A filing agent the court's search can find: a filing-agent CM/ECF account
 * at this court, linked to its own upgraded individual PACER account. Before
 * NextGen an agent could be created with a court login alone; in NextGen the
 * agent needs their own PACER account first (FIDELITY 1.12).
 */
export function isNextGenFilingAgent(world: World, account: EcfAccount): boolean {
  if (!isFilingAgent(account) || account.linkedPacerAccount === null) return false;
  const pacer = world.pacerAccounts[account.linkedPacerAccount];
  return pacer !== undefined && pacer.kind === 'upgraded' && pacer.userType !== 'firm';
}

/** Longest name the Find Filing Agent field takes. */
export const FIND_FILING_AGENT_MAX = 80;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** Find Filing Agent: the court's NextGen filing agents whose name or login contains every word typed. */
export function findFilingAgents(world: World, courtId: string, query: string): EcfAccount[] {
  const wanted = words(query);
  if (wanted.length === 0) return [];
  return Object.values(world.ecfAccounts)
    .filter((account) => account.courtId === courtId && isNextGenFilingAgent(world, account))
    .filter((account) => {
      const haystack = words(`${account.name} ${account.login}`);
      return wanted.every((word) => haystack.some((candidate) => candidate.startsWith(word)));
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The attorneys and trustees who have linked this filing agent (saved links only). */
export function principalsOf(world: World, agent: EcfAccount): EcfAccount[] {
  return Object.values(world.ecfAccounts)
    .filter(
      (account) =>
        account.courtId === agent.courtId &&
        canLinkFilingAgents(account) &&
        (account.filingAgents ?? []).some((link) => link.ecfAccountId === agent.id),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The signed-in filer's own CM/ECF account at the court, if linked. */
export function signedInEcfAccount(world: World, courtId: string): EcfAccount | null {
  const number = world.session.signedInAccount;
  return number && courtById(world, courtId) ? ecfAccountLinkedTo(world, courtId, number) : null;
}

/** A filing agent files only in a principal's name: without one, they have nothing to file (seed 002). */
export function agentHasPrincipal(world: World, account: EcfAccount): boolean {
  return !isFilingAgent(account) || principalsOf(world, account).length > 0;
}

/** The principal the signed-in filing agent files for at this court, once chosen. */
export function actingPrincipal(world: World, courtId: string): EcfAccount | null {
  const agent = signedInEcfAccount(world, courtId);
  const choice = Object.hasOwn(maintenanceState(world).actingFor, courtId) ? maintenanceState(world).actingFor[courtId] : undefined;
  if (!agent || !choice || choice.agentEcfAccountId !== agent.id) return null;
  return principalsOf(world, agent).find((principal) => principal.id === choice.principalEcfAccountId) ?? null;
}
