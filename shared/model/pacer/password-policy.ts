import { longerThan, shorterThan, type Secret } from '../credentials';
import type { MistakeDefinition } from '../mistake-definition';
import { cite } from '../sources';
import { parseAddress } from '../addresses';
import { currentUrl, type PacerAccount, type World } from '../world';
import { accountState } from './account/state';
import { registrationState } from './registration/state';

/**
 * Today's PACER password rules (FIDELITY 8, from 25 August 2025), in one
 * place for every screen that sets a password: registration, the upgrade,
 * a reset link, Change Password and the 180-day prompt at login.
 *
 * The model never sees the typed text. The screen that captured it answers
 * the rules' questions before wiping it (credentials.ts): which length limits
 * it reaches, whether it has the three kinds of character, and whether it
 * holds one of the personal parts this module names for the form. Only those
 * answers reach the decision here.
 */

export const TODAYS_PASSWORD_LENGTH = { min: 14, max: 45 } as const;

/** What the site says for each broken rule, in the order it checks them. */
export const TODAYS_PASSWORD_MESSAGES = {
  tooShort: 'Password must be at least 14 characters.',
  tooLong: 'Password must be at most 45 characters.',
  characterKinds: 'Password must include at least one lower-case letter, one upper-case letter and one special character.',
  personalPart: 'Password must not contain any part of your first name, last name, username or email address.',
} as const;

export const TODAYS_PASSWORD_GUIDELINE =
  'Passwords must be 14 to 45 characters and include at least one lower-case letter, one upper-case letter and one special character. Do not use parts of your name, username or e-mail address.';

const RULES_SOURCE = cite('pacer-2025-security', 'password requirements from August 25, 2025');

/** Each broken rule as a named mistake (see mistakes.ts). */
export const PASSWORD_POLICY_MISTAKES = {
  'password-under-14-characters': {
    title: 'Password shorter than 14 characters',
    rule: 'From August 25, 2025, PACER passwords must be 14 to 45 characters long.',
    remedy: 'Choose a password of at least 14 characters, for example a short phrase of unrelated words with a capital letter and a symbol.',
    source: RULES_SOURCE,
  },
  'password-over-45-characters': {
    title: 'Password longer than 45 characters',
    rule: 'From August 25, 2025, PACER passwords must be 14 to 45 characters long.',
    remedy: 'Shorten the password to 45 characters or fewer.',
    source: RULES_SOURCE,
  },
  'password-character-kinds-missing': {
    title: 'Password without a lower-case, an upper-case and a special character',
    rule: 'A PACER password must include at least one lower-case letter, one upper-case letter and one special character.',
    remedy: 'Add whichever kind is missing: a lower-case letter, a capital letter, or a special character such as # or !.',
    source: RULES_SOURCE,
  },
  'password-holds-personal-part': {
    title: 'Password contains part of the name, username or e-mail address',
    rule: 'A PACER password may not contain any part of the first name, last name, username or e-mail address on the account.',
    remedy: 'Choose words that have nothing to do with your name, your username or your e-mail address.',
    source: RULES_SOURCE,
  },
} satisfies Record<string, MistakeDefinition>;

export type PasswordPolicyMistake = keyof typeof PASSWORD_POLICY_MISTAKES;

export interface PasswordProblem {
  message: string;
  /** The named mistake, or null where the era's rules name none (the seeds' era kept only the message). */
  mistake: PasswordPolicyMistake | null;
}

/** Whether today's rules apply in this world. */
export function todaysRulesApply(world: World): boolean {
  return world.era === '2025';
}

/** The first of today's rules the password breaks, or null. Blank and confirmation checks stay with each form. */
export function todaysPasswordProblem(password: Secret): PasswordProblem | null {
  if (shorterThan(password, TODAYS_PASSWORD_LENGTH.min)) return { message: TODAYS_PASSWORD_MESSAGES.tooShort, mistake: 'password-under-14-characters' };
  if (longerThan(password, TODAYS_PASSWORD_LENGTH.max)) return { message: TODAYS_PASSWORD_MESSAGES.tooLong, mistake: 'password-over-45-characters' };
  if (!password.characterClasses) return { message: TODAYS_PASSWORD_MESSAGES.characterKinds, mistake: 'password-character-kinds-missing' };
  if (password.personalPart === true) return { message: TODAYS_PASSWORD_MESSAGES.personalPart, mistake: 'password-holds-personal-part' };
  return null;
}

/**
 * Splits names, usernames and e-mail addresses into the parts a password
 * may not hold. The simulator's reading of "no part of" (FIDELITY 8 gives
 * no more detail): every run of letters or digits of at least 3 characters,
 * compared without regard to case; an e-mail address gives its local part's
 * runs and its domain's, except the top-level domain ("com", "gov"), which
 * would forbid ordinary words and is nobody's personal detail. Shorter runs
 * ("kc", initials) would refuse most passwords and identify nobody.
 */
export function personalParts(details: { firstName?: string; lastName?: string; username?: string; email?: string }): string[] {
  const runs = (text: string) => text.toLowerCase().match(/[\p{L}\p{Nd}]+/gu) ?? [];
  const [local = '', domain = ''] = (details.email ?? '').split('@');
  const domainLabels = domain.split('.').slice(0, -1).join('.');
  const parts = [details.firstName ?? '', details.lastName ?? '', details.username ?? '', local, domainLabels].flatMap(runs);
  return [...new Set(parts.filter((part) => part.length >= 3))];
}

/** The first and last name of the name PACER shows ("Teresa A. Holloway", "Holloway, Teresa A."). */
export function nameParts(name: string): { firstName: string; lastName: string } {
  if (name.includes(',')) {
    const [last = '', rest = ''] = name.split(',');
    return { firstName: rest.trim().split(/\s+/)[0] ?? '', lastName: last.trim() };
  }
  const words = name.trim().split(/\s+/);
  return { firstName: words[0] ?? '', lastName: words.length > 1 ? (words[words.length - 1] ?? '') : '' };
}

function accountParts(account: PacerAccount | undefined): string[] {
  return account ? personalParts({ ...nameParts(account.name), username: account.username, email: account.email }) : [];
}

/**
 * What a form's password must not hold: `words` the model knows (the
 * account's or the registration's name and e-mail address), and `fields`
 * of the same form whose typed value counts too (the new username, typed
 * beside the password). Empty outside today's rules, so the earlier era's
 * passwords post as they always did.
 */
export interface PersonalPartsOfForm {
  words: string[];
  fields: string[];
}

const NONE: PersonalPartsOfForm = { words: [], fields: [] };

export function passwordPersonalParts(world: World, form: string): PersonalPartsOfForm {
  if (!todaysRulesApply(world)) return NONE;
  const state = accountState(world);
  switch (form) {
    case 'pacer/register/security': {
      const details = registrationState(world).draft?.details;
      return details ? { words: personalParts(details), fields: ['username'] } : NONE;
    }
    case 'pacer/account/upgrade/security': {
      const draft = state.upgrade;
      const account = draft ? world.pacerAccounts[draft.accountNumber] : undefined;
      const person = draft?.person;
      const words = person ? personalParts(person) : accountParts(account);
      return { words: [...new Set([...words, ...accountParts(account)])], fields: ['newUsername'] };
    }
    case 'pacer/account/settings/change-password':
      return { words: accountParts(state.signedIn !== null ? world.pacerAccounts[state.signedIn] : undefined), fields: [] };
    case 'pacer/account/reset-password': {
      const address = currentUrl(world);
      const token = (address ? parseAddress(address)?.query.get('token') : null) ?? '';
      const known = state.resetTokens.find((candidate) => candidate.token === token);
      return { words: accountParts(known ? world.pacerAccounts[known.accountNumber] : undefined), fields: [] };
    }
    case 'pacer/password-update': {
      const prompt = state.passwordPrompt;
      return { words: accountParts(prompt ? world.pacerAccounts[prompt.accountNumber] : undefined), fields: [] };
    }
    default:
      return NONE;
  }
}

/** The parts a typed form's password is checked against: the model's words and the typed values of the named fields. */
export function partsToCheck(parts: PersonalPartsOfForm, typedIn: (field: string) => string): string[] {
  if (parts.words.length === 0 && parts.fields.length === 0) return [];
  const typed = parts.fields.flatMap((name) => personalParts({ username: typedIn(name) }));
  return [...new Set([...parts.words, ...typed])];
}
