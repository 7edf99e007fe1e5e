import { describe, expect, it } from 'vitest';
import {
  activationCodeOffered,
  billedThroughPaa,
  inactiveCaseSearchNoted,
  mustUpgradeFirst,
  pendingRequestCount,
  upgradeNotedOnTab,
  upgradeOffered,
} from '../../../../../shared/model/pacer/account/offers';
import { MMA_OPTIONS, MMA_TABS, type MmaOptionId } from '../../../../../shared/model/pacer/account/routes';
import { ANA, KARIN, MmaDesk, PAA } from './support';

const OPTION_IDS = Object.keys(MMA_OPTIONS) as MmaOptionId[];

function accountOf(desk: MmaDesk, accountNumber: string) {
  const account = desk.world.pacerAccounts[accountNumber];
  if (!account) throw new Error(`no account ${accountNumber}`);
  return account;
}

describe('what Manage My Account offers (FIDELITY 1.3)', () => {
  const legacy = accountOf(MmaDesk.of('pacer-upgrade-legacy'), KARIN.accountNumber);
  const upgraded = { ...legacy, kind: 'upgraded' as const };

  it('offers Upgrade to a legacy account only', () => {
    expect(upgradeOffered(legacy)).toBe(true);
    expect(upgradeOffered(upgraded)).toBe(false);
  });

  it('prompts a legacy account to upgrade first on exactly the options that change its details (seed 004)', () => {
    expect(OPTION_IDS.filter((option) => mustUpgradeFirst(legacy, option))).toEqual(OPTION_IDS.filter((option) => MMA_OPTIONS[option].upgradeFirst));
    expect(mustUpgradeFirst(legacy, 'change-password')).toBe(true);
    expect(mustUpgradeFirst(legacy, 'one-time-payment')).toBe(false);
    expect(OPTION_IDS.filter((option) => mustUpgradeFirst(upgraded, option))).toEqual([]);
  });

  it('notes the upgrade prompt on the Settings tab of a legacy account only', () => {
    expect(MMA_TABS.filter((tab) => upgradeNotedOnTab(legacy, tab))).toEqual(['settings']);
    expect(MMA_TABS.filter((tab) => upgradeNotedOnTab(upgraded, tab))).toEqual([]);
  });

  it('offers Enter Activation Code while the account waits for the mailed code (seed 002, step 12)', () => {
    expect(activationCodeOffered({ ...upgraded, caseSearchStatus: 'awaiting-activation' })).toBe(true);
    expect(activationCodeOffered({ ...upgraded, caseSearchStatus: 'active' })).toBe(false);
    expect(activationCodeOffered({ ...upgraded, caseSearchStatus: 'inactive' })).toBe(false);
  });

  it('explains inactive case search to a filer, not to a PACER Administrative Account, which never searches', () => {
    expect(inactiveCaseSearchNoted({ ...upgraded, caseSearchStatus: 'inactive' })).toBe(true);
    expect(inactiveCaseSearchNoted({ ...upgraded, caseSearchStatus: 'inactive', administrative: true })).toBe(false);
    expect(inactiveCaseSearchNoted({ ...upgraded, caseSearchStatus: 'active' })).toBe(false);
  });

  it('notes billing through a PAA for a member account only', () => {
    expect(billedThroughPaa({ ...upgraded, paaAccountNumber: PAA.accountNumber })).toBe(true);
    expect(billedThroughPaa({ ...upgraded, paaAccountNumber: null })).toBe(false);
  });

  it('counts the member’s requests that wait for an answer, and no more once answered', () => {
    const desk = MmaDesk.of('pacer-paa-firm');
    expect(pendingRequestCount(desk.world, accountOf(desk, ANA.accountNumber))).toBe(0);
    desk.loginAt(PAA.username, PAA.password);
    desk.openOption('paa-add');
    desk.submit('pacer/account/paa/add', 'submit', { accountNumber: ANA.accountNumber, lastName: 'Rivera', remark: 'central billing', policyAcknowledged: 'on' });
    expect(pendingRequestCount(desk.world, accountOf(desk, ANA.accountNumber))).toBe(1);
    desk.submit('pacer/account/logout', 'logout');
    desk.loginAt(ANA.username, ANA.password);
    desk.goTo('https://pacer.psc.uscourts.gov/pscof/manage/requests.jsf', 'link');
    desk.submit('pacer/account/requests/answer', 'accept', { requestId: 'paa-request-1' });
    expect(pendingRequestCount(desk.world, accountOf(desk, ANA.accountNumber))).toBe(0);
  });
});
