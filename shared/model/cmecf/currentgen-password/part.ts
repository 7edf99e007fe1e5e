import { z } from 'zod';
import { isBlank, longerThan, shorterThan, type Secret } from '../../credentials';
import { field, readFields, secret, type FormSubmission, type ModelPart } from '../../form-kit';
import { acceptedWith, onPage, pushAddress, refused, unchanged, type Applied } from '../../transitions';
import { courtById, type EcfAccount, type World } from '../../world';
import { passwordResetMail } from './mail';
import { currentGenLoginUrl } from './pages';
import { passwordState, usableReset, withPasswordState } from './state';

/**
 * "Forgot Your Password" on a CurrentGen court's CM/ECF login page (seed 003):
 * the login, then the court's e-mail, then a new password on the page its link
 * opens. The login itself stays the court side's form (cmecf/court-part.ts).
 */

export const CURRENTGEN_PASSWORD_FORMS = {
  forgot: 'cmecf/forgot-password',
  reset: 'cmecf/reset-password',
} as const;

export const CURRENTGEN_PASSWORD_FIELDS = {
  login: 'login',
  newPassword: 'newPassword',
  confirmPassword: 'confirmPassword',
} as const;

/** The pages' wording; CurrentGen's own strings are not documented publicly [I]. */
export const CURRENTGEN_PASSWORD_MESSAGES = {
  linkSent: 'A link to reset your password has been sent to the primary e-mail address of this login. The link is active for 24 hours.',
  unknownLogin: 'No CM/ECF account of this court has that login. Logins are case sensitive: enter the login the court issued you.',
  linkInvalid: 'This password reset link is not valid: it has been used or has expired. Use Forgot Your Password? to get a new one.',
  passwordChanged: 'Your password has been changed. Log in with your CM/ECF login and new password.',
  newPasswordRequired: 'New Password is required.',
  confirmRequired: 'Confirm Password is required.',
  mismatch: 'The passwords do not match.',
  tooShort: 'Passwords must be at least eight characters long.',
  tooLong: 'Passwords must be at most 64 characters long.',
} as const;

const loginSchema = z.object({
  [CURRENTGEN_PASSWORD_FIELDS.login]: z.string().min(1, 'Login is required.').max(64, 'Login must be at most 64 characters.'),
});

/**
 * CM/ECF's password rules from version 5 on, as courts announced them (N.D.
 * Okla., "CM/ECF Version 5: New Password Requirements"): at least eight
 * characters, upper- and lower-case letters, and a digit or special character.
 * Only the length is checked: a typed password is kept as a digest and the
 * answers of the rules trainees are scored on (credentials.ts), and keeping
 * its kinds of character for every password would help recover it.
 */
export function newPasswordProblem(password: Secret | null, confirm: Secret | null): string | null {
  const messages = CURRENTGEN_PASSWORD_MESSAGES;
  if (!password || isBlank(password)) return messages.newPasswordRequired;
  if (shorterThan(password, 8)) return messages.tooShort;
  if (longerThan(password, 64)) return messages.tooLong;
  if (!confirm || isBlank(confirm)) return messages.confirmRequired;
  if (confirm.digest !== password.digest) return messages.mismatch;
  return null;
}

/** Forgot Your Password: the court e-mails a reset link to the login's primary address. */
function requestReset(world: World, submission: FormSubmission): Applied {
  const page = onPage(world, 'cmecf-forgot-password');
  const court = page ? courtById(world, page.courtId) : null;
  if (!court) return unchanged(world, refused(CURRENTGEN_PASSWORD_MESSAGES.unknownLogin));
  const read = readFields(loginSchema, submission);
  if (!read.ok) return unchanged(world, refused(read.message));
  const login = field(submission, CURRENTGEN_PASSWORD_FIELDS.login);
  // CM/ECF logins are case sensitive (FIDELITY 1.10, from a CurrentGen login page).
  const account = Object.values(world.ecfAccounts).find((candidate) => candidate.courtId === court.id && candidate.login === login);
  if (!account) return unchanged(world, refused(CURRENTGEN_PASSWORD_MESSAGES.unknownLogin));

  const reset = { request: String(world.nextTransactionId), courtId: court.id, ecfAccountId: account.id, issuedAt: world.clock, used: false };
  const mail = passwordResetMail(`mail-${world.mailbox.length + 1}`, court, account, reset);
  const requested = withPasswordState(world, { resets: [...passwordState(world).resets, reset] });
  const sent: World = { ...requested, mailbox: [...requested.mailbox, mail], nextTransactionId: requested.nextTransactionId + 1 };
  return { world: pushAddress(sent, currentGenLoginUrl(court)), outcome: acceptedWith(CURRENTGEN_PASSWORD_MESSAGES.linkSent) };
}

/** The e-mailed link's page: a new password, twice; the court-issued login now opens with it. */
function setNewPassword(world: World, submission: FormSubmission): Applied {
  const page = onPage(world, 'cmecf-reset-password');
  const court = page ? courtById(world, page.courtId) : null;
  const reset = page && court ? usableReset(world, court.id, page.request) : null;
  const account: EcfAccount | undefined = reset ? world.ecfAccounts[reset.ecfAccountId] : undefined;
  if (!court || !reset || !account) return unchanged(world, refused(CURRENTGEN_PASSWORD_MESSAGES.linkInvalid));
  const password = secret(submission, CURRENTGEN_PASSWORD_FIELDS.newPassword);
  const problem = newPasswordProblem(password, secret(submission, CURRENTGEN_PASSWORD_FIELDS.confirmPassword));
  if (problem || !password) return unchanged(world, refused(problem ?? CURRENTGEN_PASSWORD_MESSAGES.newPasswordRequired));

  const state = passwordState(world);
  const changed = withPasswordState(
    { ...world, ecfAccounts: { ...world.ecfAccounts, [account.id]: { ...account, passwordDigest: password.digest } } },
    {
      resets: state.resets.map((candidate) => (candidate === reset ? { ...candidate, used: true } : candidate)),
      changes: [...state.changes, { courtId: court.id, ecfAccountId: account.id, at: world.clock }],
    },
  );
  return { world: pushAddress(changed, currentGenLoginUrl(court)), outcome: acceptedWith(CURRENTGEN_PASSWORD_MESSAGES.passwordChanged) };
}

/** "Forgot Your Password" at a CurrentGen court: the request, the court's e-mail, the new password. */
export const CURRENTGEN_PASSWORD: ModelPart = {
  forms: {
    [CURRENTGEN_PASSWORD_FORMS.forgot]: {
      title: 'Forgot Your Password',
      pages: ['cmecf-forgot-password'],
      handle: requestReset,
      describe: (submission) =>
        `Asked the court to e-mail a password reset link for CM/ECF login "${field(submission, CURRENTGEN_PASSWORD_FIELDS.login).slice(0, 64)}"`,
    },
    [CURRENTGEN_PASSWORD_FORMS.reset]: {
      title: 'Reset Your Password',
      pages: ['cmecf-reset-password'],
      handle: setNewPassword,
      describe: () => 'Set a new CM/ECF password with the e-mailed reset link',
    },
  },
};
