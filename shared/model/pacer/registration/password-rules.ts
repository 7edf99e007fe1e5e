import { isBlank, longerThan, shorterThan, type LengthLimit, type Secret } from '../../credentials';
import type { Era, World } from '../../world';

/**
 * Username and password rules of the Security screen, by era (FIDELITY
 * 1.2): before 2025 a password of at least 8 characters; from August 2025
 * 14 to 45 characters with at least one lower-case, one upper-case and one
 * special character. Passwords reach the model only as digests, with these
 * rules' answers decided by the screen as the password was typed (credentials.ts).
 */

export const PASSWORD_RULES: Record<Era, { min: LengthLimit; max: number; characterClasses: boolean }> = {
  '2018-2022': { min: 8, max: 45, characterClasses: false },
  '2025': { min: 14, max: 45, characterClasses: true },
};

export function passwordGuideline(era: Era): string {
  const rule = PASSWORD_RULES[era];
  return rule.characterClasses
    ? `Passwords must be ${rule.min} to ${rule.max} characters and include at least one lower-case letter, one upper-case letter and one special character. Do not use parts of your name, username or e-mail address.`
    : `Passwords must be at least ${rule.min} characters long. Use a mix of letters, numbers and special characters.`;
}

export function passwordProblem(era: Era, password: Secret | null, confirm: Secret | null): string | null {
  const rule = PASSWORD_RULES[era];
  if (!password || isBlank(password)) return 'Password is required.';
  if (shorterThan(password, rule.min)) return `Password must be at least ${rule.min} characters.`;
  if (longerThan(password, rule.max)) return `Password must be at most ${rule.max} characters.`;
  if (rule.characterClasses && !password.characterClasses) {
    return 'Password must include at least one lower-case letter, one upper-case letter and one special character.';
  }
  if (!confirm || isBlank(confirm)) return 'Confirm Password is required.';
  if (confirm.digest !== password.digest) return 'Password and Confirm Password do not match.';
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
