import { describe, expect, it } from 'vitest';
import { actingPrincipal, isFilingAgent, principalsOf } from '../../../../../shared/model/cmecf/maintenance/filing-agents';
import { MAINTENANCE_MESSAGES } from '../../../../../shared/model/cmecf/maintenance/part';
import { utilitiesMenu } from '../../../../../shared/model/menus';
import { NOT_ON_THIS_PAGE } from '../../../../../shared/model/transitions';
import { checkHolds } from '../../../../../shared/scoring/objectives';
import { Attempt, scenarioVariant } from '../../../../support/attempt';
import { builtinScenario } from '../../../../support/scenarios';
import {
  addSecondary,
  BRANDT,
  brandtAtAccountScreen,
  CHANGE_USER,
  findAgent,
  FORMS,
  linkAgent,
  MAINTAIN,
  MARCUS,
  MOW,
  openMaintain,
  signedIn,
} from './desk';

const OK = { status: 'accepted', mistake: null, message: null };

function utilitiesLabels(attempt: ReturnType<typeof signedIn>): string[] {
  return utilitiesMenu(attempt.world, MOW).flatMap((group) => group.entries.map((entry) => entry.label));
}

describe('Find Filing Agent (seed 002, "Attorney or Trustee: Linking Filing Agent", steps 1-3)', () => {
  it('finds the agent by last name', () => {
    const attempt = brandtAtAccountScreen();
    expect(findAgent(attempt, 'Oyelaran')).toEqual(OK);
    expect(attempt.page).toEqual({ kind: 'cmecf-maintain-more', courtId: MOW, ecfAccountId: BRANDT.ecfId, search: 'Oyelaran', permissionsFor: null });
  });

  it('a first name alone finds every agent it fits, so the right one must be picked', () => {
    const attempt = brandtAtAccountScreen();
    findAgent(attempt, 'marc');
    expect(attempt.page).toMatchObject({ search: 'marc' });
    expect(attempt.submit(FORMS.select, 'select', { filingAgent: 'oyler-mow' })).toEqual(OK);
    expect(attempt.world.ecfMaintenance?.drafts[MOW]?.filingAgents).toEqual([{ ecfAccountId: 'oyler-mow', internetPayment: false }]);
  });

  it('an agent without their own PACER account linked is not found in NextGen', () => {
    const attempt = brandtAtAccountScreen();
    expect(findAgent(attempt, 'Pettis')).toEqual({ status: 'refused', mistake: null, message: MAINTENANCE_MESSAGES.agentNotFound });
  });

  it('refuses an empty or over-long name', () => {
    const attempt = brandtAtAccountScreen();
    expect(findAgent(attempt, '   ')).toMatchObject({ status: 'refused', message: MAINTENANCE_MESSAGES.agentNameRequired });
    expect(attempt.submit(FORMS.find, 'search', { filingAgentName: 'x'.repeat(81) })).toMatchObject({
      status: 'refused',
      message: MAINTENANCE_MESSAGES.agentNameTooLong,
    });
  });

  it('Select takes only an agent among the results: not a forged id, not the attorney herself', () => {
    const attempt = brandtAtAccountScreen();
    findAgent(attempt, 'Oyelaran');
    for (const forged of ['pettis-mow', 'brandt-mow', 'oyler-mow', '__proto__']) {
      expect(attempt.submit(FORMS.select, 'select', { filingAgent: forged })).toMatchObject({
        status: 'refused',
        message: MAINTENANCE_MESSAGES.agentNotListed,
      });
    }
    expect(attempt.submit(FORMS.select, 'select', { filingAgent: MARCUS.ecfId })).toEqual(OK);
    expect(attempt.world.ecfMaintenance?.drafts[MOW]?.filingAgents).toEqual([{ ecfAccountId: MARCUS.ecfId, internetPayment: false }]);
  });

  it('selecting an agent twice is refused', () => {
    const attempt = brandtAtAccountScreen();
    findAgent(attempt, 'Oyelaran');
    attempt.submit(FORMS.select, 'select', { filingAgent: MARCUS.ecfId });
    attempt.submit(FORMS.find, 'search', { filingAgentName: 'Oyelaran' });
    expect(attempt.submit(FORMS.select, 'select', { filingAgent: MARCUS.ecfId })).toMatchObject({
      status: 'refused',
      message: MAINTENANCE_MESSAGES.agentAlreadyLinked,
    });
  });

  it('a filing agent has no Find Filing Agent', () => {
    const attempt = openMaintain(signedIn(builtinScenario('filing-agent-setup'), MARCUS));
    expect(findAgent(attempt, 'Oyler')).toMatchObject({ status: 'refused', message: MAINTENANCE_MESSAGES.noFilingAgents });
  });
});

describe('Update Filing Agent Permissions (steps 4-5) and Submit (steps 6-7)', () => {
  it('the box opens only for an agent the screen lists', () => {
    const attempt = brandtAtAccountScreen();
    attempt.goTo(`${MAINTAIN}?screen=more&agent=oyler-mow`);
    expect(attempt.page).toMatchObject({ kind: 'cmecf-maintain-more', permissionsFor: null });
    expect(attempt.submit(FORMS.permissions, 'save', { filingAgent: 'oyler-mow', internetPayment: 'Y' })).toMatchObject({
      status: 'refused',
      message: NOT_ON_THIS_PAGE,
    });
  });

  it('Internet Payment Y, Save, Return to Account Screen, Submit: the agent is linked with the permission', () => {
    const attempt = brandtAtAccountScreen();
    expect(linkAgent(attempt, 'Oyelaran', MARCUS.ecfId, 'Y')).toEqual(OK);
    expect(attempt.world.ecfAccounts[BRANDT.ecfId]?.filingAgents ?? []).toEqual([]);
    expect(attempt.submit(FORMS.account, 'submit')).toEqual(OK);
    expect(attempt.world.ecfAccounts[BRANDT.ecfId]?.filingAgents).toEqual([{ ecfAccountId: MARCUS.ecfId, internetPayment: true }]);
    expect(attempt.world.mailbox[0]?.fields.find((row) => row.label === 'Comment')?.value).toBe(
      'Filing agent linked: Marcus D. Oyelaran (Internet Payment Y)',
    );
  });

  it('Internet Payment must be Y or N', () => {
    const attempt = brandtAtAccountScreen();
    findAgent(attempt, 'Oyelaran');
    attempt.submit(FORMS.select, 'select', { filingAgent: MARCUS.ecfId });
    attempt.goTo(`${MAINTAIN}?screen=more&agent=${MARCUS.ecfId}`, 'link');
    expect(attempt.submit(FORMS.permissions, 'save', { filingAgent: MARCUS.ecfId, internetPayment: 'maybe' })).toMatchObject({
      status: 'refused',
      message: MAINTENANCE_MESSAGES.internetPaymentRequired,
    });
    expect(attempt.submit(FORMS.permissions, 'cancel', {})).toEqual(OK);
    expect(attempt.page).toMatchObject({ permissionsFor: null });
  });

  it('an attorney who links an agent without Internet Payment makes the mistake the seed warns of', () => {
    const attempt = brandtAtAccountScreen();
    linkAgent(attempt, 'Oyelaran', MARCUS.ecfId, null);
    expect(attempt.submit(FORMS.account, 'submit')).toEqual({ status: 'accepted', mistake: 'filing-agent-internet-payment-not-set', message: null });
    expect(attempt.world.ecfAccounts[BRANDT.ecfId]?.filingAgents).toEqual([{ ecfAccountId: MARCUS.ecfId, internetPayment: false }]);
  });

  it('a pre-NextGen agent only needs the permission changed (seed 002, step 3 note)', () => {
    const variant = scenarioVariant('filing-agent-setup', (scenario) => {
      const brandt = scenario.world.ecfAccounts.find((account) => account.id === BRANDT.ecfId);
      if (brandt) brandt.filingAgents = [{ ecfAccountId: MARCUS.ecfId, internetPayment: false }];
    });
    const attempt = brandtAtAccountScreen(variant);
    attempt.submit(FORMS.account, 'more-user-information');
    attempt.goTo(`${MAINTAIN}?screen=more&agent=${MARCUS.ecfId}`, 'link');
    attempt.submit(FORMS.permissions, 'save', { filingAgent: MARCUS.ecfId, internetPayment: 'Y' });
    attempt.submit(FORMS.more, 'return-to-account-screen');
    expect(attempt.submit(FORMS.account, 'submit')).toEqual(OK);
    expect(attempt.world.ecfAccounts[BRANDT.ecfId]?.filingAgents).toEqual([{ ecfAccountId: MARCUS.ecfId, internetPayment: true }]);
  });

  it('a trustee links an agent but leaves Internet Payment alone', () => {
    const trustee = scenarioVariant('filing-agent-setup', (scenario) => {
      const brandt = scenario.world.ecfAccounts.find((account) => account.id === BRANDT.ecfId);
      if (brandt) brandt.role = 'trustee';
    });
    const leftAlone = brandtAtAccountScreen(trustee);
    linkAgent(leftAlone, 'Oyelaran', MARCUS.ecfId, null);
    expect(leftAlone.submit(FORMS.account, 'submit')).toEqual(OK);

    const changed = brandtAtAccountScreen(trustee);
    linkAgent(changed, 'Oyelaran', MARCUS.ecfId, 'Y');
    expect(changed.submit(FORMS.account, 'submit')).toEqual({ status: 'accepted', mistake: 'trustee-changed-internet-payment', message: null });
  });

  it('linking the agent and leaving without Submit loses the link', () => {
    const attempt = brandtAtAccountScreen();
    linkAgent(attempt, 'Oyelaran', MARCUS.ecfId, 'Y');
    expect(attempt.logOut(MOW)).toEqual({ status: 'accepted', mistake: 'ecf-account-changes-not-submitted', message: null });
    expect(attempt.world.ecfAccounts[BRANDT.ecfId]?.filingAgents ?? []).toEqual([]);
  });
});

describe('the filing agent’s side: own PACER login, the principal’s menus, Change User', () => {
  it('before an attorney links him, the agent has no filing menus and no Change User', () => {
    const attempt = signedIn(builtinScenario('filing-agent-setup'), MARCUS);
    expect(attempt.menus(MOW)).toEqual(['Query', 'Reports', 'Utilities', 'Help']);
    expect(utilitiesLabels(attempt)).not.toContain('Change User');
    attempt.goTo(CHANGE_USER);
    expect(attempt.page.kind).toBe('cmecf-maintain-account');
  });

  it('after the attorney’s Submit, he signs in with his own account, sees Civil and Criminal, and chooses her', () => {
    const attempt = brandtAtAccountScreen();
    linkAgent(attempt, 'Oyelaran', MARCUS.ecfId, 'Y');
    attempt.submit(FORMS.account, 'submit');
    attempt.logOut(MOW);

    attempt.goTo('https://ecf.mow.uscourts.gov/');
    attempt.logIn(MARCUS.username, MARCUS.password);
    attempt.acknowledgeRedaction(MOW);
    attempt.goTo('https://ecf.mow.uscourts.gov/cgi-bin/ShowIndex.pl', 'link');
    expect(attempt.menus(MOW)).toEqual(['Civil', 'Criminal', 'Query', 'Reports', 'Utilities', 'Search', 'Help']);
    expect(utilitiesLabels(attempt)).toContain('Change User');
    const marcus = attempt.world.ecfAccounts[MARCUS.ecfId];
    expect(marcus && principalsOf(attempt.world, marcus).map((principal) => principal.name)).toEqual(['Lauren K. Brandt']);

    attempt.goTo(CHANGE_USER, 'link');
    expect(attempt.page).toEqual({ kind: 'cmecf-change-user', courtId: MOW, ecfAccountId: MARCUS.ecfId });
    expect(attempt.submit(FORMS.changeUser, 'submit', {})).toMatchObject({ status: 'refused', message: MAINTENANCE_MESSAGES.principalRequired });
    expect(attempt.submit(FORMS.changeUser, 'submit', { principal: 'oyler-mow' })).toMatchObject({ status: 'refused' });
    expect(attempt.submit(FORMS.changeUser, 'submit', { principal: BRANDT.ecfId })).toEqual(OK);
    expect(actingPrincipal(attempt.world, MOW)?.name).toBe('Lauren K. Brandt');
    const objective = attempt.scenario.objectives.find((candidate) => candidate.id === 'agent-files-for-attorney');
    expect(objective && checkHolds(objective.check, attempt.world)).toBe(true);

    attempt.logOut(MOW);
    expect(actingPrincipal(attempt.world, MOW)).toBeNull();
    expect(attempt.world.ecfMaintenance?.actingFor).toEqual({});
    // Having chosen her still counts once he has logged out.
    expect(objective && checkHolds(objective.check, attempt.world)).toBe(true);
  });

  it('the agent gets notices only once the attorney adds his e-mail as a secondary address sent to', () => {
    const attempt = brandtAtAccountScreen();
    const objective = attempt.scenario.objectives.find((candidate) => candidate.id === 'agent-gets-notices');
    if (!objective) throw new Error('objective missing');
    linkAgent(attempt, 'Oyelaran', MARCUS.ecfId, 'Y');
    attempt.submit(FORMS.account, 'submit');
    expect(checkHolds(objective.check, attempt.world)).toBe(false);
    openMaintain(attempt);
    addSecondary(attempt, MARCUS.email, false);
    attempt.submit(FORMS.account, 'submit');
    expect(checkHolds(objective.check, attempt.world)).toBe(false);
    openMaintain(attempt);
    attempt.submit(FORMS.account, 'email-information');
    attempt.submit(FORMS.email, 'return-to-account-screen', { toPrimary: 'on', toSecondary: 'on', frequency: 'each-filing', format: 'html' });
    attempt.submit(FORMS.account, 'submit');
    expect(checkHolds(objective.check, attempt.world)).toBe(true);
  });
});

describe('who is a filing agent', () => {
  it('is the filing-agent role alone: attorneys and trustees link agents, they are not agents', () => {
    const accounts = Object.values(new Attempt(builtinScenario('filing-agent-setup')).world.ecfAccounts);
    expect(accounts.length).toBeGreaterThan(0);
    for (const account of accounts) expect(isFilingAgent(account)).toBe(account.role === 'filing-agent');
    expect(accounts.some(isFilingAgent)).toBe(true);
  });
});
