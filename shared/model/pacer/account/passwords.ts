import { isBlank, longerThan, shorterThan, type LengthLimit, type Secret } from '../../credentials';
import type { PacerAccount, World } from '../../world';
import { TODAYS_PASSWORD_LENGTH, todaysPasswordProblem, todaysRulesApply, type PasswordProblem } from '../password-policy';

/**
 * Password rules of the scenario's era (FIDELITY 1.2, 8): at least 8
 * characters before 2025, checked on length only as before; from August
 * 2025 today's rules (pacer/password-policy.ts), each broken one a named mistake.
 */
export function passwordLengthRule(world: World): { min: LengthLimit; max: number } {
  return todaysRulesApply(world) ? TODAYS_PASSWORD_LENGTH : { min: 8, max: 45 };
}

/** The first problem with a new password and its confirmation, or null. */
export function checkNewPassword(world: World, account: PacerAccount, password: Secret | null, confirm: Secret | null): PasswordProblem | null {
  const plain = (message: string): PasswordProblem => ({ message, mistake: null });
  if (!password || isBlank(password)) return plain('New Password is required.');
  if (todaysRulesApply(world)) {
    const broken = todaysPasswordProblem(password);
    if (broken) return broken;
  } else {
    const { min, max } = passwordLengthRule(world);
    if (shorterThan(password, min)) return plain(`Password must be at least ${min} characters.`);
    if (longerThan(password, max)) return plain(`Password must be at most ${max} characters.`);
  }
  if (!confirm || isBlank(confirm)) return plain('Confirm Password is required.');
  if (confirm.digest !== password.digest) return plain('Passwords do not match.');
  if (password.digest === account.passwordDigest) return plain('The new password must be different from your current password.');
  return null;
}

/** Usernames PACER accepts: 6 to 64 letters, digits, periods, underscores, hyphens or @. */
export const USERNAME_PATTERN = /^[A-Za-z0-9._@-]{6,64}$/;

/** The first problem with a new username, or null. Upgraded and new usernames are at least 8 characters (FIDELITY 1.2). */
export function checkNewUsername(world: World, account: PacerAccount, username: string): string | null {
  if (!username) return 'New Username is required.';
  if (username.length < 8) return 'Username must be at least 8 characters.';
  if (!USERNAME_PATTERN.test(username)) return 'Username may contain only letters, numbers, periods, underscores, hyphens and @.';
  const taken = Object.values(world.pacerAccounts).some(
    (other) =>
      (other.accountNumber !== account.accountNumber && other.username.toLowerCase() === username.toLowerCase()) ||
      other.retiredUsernames.some((old) => old.toLowerCase() === username.toLowerCase()),
  );
  if (taken) return 'This username is already taken. Choose another.';
  return null;
}
