import { describe, expect, it } from 'vitest';
import { courtGeneration } from '../../../../../shared/model/pacer/registration/lookup';
import { checkHolds } from '../../../../../shared/scenario/checks';
import { individual, register, atAccountForm, NO_CARD } from './support';

/** Where each PACER address leads (FIDELITY 1.1), the Court CM/ECF Lookup, and the registration objectives. */

describe('the PACER information site', () => {
  it.each([
    ['www.pacer.gov', { kind: 'pacer-home' }],
    ['https://pacer.uscourts.gov/', { kind: 'pacer-home' }],
    ['pacer.uscourts.gov/register-account', { kind: 'pacer-register-options' }],
    ['pacer.uscourts.gov/register-account/pacer-case-search-only', { kind: 'pacer-register-type', registrationType: 'case-search' }],
    ['pacer.uscourts.gov/register-account/attorney-filers-cmecf', { kind: 'pacer-register-type', registrationType: 'attorney-filers' }],
    ['pacer.uscourts.gov/register-account/non-attorney-filers', { kind: 'pacer-register-type', registrationType: 'non-attorney-filers' }],
    ['pacer.uscourts.gov/register-account/pacer-administrative-account', { kind: 'pacer-register-type', registrationType: 'administrative' }],
    ['pacer.uscourts.gov/file-case/court-cmecf-lookup', { kind: 'pacer-cmecf-lookup' }],
    ['pacer.uscourts.gov/file-case/court-cmecf-lookup?court=mow', { kind: 'pacer-court-details', lookupCourt: 'mow' }],
    ['pacer.uscourts.gov/file-case/court-cmecf-lookup?court=__proto__', { kind: 'pacer-cmecf-lookup' }],
    ['pacer.psc.uscourts.gov/pscof/registration/account.jsf?type=bogus', { kind: 'pacer-registration-account', registrationType: 'case-search' }],
    ['pacer.psc.uscourts.gov/pscof/registration/validate.jsf', { kind: 'pacer-registration-account', registrationType: 'case-search' }],
    ['pacer.psc.uscourts.gov/pscof/manage/activate.jsf', { kind: 'pacer-activation', activatedAccount: null }],
  ])('%s', (address, page) => {
    const attempt = individual();
    attempt.goTo(address);
    expect(attempt.page).toEqual(page);
  });

  it('an unknown PACER page is not found', () => {
    const attempt = individual();
    attempt.goTo('pacer.uscourts.gov/no-such-page');
    expect(attempt.page.kind).toBe('not-found');
  });
});

describe('the Court CM/ECF Lookup on the simulated date', () => {
  const court = { id: 'x', name: 'X', district: 'X', type: 'district', website: 'www.x.uscourts.gov', ecfHost: 'ecf.x.uscourts.gov', noticeName: 'X', timeZone: 'CST' } as const;
  it('live, scheduled and CurrentGen courts', () => {
    expect(courtGeneration({ ...court, nextGenGoLive: '2018-04-23' }, '2019-06-03T09:00:00')).toEqual({ kind: 'nextgen', since: '2018-04-23' });
    expect(courtGeneration({ ...court, nextGenGoLive: '2019-07-15' }, '2019-06-03T09:00:00')).toEqual({ kind: 'scheduled', goLive: '2019-07-15' });
    expect(courtGeneration({ ...court, nextGenGoLive: '2019-06-03' }, '2019-06-03T09:00:00')).toEqual({ kind: 'nextgen', since: '2019-06-03' });
    expect(courtGeneration({ ...court, nextGenGoLive: null }, '2019-06-03T09:00:00')).toEqual({ kind: 'currentgen' });
  });
});

describe('registration objectives', () => {
  it('pacer-account-registered holds for the account registered, with its status and card', () => {
    const attempt = atAccountForm();
    const registered = { kind: 'pacer-account-registered', userType: 'individual', administrative: false } as const;
    expect(checkHolds(registered, attempt.world)).toBe(false);
    register(attempt);
    expect(checkHolds(registered, attempt.world)).toBe(true);
    expect(checkHolds({ ...registered, caseSearchStatus: 'active', withCard: true }, attempt.world)).toBe(true);
    expect(checkHolds({ ...registered, withCard: false }, attempt.world)).toBe(false);
    expect(checkHolds({ ...registered, userType: 'federal-government' }, attempt.world)).toBe(false);
    // The firm's shared account the scenario starts with does not count: only registrations do.
    expect(checkHolds({ ...registered, userType: 'firm' }, attempt.world)).toBe(false);
  });

  it('registered-account-activated holds only once the mailed code was entered', () => {
    const attempt = register(atAccountForm(), NO_CARD);
    expect(checkHolds({ kind: 'registered-account-activated' }, attempt.world)).toBe(false);
  });

  it('court-lookup-viewed holds once the court\u2019s entry was opened', () => {
    const attempt = individual();
    expect(checkHolds({ kind: 'court-lookup-viewed', courtId: 'mow' }, attempt.world)).toBe(false);
    attempt.goTo('https://pacer.uscourts.gov/file-case/court-cmecf-lookup?court=mow', 'link');
    expect(checkHolds({ kind: 'court-lookup-viewed', courtId: 'mow' }, attempt.world)).toBe(true);
  });

  it('no-duplicate-registration holds until a duplicate is registered', () => {
    const attempt = register(atAccountForm());
    expect(checkHolds({ kind: 'no-duplicate-registration' }, attempt.world)).toBe(true);
  });
});
