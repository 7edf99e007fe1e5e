import { Attempt } from '../../../../support/attempt';
import { builtinScenario } from '../../../../support/scenarios';
import type { ResolvedScenario } from '../../../../../shared/scenario/schema';

/**
 * Worlds at the Western District of Missouri for Maintain Your ECF Account,
 * built with the real model from the two built-in scenarios: each helper is
 * the steps a filer takes, by the court's labels.
 */

export const MOW = 'mow';
export const ECF = 'https://ecf.mow.uscourts.gov/';
export const MAIN = 'https://ecf.mow.uscourts.gov/cgi-bin/ShowIndex.pl';
export const MAINTAIN = 'https://ecf.mow.uscourts.gov/cgi-bin/MaintainAccount.pl';
export const CHANGE_USER = 'https://ecf.mow.uscourts.gov/cgi-bin/ChangeUser.pl';

export const FORMS = {
  account: 'cmecf/maintain-account',
  email: 'cmecf/maintain-account/email-information',
  more: 'cmecf/maintain-account/more-user-information',
  find: 'cmecf/maintain-account/find-filing-agent',
  select: 'cmecf/maintain-account/select-filing-agent',
  permissions: 'cmecf/maintain-account/filing-agent-permissions',
  changeUser: 'cmecf/change-user',
} as const;

export const CASTELLANOS = { username: 'pcastellanos', password: 'Westport*Road55', ecfId: 'castellanos-mow' } as const;
export const BRANDT = { username: 'lbrandt', password: 'Union*Station31', ecfId: 'brandt-mow' } as const;
export const MARCUS = { username: 'moyelaran', password: 'Penn*Valley82', ecfId: 'oyelaran-mow', email: 'moyelaran@brandt-okoye.example' } as const;
export const DOCKETING = 'docketing@castellanos-ruiz.example';

/** The Email Information fields as the page posts them with its defaults, plus the changes given. */
export function emailFields(change: Record<string, string> = {}): Record<string, string> {
  return { secondaryEmail: '', secondaryEmailAgain: '', toPrimary: 'on', frequency: 'each-filing', format: 'html', ...change };
}

/** Signed in at the court with the redaction notice acknowledged, on the CM/ECF main page. */
export function signedIn(scenario: ResolvedScenario, who: { username: string; password: string }): Attempt {
  const attempt = new Attempt(scenario);
  attempt.goTo(ECF, 'link');
  attempt.logIn(who.username, who.password);
  attempt.acknowledgeRedaction(MOW);
  attempt.goTo(MAIN, 'link');
  return attempt;
}

/** Utilities ▸ Maintain Your ECF Account. */
export function openMaintain(attempt: Attempt): Attempt {
  attempt.openMenu('Utilities', MOW);
  attempt.goTo(MAINTAIN, 'link');
  return attempt;
}

export function attorneyAtAccountScreen(scenario = builtinScenario('cmecf-secondary-email')): Attempt {
  return openMaintain(signedIn(scenario, CASTELLANOS));
}

export function brandtAtAccountScreen(scenario = builtinScenario('filing-agent-setup')): Attempt {
  return openMaintain(signedIn(scenario, BRANDT));
}

/** Email Information, the fields, Return to Account Screen. */
export function enterEmailInformation(attempt: Attempt, change: Record<string, string>) {
  attempt.submit(FORMS.account, 'email-information');
  return attempt.submit(FORMS.email, 'return-to-account-screen', emailFields(change));
}

export function addSecondary(attempt: Attempt, email: string, toSecondary = true) {
  return enterEmailInformation(attempt, { secondaryEmail: email, secondaryEmailAgain: email, ...(toSecondary ? { toSecondary: 'on' } : {}) });
}

/** More User Information, Find Filing Agent, search icon. */
export function findAgent(attempt: Attempt, name: string) {
  attempt.submit(FORMS.account, 'more-user-information');
  return attempt.submit(FORMS.find, 'search', { filingAgentName: name });
}

/** Seed 002 steps 2-6: find, Select, click the name, Internet Payment, Save, Return to Account Screen. */
export function linkAgent(attempt: Attempt, search: string, agentId: string, internetPayment: 'Y' | 'N' | null) {
  findAgent(attempt, search);
  attempt.submit(FORMS.select, 'select', { filingAgent: agentId });
  if (internetPayment !== null) {
    attempt.goTo(`${MAINTAIN}?screen=more&agent=${agentId}`, 'link');
    attempt.submit(FORMS.permissions, 'save', { filingAgent: agentId, internetPayment });
  }
  return attempt.submit(FORMS.more, 'return-to-account-screen');
}
