import { describe, expect, it } from 'vitest';
import { currentPage } from '../../../../../shared/model/pages';
import { accountState } from '../../../../../shared/model/pacer/account/state';
import { scenarioVariant } from '../../../../support/attempt';
import { ADDRESS, KARIN, MmaDesk, NEW_PASSWORD, PERSON, SECURITY } from './support';

function upgradeTo(desk: MmaDesk, step: 'address' | 'security') {
  desk.goTo('https://pacer.psc.uscourts.gov/pscof/manage/upgrade.jsf', 'link');
  desk.submit('pacer/account/upgrade/person', 'next', PERSON);
  if (step === 'security') desk.submit('pacer/account/upgrade/address', 'next', ADDRESS);
}

function submitSecurity(desk: MmaDesk, fields: Partial<typeof SECURITY> = {}, password = NEW_PASSWORD, confirm = password) {
  return desk.submit('pacer/account/upgrade/security', 'submit', { ...SECURITY, ...fields }, { newPassword: password, confirmPassword: confirm });
}

function loggedInLegacy(id: Parameters<typeof MmaDesk.of>[0] = 'pacer-upgrade-legacy') {
  const desk = MmaDesk.of(id);
  desk.loginAt(KARIN.username, KARIN.password);
  return desk;
}

describe('the legacy-account upgrade (seed 002, "Upgrading Your PACER Account")', () => {
  it('walks Person, Address and Security, then Upgrade Complete; the account reads Upgraded', () => {
    const desk = loggedInLegacy();
    desk.goTo('https://pacer.psc.uscourts.gov/pscof/manage/upgrade.jsf', 'link');
    expect(currentPage(desk.world)).toEqual({ kind: 'mma-upgrade', accountNumber: KARIN.accountNumber, step: 'person' });
    expect(desk.submit('pacer/account/upgrade/person', 'next', PERSON).status).toBe('accepted');
    expect(currentPage(desk.world)).toMatchObject({ step: 'address' });
    expect(desk.submit('pacer/account/upgrade/address', 'next', ADDRESS).status).toBe('accepted');
    expect(currentPage(desk.world)).toMatchObject({ step: 'security' });
    expect(submitSecurity(desk)).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(currentPage(desk.world)).toMatchObject({ step: 'complete' });

    const account = desk.world.pacerAccounts[KARIN.accountNumber]!;
    expect(account).toMatchObject({
      kind: 'upgraded',
      username: 'khalvorsen',
      retiredUsernames: ['KH4821'],
      dateOfBirth: '1975-07-14',
      userType: 'individual',
      name: 'Karin L. Halvorsen',
    });
    expect(account.address?.county).toBe('Jackson');
    expect(accountState(desk.world).securityAnswers[KARIN.accountNumber]).toHaveLength(2);
    // Answers are kept as digests, never as typed.
    expect(JSON.stringify(desk.world)).not.toContain('Biscuit');

    desk.submit('pacer/account/upgrade/close', 'close');
    expect(currentPage(desk.world)).toMatchObject({ kind: 'mma-home' });
  });

  it('retires the old credentials: the old username is refused as legacy-credentials-used, the new one logs in', () => {
    const desk = loggedInLegacy();
    upgradeTo(desk, 'security');
    submitSecurity(desk);
    desk.submit('pacer/account/upgrade/close', 'close');
    desk.submit('pacer/account/logout', 'logout');
    expect(desk.loginAt(KARIN.username, KARIN.password)).toEqual({
      status: 'refused',
      mistake: 'legacy-credentials-used',
      message: 'Invalid username or password.',
    });
    expect(desk.loginAt('khalvorsen', KARIN.password).status).toBe('refused');
    expect(desk.loginAt('khalvorsen', NEW_PASSWORD).status).toBe('accepted');
    // The old username no longer opens the PACER (central sign-on) login either.
    desk.goTo('https://pacer.login.uscourts.gov/csologin/login.jsf', 'address-bar');
    expect(desk.logIn(KARIN.username, KARIN.password)).toMatchObject({ status: 'refused', mistake: 'legacy-credentials-used' });
  });

  it('does not let an upgraded account start the wizard again', () => {
    const desk = MmaDesk.of('pacer-stored-payment');
    desk.loginAt('gokonkwo', 'Ozark*Mountain88');
    desk.goTo('https://pacer.psc.uscourts.gov/pscof/manage/upgrade.jsf', 'address-bar');
    expect(desk.kind).toBe('mma-home');
    expect(desk.submit('pacer/account/upgrade/person', 'next', PERSON).status).toBe('refused');
  });

  it('upgrades an account whose Case Search Status is Inactive (seed 004)', () => {
    const scenario = scenarioVariant('pacer-upgrade-legacy', (raw) => {
      raw.world.pacerAccounts[0]!.caseSearchStatus = 'inactive';
    });
    const desk = new MmaDesk(scenario);
    desk.loginAt(KARIN.username, KARIN.password);
    upgradeTo(desk, 'security');
    expect(submitSecurity(desk).status).toBe('accepted');
    expect(desk.world.pacerAccounts[KARIN.accountNumber]).toMatchObject({ kind: 'upgraded', caseSearchStatus: 'inactive' });
  });

  it('records FIRM as User Type as a mistake, but lets the trainee go on (the site takes any type)', () => {
    const desk = loggedInLegacy();
    desk.goTo('https://pacer.psc.uscourts.gov/pscof/manage/upgrade.jsf', 'link');
    expect(desk.submit('pacer/account/upgrade/person', 'next', { ...PERSON, userType: 'firm' })).toMatchObject({
      status: 'accepted',
      mistake: 'upgrade-wrong-user-type',
    });
  });

  it('records upgrading a firm (shared) account as a mistake', () => {
    const scenario = scenarioVariant('pacer-upgrade-legacy', (raw) => {
      raw.world.pacerAccounts[0]!.userType = 'firm';
    });
    const desk = new MmaDesk(scenario);
    desk.loginAt(KARIN.username, KARIN.password);
    upgradeTo(desk, 'security');
    expect(submitSecurity(desk)).toMatchObject({ status: 'accepted', mistake: 'shared-account-upgraded' });
  });

  it.each([
    [{ ...PERSON, firstName: '' }, 'First Name is required.'],
    [{ ...PERSON, lastName: 'x'.repeat(41) }, 'Last Name must be at most 40 characters.'],
    [{ ...PERSON, dateOfBirth: '' }, 'Date of Birth is required.'],
    [{ ...PERSON, dateOfBirth: '13/45/1975' }, 'Enter the Date of Birth as MM/DD/YYYY.'],
    [{ ...PERSON, dateOfBirth: '01/01/2030' }, 'Date of Birth must be in the past.'],
    [{ ...PERSON, email: 'nope' }, 'Enter a valid email address.'],
    [{ ...PERSON, userType: '' }, 'User Type is required.'],
    [{ ...PERSON, userType: 'martian' }, 'User Type is required.'],
  ])('Person refuses %j', (fields, message) => {
    const desk = loggedInLegacy();
    desk.goTo('https://pacer.psc.uscourts.gov/pscof/manage/upgrade.jsf', 'link');
    expect(desk.submit('pacer/account/upgrade/person', 'next', fields)).toEqual({ status: 'refused', mistake: null, message });
  });

  it.each([
    [{ ...ADDRESS, address: '' }, 'Address is required.'],
    [{ ...ADDRESS, state: 'ZZ' }, 'Select a State from the list.'],
    [{ ...ADDRESS, county: '' }, 'County is required.'],
    [{ ...ADDRESS, zip: '6410' }, 'Enter a valid Zip Code, e.g. 64106 or 64106-2741.'],
    [{ ...ADDRESS, primaryPhone: 'call me' }, 'Enter a valid Primary Phone number.'],
  ])('Address refuses %j', (fields, message) => {
    const desk = loggedInLegacy();
    upgradeTo(desk, 'address');
    expect(desk.submit('pacer/account/upgrade/address', 'next', fields)).toEqual({ status: 'refused', mistake: null, message });
  });

  it('Back keeps what was entered and returns to the earlier tab; Cancel leaves the account legacy', () => {
    const desk = loggedInLegacy();
    upgradeTo(desk, 'security');
    desk.submit('pacer/account/upgrade/security', 'back');
    expect(currentPage(desk.world)).toMatchObject({ step: 'address' });
    expect(accountState(desk.world).upgrade?.person?.dateOfBirth).toBe('1975-07-14');
    desk.submit('pacer/account/upgrade/address', 'cancel');
    expect(desk.kind).toBe('mma-home');
    expect(desk.world.pacerAccounts[KARIN.accountNumber]!.kind).toBe('legacy');
  });

  it.each([
    [{ newUsername: 'KH4821' }, NEW_PASSWORD, NEW_PASSWORD, 'Create a NEW username: it must be different from your current username.', 'upgrade-old-credentials-reused'],
    [{}, KARIN.password, KARIN.password, 'Create a NEW password: it must be different from your current password.', 'upgrade-old-credentials-reused'],
    [{ newUsername: '' }, NEW_PASSWORD, NEW_PASSWORD, 'New Username is required.', null],
    [{ newUsername: 'kh2020' }, NEW_PASSWORD, NEW_PASSWORD, 'Username must be at least 8 characters.', null],
    [{ newUsername: 'karin <b>h</b>' }, NEW_PASSWORD, NEW_PASSWORD, 'Username may contain only letters, numbers, periods, underscores, hyphens and @.', null],
    [{}, NEW_PASSWORD, 'Union*Station1915', 'Passwords do not match.', null],
    [{}, 'short', 'short', 'Password must be at least 8 characters.', null],
    [{}, 'x'.repeat(46), 'x'.repeat(46), 'Password must be at most 45 characters.', null],
    [{ question2: SECURITY.question1 }, NEW_PASSWORD, NEW_PASSWORD, 'Choose two different security questions.', null],
    [{ answer1: '' }, NEW_PASSWORD, NEW_PASSWORD, 'Answer 1 is required.', null],
    [{ question1: 'What is 2+2?' }, NEW_PASSWORD, NEW_PASSWORD, 'Select Security Question 1.', null],
  ])('Security refuses %j', (fields, password, confirm, message, mistake) => {
    const desk = loggedInLegacy();
    upgradeTo(desk, 'security');
    expect(submitSecurity(desk, fields, password, confirm)).toEqual({ status: 'refused', mistake, message });
    expect(desk.world.pacerAccounts[KARIN.accountNumber]!.kind).toBe('legacy');
  });

  it('refuses a username another account already has', () => {
    const scenario = scenarioVariant('pacer-upgrade-legacy', (raw) => {
      raw.world.pacerAccounts.push({ ...raw.world.pacerAccounts[0]!, accountNumber: '2204999', username: 'khalvorsen', kind: 'upgraded' });
    });
    const desk = new MmaDesk(scenario);
    desk.loginAt(KARIN.username, KARIN.password);
    upgradeTo(desk, 'security');
    expect(submitSecurity(desk).message).toBe('This username is already taken. Choose another.');
  });

  it('submitting the last step twice does nothing the second time', () => {
    const desk = loggedInLegacy();
    upgradeTo(desk, 'security');
    submitSecurity(desk);
    const once = desk.world.pacerAccounts[KARIN.accountNumber];
    expect(submitSecurity(desk).status).toBe('refused');
    expect(desk.world.pacerAccounts[KARIN.accountNumber]).toEqual(once);
  });
});

describe('a legacy account is pushed to upgrade before any change other than a payment (seed 004)', () => {
  it('shows the option, then sends a change attempt to the upgrade as a mistake', () => {
    const desk = loggedInLegacy();
    desk.openOption('change-password');
    expect(desk.kind).toBe('mma-option');
    const outcome = desk.submit('pacer/account/settings/change-password', 'submit', {}, {
      currentPassword: KARIN.password,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(outcome).toMatchObject({ status: 'accepted', mistake: 'legacy-account-change-attempted' });
    expect(currentPage(desk.world)).toMatchObject({ kind: 'mma-upgrade', step: 'person' });
    expect(desk.world.pacerAccounts[KARIN.accountNumber]!.passwordDigest).toBe(MmaDesk.of('pacer-upgrade-legacy').world.pacerAccounts[KARIN.accountNumber]!.passwordDigest);
  });

  it.each([
    ['address', 'pacer/account/maintenance/address', ADDRESS],
    ['personal', 'pacer/account/maintenance/personal', { firstName: 'Karin', lastName: 'Halvorsen' }],
  ] as const)('applies to Maintenance ▸ %s as well', (option, form, fields) => {
    const desk = loggedInLegacy();
    desk.openOption(option);
    expect(desk.submit(form, 'submit', fields)).toMatchObject({ mistake: 'legacy-account-change-attempted' });
  });

  it('lets a legacy account view its registered courts without upgrading', () => {
    const desk = loggedInLegacy();
    desk.openOption('registered-courts');
    expect(currentPage(desk.world)).toMatchObject({ kind: 'mma-option', option: 'registered-courts' });
  });
});

describe('a legacy PAA upgrades like any account', () => {
  it('cannot use PAA Maintenance until upgraded, and may keep FIRM as its User Type', () => {
    const scenario = scenarioVariant('pacer-paa-firm', (raw) => {
      raw.world.pacerAccounts[0]!.kind = 'legacy';
    });
    const desk = new MmaDesk(scenario);
    desk.loginAt('brandtokafor-paa', 'Central*Billing2018');
    desk.openOption('paa-add');
    const outcome = desk.submit('pacer/account/paa/add', 'submit', { accountNumber: '3310452', lastName: 'Rivera', remark: 'billing', policyAcknowledged: 'on' });
    expect(outcome).toMatchObject({ status: 'accepted', mistake: 'legacy-account-change-attempted' });
    expect(desk.kind).toBe('mma-upgrade');
    expect(
      desk.submit('pacer/account/upgrade/person', 'next', { ...PERSON, firstName: 'Marisol', lastName: 'Ortega', email: 'mortega@brandtokafor.example', userType: 'firm' }),
    ).toMatchObject({ status: 'accepted', mistake: null });
  });
});
