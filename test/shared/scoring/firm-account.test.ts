import { describe, expect, it } from 'vitest';
import { score } from '../../../shared/scoring/score';
import { checkHolds } from '../../../shared/scoring/objectives';
import { Attempt, walkthroughEvents } from '../../support/attempt';
import { builtinScenario } from '../../support/scenarios';

/**
 * cmecf-link-firm-account: the trainee first signs in with the firm's shared
 * PACER login (seed 001: shared accounts cannot be used by e-filers) and must
 * Cancel at the verify screen, log out, and link with their own account.
 */

const scenario = builtinScenario('cmecf-link-firm-account');
const FIRM = { username: 'hlmresearch', password: 'Docket*Room2011', accountNumber: '5520147' } as const;
const OWN = { username: 'rmbeki-okoro', password: 'Clayton#Bar2019', accountNumber: '6841902' } as const;
const CMECF = { login: 'rmo7730', password: 'Forest*Park55', id: 'mbeki-okoro-moeb' } as const;
const NOT_FIRM = { kind: 'ecf-account-not-linked-to', courtId: 'moeb', pacerUsername: FIRM.username } as const;

describe('the firm account on the verify screen', () => {
  it('Cancel leaves both accounts unlinked and returns to the CM/ECF main page', () => {
    const trainee = new Attempt(scenario).openLinkScreen(FIRM);
    trainee.submitLinkCredentials(CMECF.login, CMECF.password);
    expect(trainee.page).toEqual({ kind: 'cmecf-link-verify', courtId: 'moeb', ecfAccountId: CMECF.id });

    expect(trainee.cancelLink()).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: 'moeb' });
    expect(trainee.world.ecfAccounts[CMECF.id]?.linkedPacerAccount).toBeNull();
    expect(trainee.world.mailbox).toEqual([]);
  });

  it('after Cancel, Log Out and a login with the individual account, the link goes to that account', () => {
    const trainee = new Attempt(scenario).openLinkScreen(FIRM);
    trainee.submitLinkCredentials(CMECF.login, CMECF.password);
    trainee.cancelLink();
    trainee.logOut();
    expect(trainee.page).toEqual({ kind: 'pacer-logged-out' });
    expect(trainee.world.session.signedInAccount).toBeNull();

    expect(trainee.link(OWN, CMECF)).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(trainee.world.ecfAccounts[CMECF.id]?.linkedPacerAccount).toBe(OWN.accountNumber);
    expect(trainee.world.mailbox).toHaveLength(1);
    expect(checkHolds(NOT_FIRM, trainee.world)).toBe(true);
  });

  it('Submit links the firm account: the shared-account mistake, for good', () => {
    const trainee = new Attempt(scenario).openLinkScreen(FIRM);
    trainee.submitLinkCredentials(CMECF.login, CMECF.password);
    expect(trainee.confirmLink()).toMatchObject({ status: 'accepted', mistake: 'shared-account-linked' });
    expect(checkHolds(NOT_FIRM, trainee.world)).toBe(false);

    // The CM/ECF account is taken: the individual account can no longer link it.
    trainee.logOut();
    trainee.openLinkScreen(OWN);
    expect(trainee.submitLinkCredentials(CMECF.login, CMECF.password)).toMatchObject({
      status: 'refused',
      mistake: 'account-already-linked',
    });
    expect(checkHolds(NOT_FIRM, trainee.world)).toBe(false);

    const report = score(scenario, trainee.events);
    expect(report.objectives.find((objective) => objective.id === 'keep-firm-account-unlinked')?.met).toBe(false);
    expect(report.objectives.find((objective) => objective.id === 'link-accounts')?.met).toBe(false);
    expect(report.passed).toBe(false);
  });
});

describe('the ecf-account-not-linked-to objective', () => {
  it('is not met by doing nothing: it needs a link to exist', () => {
    const trainee = new Attempt(scenario);
    expect(checkHolds(NOT_FIRM, trainee.world)).toBe(false);
    const report = score(scenario, trainee.events);
    expect(report.objectives.find((objective) => objective.id === 'keep-firm-account-unlinked')?.met).toBe(false);
    expect(report.score).toBe(0);
  });

  it('the walkthrough (Cancel, Log Out, relink) meets every objective', () => {
    const report = score(scenario, walkthroughEvents(scenario));
    expect(report.objectives.map(({ id, met }) => ({ id, met }))).toEqual([
      { id: 'keep-firm-account-unlinked', met: true },
      { id: 'link-accounts', met: true },
      { id: 'see-filing-menus', met: true },
      { id: 'read-link-notice', met: true },
    ]);
    expect(report.score).toBe(100);
  });
});
