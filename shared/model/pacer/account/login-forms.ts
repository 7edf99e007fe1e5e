import { z } from 'zod';
import { field, readFields, secret, type FormDefinition, type FormSubmission } from '../../form-kit';
import type { MistakeCode } from '../../mistakes';
import { ACCEPTED, acceptedWith, pushAddress, type Applied } from '../../transitions';
import type { PacerAccount, World } from '../../world';
import { deliver, MMA_MESSAGES, nextMailId, nextNumber, readDate, refuse, updateAccount } from './common';
import { passwordResetMail, usernameReminderMail } from './mail';
import { SIGNED_IN_PAGE_KINDS } from './pages';
import { passwordSetNow } from './password-age';
import { passwordPromptAtLogin } from './password-prompt';
import { checkNewPassword } from './passwords';
import { loginFormUrl, mmaUrl, MMA_PATHS } from './routes';
import { accountState, withAccountState } from './state';
import { isBlank, saltedDigest, shorterThan } from '../../credentials';
import { completeManageAccountLogin } from '../../sign-on';

/** Manage My Account login, logout and the Forgot Your Password? / Forgot Username? paths (FIDELITY 1.3). */

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function logIn(world: World, submission: FormSubmission): Applied {
  const username = field(submission, 'username');
  const password = secret(submission, 'password');
  if (!username) return refuse(world, MMA_MESSAGES.usernameRequired, 'pacer-credentials-invalid');
  if (!password || isBlank(password)) return refuse(world, MMA_MESSAGES.passwordRequired, 'pacer-credentials-invalid');
  if (username.length < 6) return refuse(world, MMA_MESSAGES.usernameTooShort, 'pacer-credentials-invalid');
  if (shorterThan(password, 8)) return refuse(world, MMA_MESSAGES.passwordTooShort, 'pacer-credentials-invalid');

  const accounts = Object.values(world.pacerAccounts);
  const account = accounts.find((candidate) => sameName(candidate.username, username));
  if (!account || account.passwordDigest !== password.digest) {
    // After an upgrade the old username no longer logs in (seed 002: "You will no longer be able to use your old PACER username and password").
    const mistake: MistakeCode = accounts.some((candidate) => candidate.retiredUsernames.some((old) => sameName(old, username)))
      ? 'legacy-credentials-used'
      : Object.values(world.ecfAccounts).some((ecf) => sameName(ecf.login, username))
        ? 'cmecf-credentials-at-pacer-login'
        : 'pacer-credentials-invalid';
    return refuse(world, MMA_MESSAGES.invalidLogin, mistake);
  }
  const prompted = passwordPromptAtLogin(world, account, { to: 'manage-my-account', username });
  if (prompted) return prompted;
  return { world: completeManageAccountLogin(world, account, username), outcome: ACCEPTED };
}

function logOut(world: World): Applied {
  const signedOut = withAccountState(world, { signedIn: null, upgrade: null });
  return { world: pushAddress(signedOut, loginFormUrl()), outcome: acceptedWith(MMA_MESSAGES.loggedOut) };
}

const emailField = z
  .string()
  .min(1, 'Email Address is required.')
  .max(100, 'Email Address must be at most 100 characters.')
  .pipe(z.email('Enter a valid email address.'));

/** The account whose e-mail matches and that one of the other identifiers matches. */
function accountFor(world: World, email: string, matches: (account: PacerAccount) => boolean): PacerAccount | null {
  return (
    Object.values(world.pacerAccounts).find((account) => sameName(account.email, email) && matches(account)) ?? null
  );
}

const RECOVERY_SENT =
  'If the information you entered matches a PACER account, an email has been sent to the email address on that account.';

const forgotPasswordSchema = z.object({
  email: emailField,
  username: z.string().max(64, 'Username must be at most 64 characters.').default(''),
  accountNumber: z.string().max(10, 'Account Number must be at most 10 digits.').default(''),
  dateOfBirth: z.string().max(10, 'Enter the Date of Birth as MM/DD/YYYY.').default(''),
});

function forgotPassword(world: World, submission: FormSubmission): Applied {
  const read = readFields(forgotPasswordSchema, submission);
  if (!read.ok) return refuse(world, read.message);
  const { email, username, accountNumber, dateOfBirth } = read.value;
  if (!username && !accountNumber && !dateOfBirth) {
    return refuse(world, 'Enter your Username, Account Number or Date of Birth with your email address.');
  }
  if (accountNumber && !/^\d{6,8}$/.test(accountNumber)) return refuse(world, 'Account Number must be 6 to 8 digits.');
  const birth = dateOfBirth ? readDate(dateOfBirth) : null;
  if (dateOfBirth && !birth) return refuse(world, 'Enter the Date of Birth as MM/DD/YYYY.');
  const account = accountFor(
    world,
    email,
    (candidate) =>
      (!username || sameName(candidate.username, username)) &&
      (!accountNumber || candidate.accountNumber === accountNumber) &&
      (!birth || candidate.dateOfBirth === birth),
  );
  // The page says the same whether or not an account matched, so it cannot be used to find accounts.
  const done = pushAddress(world, loginFormUrl());
  if (!account) return { world: done, outcome: acceptedWith(RECOVERY_SENT) };
  const [number, counted] = nextNumber(done);
  const token = saltedDigest(world.salt, `reset\u0000${account.accountNumber}\u0000${number}`).slice(0, 24);
  const link = mmaUrl(MMA_PATHS.resetPassword, `token=${token}`);
  const state = accountState(counted);
  const withToken = withAccountState(counted, {
    resetTokens: [...state.resetTokens, { token, accountNumber: account.accountNumber, issuedAt: world.clock, used: false }],
  });
  return { world: deliver(withToken, passwordResetMail(nextMailId(withToken), account, link, world.clock)), outcome: acceptedWith(RECOVERY_SENT) };
}

const forgotUsernameSchema = z.object({
  email: emailField,
  accountNumber: z.string().max(10, 'Account Number must be at most 10 digits.').default(''),
  dateOfBirth: z.string().max(10, 'Enter the Date of Birth as MM/DD/YYYY.').default(''),
});

function forgotUsername(world: World, submission: FormSubmission): Applied {
  const read = readFields(forgotUsernameSchema, submission);
  if (!read.ok) return refuse(world, read.message);
  const { email, accountNumber, dateOfBirth } = read.value;
  if (!accountNumber && !dateOfBirth) return refuse(world, 'Enter your Account Number or Date of Birth with your email address.');
  if (accountNumber && !/^\d{6,8}$/.test(accountNumber)) return refuse(world, 'Account Number must be 6 to 8 digits.');
  const birth = dateOfBirth ? readDate(dateOfBirth) : null;
  if (dateOfBirth && !birth) return refuse(world, 'Enter the Date of Birth as MM/DD/YYYY.');
  const account = accountFor(
    world,
    email,
    (candidate) => (!accountNumber || candidate.accountNumber === accountNumber) && (!birth || candidate.dateOfBirth === birth),
  );
  const done = pushAddress(world, loginFormUrl());
  if (!account) return { world: done, outcome: acceptedWith(RECOVERY_SENT) };
  return { world: deliver(done, usernameReminderMail(nextMailId(done), account, world.clock)), outcome: acceptedWith(RECOVERY_SENT) };
}

function resetPassword(world: World, submission: FormSubmission): Applied {
  const token = field(submission, 'token');
  const state = accountState(world);
  const known = state.resetTokens.find((candidate) => candidate.token === token && !candidate.used);
  const account = known ? world.pacerAccounts[known.accountNumber] : undefined;
  if (!known || !account) return refuse(world, 'This password reset link is no longer valid. Use Forgot Your Password? to get a new one.');
  const problem = checkNewPassword(world, account, secret(submission, 'newPassword'), secret(submission, 'confirmPassword'));
  if (problem) return refuse(world, problem.message, problem.mistake);
  const digest = secret(submission, 'newPassword')!.digest;
  const changed = withAccountState(updateAccount(world, account.accountNumber, { passwordDigest: digest, ...passwordSetNow(world) }), {
    resetTokens: state.resetTokens.map((candidate) => (candidate === known ? { ...candidate, used: true } : candidate)),
    passwordChanges: [...state.passwordChanges, { accountNumber: account.accountNumber, at: world.clock, via: 'reset-link' }],
  });
  return {
    world: pushAddress(changed, loginFormUrl()),
    outcome: acceptedWith('Your password has been reset. Log in with your username and new password.'),
  };
}

export const LOGIN_FORMS: Record<string, FormDefinition> = {
  'pacer/account/login': {
    title: 'Log in to Manage My Account',
    pages: ['mma-login'],
    handle: logIn,
    describe: (submission) => `Clicked Login on Manage My Account as "${field(submission, 'username').slice(0, 64)}"`,
  },
  'pacer/account/logout': { title: 'Logout', pages: SIGNED_IN_PAGE_KINDS, handle: logOut, describe: () => 'Logged out of Manage My Account' },
  'pacer/account/forgot-password': {
    title: 'Forgot Your Password?',
    pages: ['mma-forgot-password'],
    handle: forgotPassword,
    describe: () => 'Asked for a password reset link (Forgot Your Password?)',
  },
  'pacer/account/forgot-username': {
    title: 'Forgot Username?',
    pages: ['mma-forgot-username'],
    handle: forgotUsername,
    describe: () => 'Asked for the username by e-mail (Forgot Username?)',
  },
  'pacer/account/reset-password': {
    title: 'Reset PACER Password',
    pages: ['mma-reset-password'],
    handle: resetPassword,
    describe: () => 'Set a new password with the e-mailed reset link',
  },
};
