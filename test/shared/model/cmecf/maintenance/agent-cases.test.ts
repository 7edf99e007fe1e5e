import { describe, expect, it } from 'vitest';
import { MAINTENANCE_MESSAGES } from '../../../../../shared/model/cmecf/maintenance/part';
import { scenarioVariant } from '../../../../support/attempt';
import { BRANDT, brandtAtAccountScreen, ECF, findAgent, FORMS, MOW, openMaintain, signedIn } from './desk';

/**
 * Seed 002's three filing-agent cases meet the attorney's step 3 the same
 * way: the attorney finds only an agent whose own upgraded PACER account is
 * linked to a filing-agent CM/ECF account at the court.
 */

const PETTIS = { username: 'dpettis', password: 'Blue*Valley73', login: 'dwp1187', cmecfPassword: 'Power$Light52' } as const;

/** Case 1, "Has a CM/ECF Account But No PACER Account", after step 1: he has registered his own PACER account. */
const pettisRegistered = scenarioVariant('filing-agent-setup', (scenario) => {
  scenario.world.pacerAccounts.push({
    accountNumber: '5733019',
    username: PETTIS.username,
    password: PETTIS.password,
    kind: 'upgraded',
    userType: 'individual',
    name: 'Dwayne W. Pettis',
    firm: 'Brandt Okoye LLP',
    email: 'dpettis@brandt-okoye.example',
  });
});

describe('the filing agent’s own steps come first', () => {
  it('case 1 before step 2: a CM/ECF login without a linked PACER account cannot be found', () => {
    const attempt = brandtAtAccountScreen(pettisRegistered);
    expect(findAgent(attempt, 'Pettis')).toMatchObject({ status: 'refused', message: MAINTENANCE_MESSAGES.agentNotFound });
  });

  it('case 1 after step 2 (he links PACER to CM/ECF): the attorney finds and links him', () => {
    const attempt = signedIn(pettisRegistered, PETTIS);
    attempt.openMenu('Utilities', MOW);
    attempt.goTo(`${ECF}cgi-bin/LinkAccount.pl`, 'link');
    attempt.submitLinkCredentials(PETTIS.login, PETTIS.cmecfPassword, MOW);
    expect(attempt.confirmLink(MOW)).toEqual({ status: 'accepted', mistake: null, message: null });
    attempt.logOut(MOW);

    attempt.goTo(ECF);
    attempt.logIn(BRANDT.username, BRANDT.password);
    attempt.acknowledgeRedaction(MOW);
    attempt.goTo(`${ECF}cgi-bin/ShowIndex.pl`, 'link');
    openMaintain(attempt);
    expect(findAgent(attempt, 'Pettis')).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(attempt.submit(FORMS.select, 'select', { filingAgent: 'pettis-mow' })).toEqual({ status: 'accepted', mistake: null, message: null });
  });

  it('case 2 with a legacy PACER account is not findable: the agent must upgrade first', () => {
    const legacy = scenarioVariant('filing-agent-setup', (scenario) => {
      const marcus = scenario.world.pacerAccounts.find((account) => account.username === 'moyelaran');
      if (marcus) marcus.kind = 'legacy';
    });
    const attempt = brandtAtAccountScreen(legacy);
    expect(findAgent(attempt, 'Oyelaran')).toMatchObject({ status: 'refused', message: MAINTENANCE_MESSAGES.agentNotFound });
  });

  it('an attorney’s CM/ECF account is never offered as a filing agent', () => {
    const attempt = brandtAtAccountScreen();
    expect(findAgent(attempt, 'Brandt')).toMatchObject({ status: 'refused', message: MAINTENANCE_MESSAGES.agentNotFound });
  });
});
