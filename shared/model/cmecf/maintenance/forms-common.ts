import { onPage, refused, type Applied } from '../../transitions';
import { courtById, type Court, type EcfAccount, type World } from '../../world';
import { FIND_FILING_AGENT_MAX, signedInEcfAccount } from './filing-agents';
import type { EcfMaintenancePage } from './pages';
import { MAX_SECONDARY_EMAILS } from './state';

/** What the Maintain Your ECF Account forms share: their ids, the site's messages, and where a post may come from. */

export const MAINTENANCE_FORMS = {
  account: 'cmecf/maintain-account',
  email: 'cmecf/maintain-account/email-information',
  more: 'cmecf/maintain-account/more-user-information',
  findAgent: 'cmecf/maintain-account/find-filing-agent',
  selectAgent: 'cmecf/maintain-account/select-filing-agent',
  permissions: 'cmecf/maintain-account/filing-agent-permissions',
  changeUser: 'cmecf/change-user',
} as const;

export const MAINTENANCE_MESSAGES = {
  notOnThisPage: 'That action is not available on this page.',
  notAltered: 'Your account was not altered: there were no changes to submit.',
  cleared: 'Your changes have been cleared.',
  emailMismatch: 'Secondary E-Mail Address and Reenter Secondary E-Mail Address do not match.',
  emailReenter: 'Reenter Secondary E-Mail Address to confirm it.',
  emailInvalid: 'Secondary E-Mail Address is not a valid e-mail address.',
  emailTooLong: 'Secondary E-Mail Address must be at most 254 characters.',
  emailIsPrimary: 'That address is your primary e-mail address. Enter a different secondary e-mail address.',
  emailDuplicate: 'That address is already one of your secondary e-mail addresses.',
  tooManyEmails: `You can have at most ${MAX_SECONDARY_EMAILS} secondary e-mail addresses.`,
  noSecondaryAddress: 'Enter a secondary e-mail address before choosing To the Secondary Addresses.',
  noRecipient: 'Choose where notices are sent: to your primary e-mail address, to the secondary addresses, or both.',
  frequencyRequired: 'Choose how often notices are sent.',
  formatRequired: 'Choose the e-mail format.',
  agentNameRequired: 'Enter the name of the Filing Agent, then click the search icon.',
  agentNameTooLong: `Filing Agent name must be at most ${FIND_FILING_AGENT_MAX} characters.`,
  agentNotFound:
    'Could not find Filing Agent. A NextGen filing agent needs their own upgraded PACER account, linked to their filing agent CM/ECF account at this court.',
  agentAlreadyLinked: 'That filing agent is already linked to your account.',
  agentNotListed: 'That filing agent is not among the search results. Search again.',
  internetPaymentRequired: 'Choose Y or N for Internet Payment.',
  noFilingAgents: 'Only attorneys and trustees link filing agents.',
  principalRequired: 'Select the attorney or trustee you are filing for.',
} as const;

/** The maintenance page the trainee is on, with its court and account, if it is of one of these kinds. */
export function onMaintenancePage<K extends EcfMaintenancePage['kind']>(
  world: World,
  kind: K,
): { page: Extract<EcfMaintenancePage, { kind: K }>; court: Court; account: EcfAccount } | null {
  const page = onPage(world, kind) as Extract<EcfMaintenancePage, { kind: K }> | null;
  if (!page) return null;
  const court = courtById(world, page.courtId);
  const account = signedInEcfAccount(world, page.courtId);
  if (!court || !account || !('ecfAccountId' in page) || account.id !== page.ecfAccountId) return null;
  return { page, court, account };
}

export function notHere(world: World): Applied {
  return { world, outcome: refused(MAINTENANCE_MESSAGES.notOnThisPage) };
}
