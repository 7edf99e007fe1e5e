import { describe, expect, it } from 'vitest';
import { score } from '../../../../../shared/scoring/score';
import type { Attempt } from '../../../../support/attempt';
import { addSecondary, attorneyAtAccountScreen, CASTELLANOS, DOCKETING, FORMS, MAIN, MOW, openMaintain } from './desk';

/**
 * Seed 002, steps 7-8: changes are kept only after Return to Account Screen
 * and then Submit. Leaving the account screens any other way loses them; the
 * move that left carries the mistake, once, and only if something was lost.
 */

const LOST = { status: 'accepted', mistake: 'ecf-account-changes-not-submitted', message: null };

function withUnsavedAddress(): Attempt {
  const attempt = attorneyAtAccountScreen();
  addSecondary(attempt, DOCKETING);
  return attempt;
}

function expectLost(attempt: Attempt) {
  expect(attempt.world.ecfMaintenance?.drafts[MOW]).toBeUndefined();
  expect(attempt.world.ecfAccounts[CASTELLANOS.ecfId]?.secondaryEmails).toEqual([]);
}

describe('leaving without Submit loses the changes', () => {
  it('opening another menu', () => {
    const attempt = withUnsavedAddress();
    expect(attempt.openMenu('Query', MOW)).toEqual(LOST);
    expectLost(attempt);
  });

  it('following a link elsewhere', () => {
    const attempt = withUnsavedAddress();
    expect(attempt.goTo(MAIN, 'link')).toEqual(LOST);
    expectLost(attempt);
  });

  it('typing another address', () => {
    const attempt = withUnsavedAddress();
    expect(attempt.goTo('www.mow.uscourts.gov')).toEqual(LOST);
    expectLost(attempt);
  });

  it('the browser’s Back button from the account screen', () => {
    const attempt = withUnsavedAddress();
    attempt.back(); // to Email Information: still the account's screens
    expect(attempt.world.ecfMaintenance?.drafts[MOW]).toBeDefined();
    attempt.back(); // the account screen
    expect(attempt.back()).toEqual(LOST); // the Utilities menu
    expectLost(attempt);
  });

  it('logging out', () => {
    const attempt = withUnsavedAddress();
    expect(attempt.logOut(MOW)).toEqual(LOST);
    expectLost(attempt);
  });

  it('coming back shows the saved account, and the change can be made again', () => {
    const attempt = withUnsavedAddress();
    attempt.openMenu('Utilities', MOW);
    openMaintain(attempt);
    expect(attempt.page.kind).toBe('cmecf-maintain-account');
    expect(attempt.world.ecfMaintenance?.drafts[MOW]).toBeUndefined();
    addSecondary(attempt, DOCKETING);
    attempt.submit(FORMS.account, 'submit');
    expect(attempt.world.ecfAccounts[CASTELLANOS.ecfId]?.secondaryEmails).toEqual([DOCKETING]);
    const report = score(attempt.scenario, attempt.events);
    expect(report.mistakes.map((mistake) => mistake.code)).toEqual(['ecf-account-changes-not-submitted']);
  });
});

describe('what is not a lost change', () => {
  it('moving between the account screens keeps the changes for Submit', () => {
    const attempt = withUnsavedAddress();
    attempt.submit(FORMS.account, 'more-user-information');
    attempt.submit(FORMS.more, 'return-to-account-screen');
    attempt.reload();
    expect(attempt.submit(FORMS.account, 'submit')).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(attempt.world.ecfAccounts[CASTELLANOS.ecfId]?.secondaryEmails).toEqual([DOCKETING]);
  });

  it('looking around without changing anything, then leaving', () => {
    const attempt = attorneyAtAccountScreen();
    attempt.submit(FORMS.account, 'email-information');
    attempt.submit(FORMS.email, 'return-to-account-screen', { toPrimary: 'on', frequency: 'each-filing', format: 'html' });
    expect(attempt.openMenu('Query', MOW)).toEqual({ status: 'accepted', mistake: null, message: null });
  });

  it('typing on Email Information and pressing Back without Return to Account Screen (nothing was handed over)', () => {
    const attempt = attorneyAtAccountScreen();
    attempt.submit(FORMS.account, 'email-information');
    expect(attempt.back()).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(attempt.openMenu('Query', MOW)).toEqual({ status: 'accepted', mistake: null, message: null });
  });

  it('after Submit, leaving is free', () => {
    const attempt = withUnsavedAddress();
    attempt.submit(FORMS.account, 'submit');
    expect(attempt.logOut(MOW)).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(attempt.world.ecfAccounts[CASTELLANOS.ecfId]?.secondaryEmails).toEqual([DOCKETING]);
  });

  it('a move that is refused does not leave the page, so nothing is lost', () => {
    const attempt = withUnsavedAddress();
    expect(attempt.openMenu('Civil', 'moeb')).toMatchObject({ status: 'refused' });
    expect(attempt.world.ecfMaintenance?.drafts[MOW]?.secondaryEmails).toEqual([DOCKETING]);
  });
});
