import { field, type FormSubmission } from '../../form-kit';
import { acceptedWith, pushAddress, refused, type Applied } from '../../transitions';
import type { World } from '../../world';
import { maintainAccountUrl } from './addresses';
import { canLinkFilingAgents, findFilingAgents, FIND_FILING_AGENT_MAX, principalsOf } from './filing-agents';
import { MAINTENANCE_MESSAGES, notHere, onMaintenancePage } from './forms-common';
import { maintenanceState, shownSettings, withDraft, withMaintenanceState, type AccountDraft } from './state';

/**
 * More User Information (seed 002, "Attorney or Trustee: Linking Filing Agent
 * to CM/ECF Account", steps 1-6) and a filing agent's Change User. Linking
 * and permissions change the account screen's draft; Submit there saves them.
 */

export function handleMore(world: World, submission: FormSubmission): Applied {
  const here = onMaintenancePage(world, 'cmecf-maintain-more');
  if (!here || submission.button !== 'return-to-account-screen') return notHere(world);
  return { world: pushAddress(world, maintainAccountUrl(here.court)), outcome: acceptedWith(null) };
}

export function handleFindAgent(world: World, submission: FormSubmission): Applied {
  const here = onMaintenancePage(world, 'cmecf-maintain-more');
  if (!here || submission.button !== 'search') return notHere(world);
  if (!canLinkFilingAgents(here.account)) return { world, outcome: refused(MAINTENANCE_MESSAGES.noFilingAgents) };
  const name = field(submission, 'filingAgentName');
  if (name === '') return { world, outcome: refused(MAINTENANCE_MESSAGES.agentNameRequired) };
  if (name.length > FIND_FILING_AGENT_MAX) return { world, outcome: refused(MAINTENANCE_MESSAGES.agentNameTooLong) };
  if (findFilingAgents(world, here.court.id, name).length === 0) return { world, outcome: refused(MAINTENANCE_MESSAGES.agentNotFound) };
  return { world: pushAddress(world, maintainAccountUrl(here.court, 'more', { find: name })), outcome: acceptedWith(null) };
}

export function handleSelectAgent(world: World, submission: FormSubmission): Applied {
  const here = onMaintenancePage(world, 'cmecf-maintain-more');
  if (!here || submission.button !== 'select' || here.page.search === null) return notHere(world);
  const { court, account } = here;
  const agentId = field(submission, 'filingAgent');
  const agent = findFilingAgents(world, court.id, here.page.search).find((candidate) => candidate.id === agentId);
  if (!agent) return { world, outcome: refused(MAINTENANCE_MESSAGES.agentNotListed) };
  const current = shownSettings(world, court.id, account);
  if (current.filingAgents.some((link) => link.ecfAccountId === agent.id)) {
    return { world, outcome: refused(MAINTENANCE_MESSAGES.agentAlreadyLinked) };
  }
  const draft: AccountDraft = { ...current, filingAgents: [...current.filingAgents, { ecfAccountId: agent.id, internetPayment: false }] };
  return {
    world: pushAddress(withDraft(world, court.id, draft), maintainAccountUrl(court, 'more')),
    outcome: acceptedWith(null),
  };
}

export function handlePermissions(world: World, submission: FormSubmission): Applied {
  const here = onMaintenancePage(world, 'cmecf-maintain-more');
  const agentId = here?.page.permissionsFor ?? null;
  if (!here || agentId === null) return notHere(world);
  const { court, account } = here;
  if (submission.button === 'cancel') {
    return { world: pushAddress(world, maintainAccountUrl(court, 'more')), outcome: acceptedWith(null) };
  }
  if (submission.button !== 'save') return notHere(world);
  const answer = field(submission, 'internetPayment');
  if (answer !== 'Y' && answer !== 'N') return { world, outcome: refused(MAINTENANCE_MESSAGES.internetPaymentRequired) };
  const current = shownSettings(world, court.id, account);
  const filingAgents = current.filingAgents.map((link) =>
    link.ecfAccountId === agentId ? { ...link, internetPayment: answer === 'Y' } : link,
  );
  return {
    world: pushAddress(withDraft(world, court.id, { ...current, filingAgents }), maintainAccountUrl(court, 'more')),
    outcome: acceptedWith(null),
  };
}

export function accountName(world: World, id: string): string {
  const account = Object.hasOwn(world.ecfAccounts, id) ? world.ecfAccounts[id] : undefined;
  return account ? account.name.slice(0, 120) : 'an account the court does not have';
}


export function handleChangeUser(world: World, submission: FormSubmission): Applied {
  const here = onMaintenancePage(world, 'cmecf-change-user');
  if (!here || submission.button !== 'submit') return notHere(world);
  const { court, account } = here;
  const principal = principalsOf(world, account).find((candidate) => candidate.id === field(submission, 'principal'));
  if (!principal) return { world, outcome: refused(MAINTENANCE_MESSAGES.principalRequired) };
  const choice = { agentEcfAccountId: account.id, principalEcfAccountId: principal.id };
  const state = maintenanceState(world);
  const actingFor = { ...state.actingFor, [court.id]: choice };
  const choices = [...(state.choices ?? []), { courtId: court.id, ...choice }];
  // The page stays, and now names the principal chosen.
  return { world: withMaintenanceState(world, { actingFor, choices }), outcome: acceptedWith(null) };
}
