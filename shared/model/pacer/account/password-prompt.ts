import { CSO_HOST, csoLoginUrl, type ParsedAddress } from '../../addresses';
import type { FormDefinition, FormSubmission } from '../../form-kit';
import { secret } from '../../form-kit';
import { completeCentralSignOn, completeManageAccountLogin } from '../../sign-on';
import { acceptedWith, ACCEPTED, pushAddress, refused, type Applied } from '../../transitions';
import { courtById, type PacerAccount, type World } from '../../world';
import { updateAccount } from './common';
import { passwordChangeDue, passwordChangedOnLabel, promptSkipsLeft } from './password-age';
import { checkNewPassword } from './passwords';
import { accountState, withAccountState, type PasswordPrompt } from './state';

/**
 * The login's 180-day password prompt (FIDELITY 1.7.4 and 8): after the
 * username and password are accepted, a login whose password is 180 days
 * old or more stops on this page. "Skip" goes on with the login, three
 * times at most; after that the only way on is a new password. Both logins
 * (central sign-on and Manage My Account) hand over here with one call,
 * and the prompt finishes the same login afterwards (sign-on.ts).
 *
 * The sources give the rule but not the page: its wording is the
 * simulator's choice, and the scenarios that show it say so.
 */

export const PASSWORD_UPDATE_PATH = '/csologin/passwordUpdate.jsf';

export function passwordUpdateUrl(): string {
  return `https://${CSO_HOST}${PASSWORD_UPDATE_PATH}`;
}

export const PASSWORD_PROMPT_MESSAGES = {
  changed: 'Your password has been changed.',
  noSkipsLeft: 'You have skipped this step 3 times. You must change your password before you can log in.',
} as const;

export interface PasswordUpdatePage {
  kind: 'pacer-password-update';
  accountNumber: string;
  /** "05/20/2025", when the password was last changed. */
  changedOn: string | null;
  skipsLeft: number;
}

/**
 * Called by a login once the password is accepted: the world at the prompt
 * when a change is due, or null to let the login finish as usual.
 */
export function passwordPromptAtLogin(world: World, account: PacerAccount, resume: PasswordPrompt['resume']): Applied | null {
  if (!passwordChangeDue(world, account)) return null;
  const prompted = withAccountState(world, { passwordPrompt: { accountNumber: account.accountNumber, resume } });
  return { world: pushAddress(prompted, passwordUpdateUrl()), outcome: ACCEPTED };
}

/** The prompt's page; without a login waiting at it, the address shows the login page, as the real site sends a stray visit there. */
export function passwordUpdatePageAt(world: World, address: ParsedAddress): PasswordUpdatePage | { kind: 'pacer-login'; courtId: null } | null {
  if (address.host !== CSO_HOST || address.path !== PASSWORD_UPDATE_PATH) return null;
  const prompt = accountState(world).passwordPrompt;
  const account = prompt ? world.pacerAccounts[prompt.accountNumber] : undefined;
  if (!prompt || !account) return { kind: 'pacer-login', courtId: null };
  return { kind: 'pacer-password-update', accountNumber: account.accountNumber, changedOn: passwordChangedOnLabel(account), skipsLeft: promptSkipsLeft(account) };
}

/** The login the prompt interrupted, finished. */
function resumeLogin(world: World, prompt: PasswordPrompt, account: PacerAccount): World {
  const cleared = withAccountState(world, { passwordPrompt: null });
  if (prompt.resume.to === 'manage-my-account') return completeManageAccountLogin(cleared, account, prompt.resume.username);
  const court = courtById(cleared, prompt.resume.courtId);
  return pushAddress(completeCentralSignOn(cleared, account, court?.id ?? null), csoLoginUrl(court));
}

function waiting(world: World): { prompt: PasswordPrompt; account: PacerAccount } | null {
  const prompt = accountState(world).passwordPrompt;
  const account = prompt ? world.pacerAccounts[prompt.accountNumber] : undefined;
  return prompt && account ? { prompt, account } : null;
}

function skip(world: World): Applied {
  const at = waiting(world);
  if (!at) return { world, outcome: refused(PASSWORD_PROMPT_MESSAGES.noSkipsLeft) };
  if (promptSkipsLeft(at.account) === 0) return { world, outcome: refused(PASSWORD_PROMPT_MESSAGES.noSkipsLeft) };
  const counted = updateAccount(world, at.account.accountNumber, { passwordPromptSkips: (at.account.passwordPromptSkips ?? 0) + 1 });
  return { world: resumeLogin(counted, at.prompt, at.account), outcome: ACCEPTED };
}

function update(world: World, submission: FormSubmission): Applied {
  const at = waiting(world);
  if (!at) return { world, outcome: refused(PASSWORD_PROMPT_MESSAGES.noSkipsLeft) };
  const password = secret(submission, 'newPassword');
  const problem = checkNewPassword(world, at.account, password, secret(submission, 'confirmPassword'));
  if (problem || !password) return { world, outcome: refused(problem?.message ?? 'New Password is required.', problem?.mistake ?? null) };
  const state = accountState(world);
  const changed = withAccountState(
    updateAccount(world, at.account.accountNumber, { passwordDigest: password.digest, passwordChangedOn: world.clock.slice(0, 10), passwordPromptSkips: 0 }),
    { passwordChanges: [...state.passwordChanges, { accountNumber: at.account.accountNumber, at: world.clock, via: 'login-prompt' }] },
  );
  const account = changed.pacerAccounts[at.account.accountNumber] ?? at.account;
  return { world: resumeLogin(changed, at.prompt, account), outcome: acceptedWith(PASSWORD_PROMPT_MESSAGES.changed) };
}

export const PASSWORD_PROMPT_FORMS: Record<string, FormDefinition> = {
  'pacer/password-update': {
    title: 'Password Update Required',
    pages: ['pacer-password-update'],
    handle: (world, submission) => (submission.button === 'skip' ? skip(world) : update(world, submission)),
    describe: (submission) => (submission.button === 'skip' ? 'Skipped the password update at login' : 'Set a new password at the login prompt'),
  },
};
