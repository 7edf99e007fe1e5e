import { describe, expect, it } from 'vitest';
import { csoLoginUrl } from '../../../../../shared/model/addresses';
import { PASSWORD_PROMPT_MESSAGES, passwordUpdateUrl } from '../../../../../shared/model/pacer/account/password-prompt';
import { accountState } from '../../../../../shared/model/pacer/account/state';
import { loginFormUrl, mmaUrl, MMA_PATHS } from '../../../../../shared/model/pacer/account/routes';
import { TODAYS_PASSWORD_MESSAGES } from '../../../../../shared/model/pacer/password-policy';
import type { ScenarioInput } from '../../../../../shared/scenario/schema';
import { Attempt, scenarioVariant } from '../../../../support/attempt';
import { builtinScenario } from '../../../../support/scenarios';

/** The login's 180-day password prompt (FIDELITY 8): three skips, then no login until the password is changed. */

const NADIA = { username: 'nbrennan.stl', password: 'Gateway#Arch1965', accountNumber: '6118204' } as const;
const NEW_PASSWORD = 'Forest-Park#Carousel1904';

function desk(edit?: (scenario: ScenarioInput) => void): Attempt {
  return new Attempt(edit ? scenarioVariant('pacer-password-change-2025', edit) : builtinScenario('pacer-password-change-2025'), 'assess');
}

function logIn(attempt: Attempt, password: string = NADIA.password) {
  attempt.goTo(loginFormUrl(), 'link');
  return attempt.submit('pacer/account/login', 'login', { username: NADIA.username }, { password });
}

const update = (attempt: Attempt, password: string, confirm = password) =>
  attempt.submit('pacer/password-update', 'update', {}, { newPassword: password, confirmPassword: confirm });

describe('the prompt at login', () => {
  it('a password 180 days old or more stops the login at the prompt, with the date and the skips left', () => {
    const attempt = desk();
    expect(logIn(attempt)).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(attempt.url).toBe(passwordUpdateUrl());
    expect(attempt.page).toEqual({ kind: 'pacer-password-update', accountNumber: NADIA.accountNumber, changedOn: '05/19/2025', skipsLeft: 3 });
    expect(accountState(attempt.world).signedIn).toBeNull();
  });

  it('179 days is not yet due', () => {
    const attempt = desk((scenario) => {
      scenario.world.pacerAccounts[0]!.passwordChangedOn = '2025-05-22';
    });
    logIn(attempt);
    expect(attempt.page.kind).toBe('mma-home');
  });

  it('each broken rule is refused with its mistake; a compliant password finishes the login', () => {
    const attempt = desk();
    logIn(attempt);
    expect(update(attempt, 'Arch#1965')).toEqual({ status: 'refused', mistake: 'password-under-14-characters', message: TODAYS_PASSWORD_MESSAGES.tooShort });
    expect(update(attempt, 'gateway#riverboat#1965')).toEqual({
      status: 'refused',
      mistake: 'password-character-kinds-missing',
      message: TODAYS_PASSWORD_MESSAGES.characterKinds,
    });
    expect(update(attempt, 'Brennan#Riverboat1965')).toEqual({
      status: 'refused',
      mistake: 'password-holds-personal-part',
      message: TODAYS_PASSWORD_MESSAGES.personalPart,
    });
    expect(update(attempt, 'Meet-me-under-the-Gateway-Arch-at-the-Riverfront-1965')).toEqual({
      status: 'refused',
      mistake: 'password-over-45-characters',
      message: TODAYS_PASSWORD_MESSAGES.tooLong,
    });
    expect(update(attempt, NADIA.password)).toMatchObject({ status: 'refused', message: 'The new password must be different from your current password.' });
    expect(update(attempt, NEW_PASSWORD, 'Forest-Park#Carousel1905').message).toBe('Passwords do not match.');
    expect(attempt.page.kind).toBe('pacer-password-update');

    expect(update(attempt, NEW_PASSWORD)).toEqual({ status: 'accepted', mistake: null, message: PASSWORD_PROMPT_MESSAGES.changed });
    expect(attempt.page).toEqual({ kind: 'mma-home', accountNumber: NADIA.accountNumber, tab: 'settings' });
    expect(attempt.world.pacerAccounts[NADIA.accountNumber]).toMatchObject({ passwordChangedOn: '2025-11-17', passwordPromptSkips: 0 });
    expect(accountState(attempt.world).passwordChanges).toEqual([expect.objectContaining({ via: 'login-prompt' })]);

    // The old password no longer works; the new one logs in without a prompt.
    attempt.submit('pacer/account/logout', 'logout');
    expect(logIn(attempt).mistake).toBe('pacer-credentials-invalid');
    expect(logIn(attempt, NEW_PASSWORD).status).toBe('accepted');
    expect(attempt.page.kind).toBe('mma-home');
  });

  it('Skip lets the login through three times, counted on the account; then only a new password gets in', () => {
    const attempt = desk();
    for (const left of [3, 2, 1]) {
      logIn(attempt);
      expect(attempt.page).toMatchObject({ kind: 'pacer-password-update', skipsLeft: left });
      expect(attempt.submit('pacer/password-update', 'skip').status).toBe('accepted');
      expect(attempt.page.kind).toBe('mma-home');
      attempt.submit('pacer/account/logout', 'logout');
    }
    expect(attempt.world.pacerAccounts[NADIA.accountNumber]?.passwordPromptSkips).toBe(3);
    logIn(attempt);
    expect(attempt.page).toMatchObject({ kind: 'pacer-password-update', skipsLeft: 0 });
    expect(attempt.submit('pacer/password-update', 'skip')).toEqual({ status: 'refused', mistake: null, message: PASSWORD_PROMPT_MESSAGES.noSkipsLeft });
    expect(accountState(attempt.world).signedIn).toBeNull();
    // Going round to the signed-in pages shows the login form: the login is disabled until the password is changed.
    attempt.goTo(mmaUrl(MMA_PATHS.home), 'address-bar');
    expect(attempt.page).toEqual({ kind: 'mma-login', form: true });
    logIn(attempt);
    expect(update(attempt, NEW_PASSWORD).status).toBe('accepted');
    expect(attempt.page.kind).toBe('mma-home');
  });

  it('at central sign-on the prompt comes before the court opens, and the redaction notice follows it', () => {
    const attempt = desk();
    attempt.goTo('https://ecf.moeb.uscourts.gov/', 'link');
    attempt.logIn(NADIA.username, NADIA.password);
    expect(attempt.page.kind).toBe('pacer-password-update');
    expect(attempt.world.session.signedInAccount).toBeNull();
    expect(attempt.submit('pacer/password-update', 'skip').status).toBe('accepted');
    expect(attempt.url).toBe(csoLoginUrl(attempt.world.courts.moeb ?? null));
    expect(attempt.page).toEqual({ kind: 'redaction-notice', courtId: 'moeb' });
    expect(attempt.world.session.signedInAccount).toBe(NADIA.accountNumber);
  });

  it('the prompt address without a login waiting at it shows the login page', () => {
    const attempt = desk();
    attempt.goTo(passwordUpdateUrl(), 'address-bar');
    expect(attempt.page).toEqual({ kind: 'pacer-login', courtId: null });
    expect(attempt.submit('pacer/password-update', 'skip').status).toBe('refused');
  });
});

describe('Forgot Your Password in 2025', () => {
  function resetLink(attempt: Attempt): string {
    attempt.goTo(mmaUrl(MMA_PATHS.forgotPassword), 'link');
    attempt.submit('pacer/account/forgot-password', 'submit', { email: 'nbrennan@brennan-law.example', username: NADIA.username });
    const link = attempt.world.mailbox.at(-1)?.fields.find((row) => row.label === 'Reset PACER Password')?.value;
    if (!link) throw new Error('no reset link was mailed');
    return link;
  }

  it('the reset applies today\'s rules and starts the 180 days again, so the next login has no prompt', () => {
    const attempt = desk();
    attempt.goTo(resetLink(attempt), 'link');
    const token = new URL(attempt.url ?? '').searchParams.get('token') ?? '';
    const reset = (password: string) => attempt.submit('pacer/account/reset-password', 'submit', { token }, { newPassword: password, confirmPassword: password });
    expect(reset('nbrennan#Riverboat1965')).toMatchObject({ status: 'refused', mistake: 'password-holds-personal-part' });
    expect(reset(NEW_PASSWORD).status).toBe('accepted');
    expect(attempt.world.pacerAccounts[NADIA.accountNumber]?.passwordChangedOn).toBe('2025-11-17');
    logIn(attempt, NEW_PASSWORD);
    expect(attempt.page.kind).toBe('mma-home');
  });

  it('from October 16, 2025 a filer whose case-search status is inactive resets the password and still signs in to file', () => {
    const attempt = desk((scenario) => {
      scenario.world.pacerAccounts[0]!.caseSearchStatus = 'inactive';
      scenario.world.pacerAccounts[0]!.passwordChangedOn = null;
    });
    attempt.goTo(resetLink(attempt), 'link');
    const token = new URL(attempt.url ?? '').searchParams.get('token') ?? '';
    expect(attempt.submit('pacer/account/reset-password', 'submit', { token }, { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }).status).toBe('accepted');
    attempt.goTo('https://ecf.moeb.uscourts.gov/', 'link');
    expect(attempt.logIn(NADIA.username, NEW_PASSWORD).status).toBe('accepted');
    expect(attempt.page).toEqual({ kind: 'redaction-notice', courtId: 'moeb' });
  });
});
