import { describe, expect, it } from 'vitest';
import { secretVerdicts, type Secret } from '../../../../shared/model/credentials';
import { MISTAKES } from '../../../../shared/model/mistakes';
import { accountState } from '../../../../shared/model/pacer/account/state';
import { loginFormUrl, optionUrl } from '../../../../shared/model/pacer/account/routes';
import {
  nameParts,
  PASSWORD_POLICY_MISTAKES,
  passwordPersonalParts,
  personalParts,
  TODAYS_PASSWORD_MESSAGES,
  todaysPasswordProblem,
} from '../../../../shared/model/pacer/password-policy';
import { Attempt, scenarioVariant } from '../../../support/attempt';
import { builtinScenario } from '../../../support/scenarios';
import { atAccountForm, PRIYA_FIELDS, SECURITY_FIELDS, tokenFor } from './registration/support';

/** Today's password rules (FIDELITY 8): each rule accepts the right password and refuses the wrong one with its mistake. */

const verdicts = (text: string, parts: string[] = []): Secret => ({ digest: '0'.repeat(64), ...secretVerdicts(text, parts) });

describe('the rules, from the verdicts the screen computed', () => {
  it.each([
    ['Arch#1965', 'password-under-14-characters', TODAYS_PASSWORD_MESSAGES.tooShort],
    ['Meet-me-under-the-Gateway-Arch-at-the-Riverfront-1965', 'password-over-45-characters', TODAYS_PASSWORD_MESSAGES.tooLong],
    ['gateway#riverboat#1965', 'password-character-kinds-missing', TODAYS_PASSWORD_MESSAGES.characterKinds],
    ['GATEWAY#RIVERBOAT#1965', 'password-character-kinds-missing', TODAYS_PASSWORD_MESSAGES.characterKinds],
    ['GatewayRiverboat1965', 'password-character-kinds-missing', TODAYS_PASSWORD_MESSAGES.characterKinds],
  ])('%j breaks a rule: %s', (text, mistake, message) => {
    expect(todaysPasswordProblem(verdicts(text))).toEqual({ message, mistake });
  });

  it('a personal part is refused only where the screen found one', () => {
    const parts = personalParts({ firstName: 'Nadia', lastName: 'Brennan', username: 'nbrennan.stl', email: 'nbrennan@brennan-law.example' });
    expect(todaysPasswordProblem(verdicts('Brennan#Riverboat1965', parts))).toEqual({
      message: TODAYS_PASSWORD_MESSAGES.personalPart,
      mistake: 'password-holds-personal-part',
    });
    expect(todaysPasswordProblem(verdicts('Forest-Park#Carousel1904', parts))).toBeNull();
  });

  it('14 and 45 characters with the three kinds are accepted', () => {
    expect(todaysPasswordProblem(verdicts('Abcdefghijk#12'))).toBeNull();
    expect(todaysPasswordProblem(verdicts(`Ab#${'c'.repeat(42)}`))).toBeNull();
  });

  it('every rule is a named mistake with its title, rule, remedy and source', () => {
    for (const code of Object.keys(PASSWORD_POLICY_MISTAKES)) {
      const definition = MISTAKES[code as keyof typeof MISTAKES];
      expect(definition.source).toContain('August 25, 2025');
      expect(definition.rule.length).toBeGreaterThan(20);
    }
  });
});

describe('which personal parts count (the simulator reading of "no part of")', () => {
  it('runs of 3 or more letters or digits of the names, username and e-mail address, without the top-level domain', () => {
    expect(personalParts({ firstName: 'Nadia', lastName: 'Brennan', username: 'nbrennan.stl', email: 'nbrennan@brennan-law.example' })).toEqual([
      'nadia',
      'brennan',
      'nbrennan',
      'stl',
      'law',
    ]);
    expect(personalParts({ firstName: 'Al', lastName: 'Ng', username: 'a.ng-kc', email: 'al@ng.com' })).toEqual([]);
  });

  it('case does not matter, and only whole parts count', () => {
    const parts = personalParts({ firstName: 'Nadia', lastName: 'Brennan' });
    expect(secretVerdicts('xxBRENNANxx#Aa1234', parts).personalPart).toBe(true);
    expect(secretVerdicts('Brenna#Riverboat1965', parts).personalPart).toBe(false);
  });

  it('reads first and last name from either way PACER writes the name', () => {
    expect(nameParts('Nadia K. Brennan')).toEqual({ firstName: 'Nadia', lastName: 'Brennan' });
    expect(nameParts('Brennan, Nadia K.')).toEqual({ firstName: 'Nadia', lastName: 'Brennan' });
  });

  it('the earlier era names no parts, so its passwords post exactly as before', () => {
    const attempt = new Attempt(builtinScenario('pacer-stored-payment'));
    expect(passwordPersonalParts(attempt.world, 'pacer/account/settings/change-password')).toEqual({ words: [], fields: [] });
    expect(secretVerdicts('Gateway#Arch1965')).not.toHaveProperty('personalPart');
  });
});

describe('applied wherever a password is set in a 2025 scenario', () => {
  it('registration: the username typed beside the password counts too', () => {
    const attempt = atAccountForm((scenario) => {
      scenario.era = '2025';
    });
    attempt.submit('pacer/register/account-information', 'next', PRIYA_FIELDS);
    attempt.submit('pacer/register/validation-token', 'next', { validationToken: tokenFor(attempt) });
    const post = (password: string) => attempt.submit('pacer/register/security', 'next', SECURITY_FIELDS, { password, confirmPassword: password });
    expect(post('Raman#Riverboat1965')).toMatchObject({ status: 'refused', mistake: 'password-holds-personal-part' });
    expect(post(`Union#${SECURITY_FIELDS.username}`)).toMatchObject({ status: 'refused', mistake: 'password-holds-personal-part' });
    expect(post('short#A1')).toMatchObject({ status: 'refused', mistake: 'password-under-14-characters' });
    expect(post('Union*Station*Eighty')).toMatchObject({ status: 'accepted', mistake: null });
  });

  it('Change Password: refused with the mistake, accepted with a compliant one, which starts the 180 days again', () => {
    const scenario = builtinScenario('pacer-password-change-2025');
    const attempt = new Attempt({ ...scenario, world: { ...scenario.world, pacerAccounts: scenario.world.pacerAccounts.map((account) => ({ ...account, passwordChangedOn: null })) } });
    attempt.goTo(loginFormUrl(), 'link');
    attempt.submit('pacer/account/login', 'login', { username: 'nbrennan.stl' }, { password: 'Gateway#Arch1965' });
    expect(attempt.page.kind).toBe('mma-home');
    attempt.goTo(optionUrl('change-password'), 'link');
    const change = (password: string) =>
      attempt.submit('pacer/account/settings/change-password', 'submit', {}, { currentPassword: 'Gateway#Arch1965', newPassword: password, confirmPassword: password });
    expect(change('Nadia#Riverboat1965')).toMatchObject({ status: 'refused', mistake: 'password-holds-personal-part' });
    expect(change('gateway#riverboat#1965')).toMatchObject({ status: 'refused', mistake: 'password-character-kinds-missing' });
    expect(change('Forest-Park#Carousel1904').status).toBe('accepted');
    expect(attempt.world.pacerAccounts['6118204']).toMatchObject({ passwordChangedOn: '2025-11-17', passwordPromptSkips: 0 });
  });

  it('the seeds-era Change Password keeps its length rule only, with no named mistake', () => {
    const scenario = scenarioVariant('pacer-password-change-2025', (input) => {
      input.era = '2018-2022';
    });
    const attempt = new Attempt(scenario);
    attempt.goTo(loginFormUrl(), 'link');
    attempt.submit('pacer/account/login', 'login', { username: 'nbrennan.stl' }, { password: 'Gateway#Arch1965' });
    // passwordChangedOn means nothing before 2025: no prompt.
    expect(attempt.page.kind).toBe('mma-home');
    attempt.goTo(optionUrl('change-password'), 'link');
    const change = (password: string) =>
      attempt.submit('pacer/account/settings/change-password', 'submit', {}, { currentPassword: 'Gateway#Arch1965', newPassword: password, confirmPassword: password });
    expect(change('short')).toEqual({ status: 'refused', mistake: null, message: 'Password must be at least 8 characters.' });
    expect(change('brennan-riverboat').status).toBe('accepted');
    expect(attempt.world.pacerAccounts['6118204']?.passwordPromptSkips).toBeUndefined();
    expect(accountState(attempt.world).passwordChanges).toHaveLength(1);
  });
});
