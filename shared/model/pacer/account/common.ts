import { saltedDigest } from '../../credentials';
import type { MistakeCode } from '../../mistakes';
import { currentPage } from '../../pages';
import { acceptedWith, NOT_ON_THIS_PAGE, pushAddress, refused, type Applied } from '../../transitions';
import type { MailItem, PacerAccount, World } from '../../world';
import { mustUpgradeFirst } from './offers';
import { upgradeUrl, type MmaOptionId } from './routes';
import { accountState, withAccountState } from './state';

/** The site's own wording for what Manage My Account refuses or confirms. */
export const MMA_MESSAGES = {
  usernameRequired: 'Username is required.',
  passwordRequired: 'Password is required.',
  usernameTooShort: 'Username must be at least 6 characters.',
  passwordTooShort: 'Password must be at least 8 characters.',
  invalidLogin: 'Invalid username or password.',
  loggedOut: 'You have been logged out of Manage My Account.',
  upgradeFirst:
    'Your PACER account is a legacy account. You must upgrade your account before you can change your account information. Complete the upgrade below.',
  saved: 'Your changes have been saved.',
} as const;

/** The account logged in to Manage My Account if the form's page is one of its own pages; otherwise the post is refused. */
export function signedInForm(world: World): PacerAccount | null {
  const page = currentPage(world);
  const number = accountState(world).signedIn;
  if (number === null || !('accountNumber' in page) || page.accountNumber !== number) return null;
  return world.pacerAccounts[number] ?? null;
}

export function notOnThisPage(world: World): Applied {
  return { world, outcome: refused(NOT_ON_THIS_PAGE) };
}

export function refuse(world: World, message: string, mistake: MistakeCode | null = null): Applied {
  return { world, outcome: refused(message, mistake) };
}

export function updateAccount(world: World, accountNumber: string, change: Partial<PacerAccount>): World {
  const account = world.pacerAccounts[accountNumber];
  if (!account) return world;
  return { ...world, pacerAccounts: { ...world.pacerAccounts, [accountNumber]: { ...account, ...change } } };
}

/**
 * A legacy account trying to change an option that needs an upgraded
 * account: the site sends it to the upgrade instead (seed 004), and the
 * attempt is a mistake. Returns null when the change may go ahead.
 */
export function upgradeGate(world: World, account: PacerAccount, option: MmaOptionId): Applied | null {
  if (!mustUpgradeFirst(account, option)) return null;
  return {
    world: pushAddress(world, upgradeUrl()),
    outcome: acceptedWith(MMA_MESSAGES.upgradeFirst, 'legacy-account-change-attempted'),
  };
}

/** The next number of this part's counter, and the world that has used it. */
export function nextNumber(world: World): [number, World] {
  const next = accountState(world).counter + 1;
  return [next, withAccountState(world, { counter: next })];
}

export function nextMailId(world: World): string {
  return `mail-${world.mailbox.length + 1}`;
}

export function deliver(world: World, mail: MailItem): World {
  return { ...world, mailbox: [...world.mailbox, mail] };
}

/** A person's last name from the name PACER shows: "Rivera, Ana" or "Ana M. Rivera, Jr." both give "Rivera". */
export function lastNameOf(name: string): string {
  const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq']);
  if (name.includes(',')) {
    const [first = ''] = name.split(',');
    const rest = name.slice(first.length + 1).trim().toLowerCase().replace(/\./g, '');
    if (suffixes.has(rest)) return lastWord(first);
    return first.trim();
  }
  return lastWord(name);

  function lastWord(text: string): string {
    const words = text
      .trim()
      .split(/\s+/)
      .filter((word) => !suffixes.has(word.toLowerCase().replace(/\./g, '')));
    return words.at(-1) ?? '';
  }
}

/** First, middle and last name as Update Personal Information shows them. */
export function nameParts(name: string): { firstName: string; middleName: string; lastName: string } {
  const lastName = lastNameOf(name);
  const rest = name.includes(',') ? (name.split(',')[1] ?? '') : name.slice(0, name.lastIndexOf(lastName));
  const words = rest.trim().split(/\s+/).filter(Boolean);
  return { firstName: words[0] ?? '', middleName: words.slice(1).join(' '), lastName };
}

/** Security answers are kept like passwords: a salted digest of the answer, ignoring case and spacing. */
export function answerDigest(world: World, answer: string): string {
  return saltedDigest(world.salt, `security-answer\u0000${answer.trim().toLowerCase().replace(/\s+/g, ' ')}`);
}

/** YYYY-MM-DD that names a real calendar day. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "07/14/1975" or "1975-07-14" as the form posts it → "1975-07-14", or null. */
export function readDate(typed: string): string | null {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed.trim());
  const iso = us ? `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}` : typed.trim();
  return isRealDate(iso) ? iso : null;
}
