import { calendarDaysBetween, formatDate } from '../../clock';
import type { PacerAccount, World } from '../../world';
import { todaysRulesApply } from '../password-policy';

/**
 * Today's rule that a password be changed every 180 days (FIDELITY 8): from
 * then on each login asks for a new one; the prompt may be skipped three
 * times, then the login goes no further until the password is changed.
 */

export const PASSWORD_MAX_AGE_DAYS = 180;
export const PASSWORD_PROMPT_SKIPS = 3;

/** What setting a password now changes on the account: under today's rules its date, and the skips start again. */
export function passwordSetNow(world: World): Pick<PacerAccount, 'passwordChangedOn' | 'passwordPromptSkips'> | Record<string, never> {
  return todaysRulesApply(world) ? { passwordChangedOn: world.clock.slice(0, 10), passwordPromptSkips: 0 } : {};
}

/** Days since the password was last set, or null when the scenario says it was set recently. */
export function passwordAgeDays(world: World, account: PacerAccount): number | null {
  return account.passwordChangedOn ? calendarDaysBetween(account.passwordChangedOn, world.clock) : null;
}

/** Whether the login must ask for a new password. */
export function passwordChangeDue(world: World, account: PacerAccount): boolean {
  const age = passwordAgeDays(world, account);
  return todaysRulesApply(world) && age !== null && age >= PASSWORD_MAX_AGE_DAYS;
}

export function promptSkipsLeft(account: PacerAccount): number {
  return Math.max(0, PASSWORD_PROMPT_SKIPS - (account.passwordPromptSkips ?? 0));
}

/** "05/20/2025", the day the password was last set, for the prompt's wording. */
export function passwordChangedOnLabel(account: PacerAccount): string | null {
  return account.passwordChangedOn ? formatDate(account.passwordChangedOn) : null;
}
