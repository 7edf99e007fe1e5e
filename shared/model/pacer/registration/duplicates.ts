import type { PacerAccount, World } from '../../world';
import type { RegistrantDetails } from './state';

/**
 * Duplicate detection (FIDELITY 1.2): a registration is compared with the
 * accounts PACER already has on name, date of birth and e-mail. Two matches
 * (or the e-mail alone, which belongs to one account) bring the "an account
 * may already exist" warning with a Continue option;
 * all three put the new registration on hold with Case Search Status
 * Inactive. An e-mail with a "+" alias is held too.
 */

export type DuplicateFinding = { kind: 'none' } | { kind: 'possible' | 'same-person'; account: PacerAccount };

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq']);

/** First and last name, lower-case, from "First M. Last" or "Last, First M.". */
function firstAndLast(name: string): [string, string] | null {
  const words = (part: string) =>
    part
      .toLowerCase()
      .replace(/[^a-z\s'-]/g, ' ')
      .split(/\s+/)
      .filter((word) => word.length > 0 && !SUFFIXES.has(word));
  const [before, after] = name.split(',', 2);
  const ordered = after !== undefined ? [...words(after), ...words(before ?? '')] : words(name);
  const first = ordered[0];
  const last = ordered.at(-1);
  return first && last && ordered.length > 1 ? [first, last] : null;
}

function sameName(account: PacerAccount, details: RegistrantDetails): boolean {
  const existing = firstAndLast(account.name);
  return existing !== null && existing[0] === details.firstName.toLowerCase() && existing[1] === details.lastName.toLowerCase();
}

export function findDuplicate(world: World, details: RegistrantDetails): DuplicateFinding {
  let possible: PacerAccount | null = null;
  for (const account of Object.values(world.pacerAccounts)) {
    if (account.administrative) continue;
    const sameEmail = account.email.toLowerCase() === details.email.toLowerCase();
    const matches = [
      sameName(account, details),
      account.dateOfBirth !== undefined && account.dateOfBirth !== null && account.dateOfBirth === details.dateOfBirth,
      sameEmail,
    ].filter(Boolean).length;
    if (matches === 3) return { kind: 'same-person', account };
    if ((matches === 2 || sameEmail) && possible === null) possible = account;
  }
  return possible ? { kind: 'possible', account: possible } : { kind: 'none' };
}

/** "name+pacer@example.com": an alias address, which PACER holds for review. */
export function isAliasEmail(email: string): boolean {
  return (email.split('@')[0] ?? '').includes('+');
}
