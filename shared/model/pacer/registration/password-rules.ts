import { isBlank, longerThan, shorterThan, type LengthLimit, type Secret } from '../../credentials';
import type { Era, World } from '../../world';
import { TODAYS_PASSWORD_GUIDELINE, todaysPasswordProblem, type PasswordProblem } from '../password-policy';

/**
 * Username and password rules of the Security screen, by era (FIDELITY
 * 1.2): before 2025 a password of at least 8 characters; from August 2025
 * today's rules (pacer/password-policy.ts). Passwords reach the model only
 * as digests, with these rules' answers decided by the screen as the
 * password was typed (credentials.ts).
 */

/** The seeds' era: at least 8 characters, no more than 45. */
const EARLIER_RULE = { min: 8, max: 45 } as const satisfies { min: LengthLimit; max: number };

export function passwordGuideline(era: Era): string {
  return era === '2025'
    ? TODAYS_PASSWORD_GUIDELINE
    : `Passwords must be at least ${EARLIER_RULE.min} characters long. Use a mix of letters, numbers and special characters.`;
}

/** The first problem with the Security screen's password, or null; today's rules name each broken one as a mistake. */
export function passwordProblem(era: Era, password: Secret | null, confirm: Secret | null): PasswordProblem | null {
  const plain = (message: string): PasswordProblem => ({ message, mistake: null });
  if (!password || isBlank(password)) return plain('Password is required.');
  if (era === '2025') {
    const broken = todaysPasswordProblem(password);
    if (broken) return broken;
  } else {
    if (shorterThan(password, EARLIER_RULE.min)) return plain(`Password must be at least ${EARLIER_RULE.min} characters.`);
    if (longerThan(password, EARLIER_RULE.max)) return plain(`Password must be at most ${EARLIER_RULE.max} characters.`);
  }
  if (!confirm || isBlank(confirm)) return plain('Confirm Password is required.');
  if (confirm.digest !== password.digest) return plain('Password and Confirm Password do not match.');
  return null;
}

export const USERNAME_RULE = 'Usernames are 8 to 20 characters: letters, numbers, periods, hyphens and underscores.';

export function usernameProblem(world: World, username: string): string | null {
  if (username === '') return 'Username is required.';
  if (username.length < 8 || username.length > 20) return 'Username must be 8 to 20 characters.';
  if (!/^[A-Za-z0-9._-]+$/.test(username)) return 'Username may contain only letters, numbers, periods, hyphens and underscores.';
  const taken = Object.values(world.pacerAccounts).some(
    (account) =>
      account.username.toLowerCase() === username.toLowerCase() ||
      account.retiredUsernames.some((retired) => retired.toLowerCase() === username.toLowerCase()),
  );
  return taken ? 'This username is not available. Please choose another username.' : null;
}
