import type { ParsedAddress } from '../../addresses';
import type { World } from '../../world';
import { PSC_HOST } from '../hosts';
import { isMmaTab, MMA_PATHS, optionByPath, type MmaOptionId, type MmaTab } from './routes';
import type { PasswordUpdatePage } from './password-prompt';
import { accountState, type UpgradeStep } from './state';

/** Pages of Manage My Account: login, Forgot paths, the tabs, the upgrade wizard, payments, PAA Maintenance. */
export type AccountPage =
  /** The login page: first a panel with "Log in to Manage My Account" (seed 002, step 4), then the form. */
  | { kind: 'mma-login'; form: boolean }
  | { kind: 'mma-forgot-password' }
  | { kind: 'mma-forgot-username' }
  | { kind: 'mma-reset-password'; token: string; valid: boolean }
  | { kind: 'mma-home'; accountNumber: string; tab: MmaTab }
  | { kind: 'mma-upgrade'; accountNumber: string; step: UpgradeStep }
  | { kind: 'mma-option'; accountNumber: string; option: MmaOptionId; detail: string | null }
  | { kind: 'mma-requests'; accountNumber: string }
  /** The login's 180-day password prompt, on the sign-on host (password-prompt.ts). */
  | PasswordUpdatePage;

/** Every kind of AccountPage, so the site view can tell these pages apart. */
export const ACCOUNT_PAGE_KINDS = [
  'mma-login',
  'mma-forgot-password',
  'mma-forgot-username',
  'mma-reset-password',
  'mma-home',
  'mma-upgrade',
  'mma-option',
  'mma-requests',
  'pacer-password-update',
] as const satisfies readonly AccountPage['kind'][];

/** Pages shown to someone logged in to Manage My Account (their forms include Logout). */
export const SIGNED_IN_PAGE_KINDS = ['mma-home', 'mma-upgrade', 'mma-option', 'mma-requests'] as const satisfies readonly AccountPage['kind'][];

export function accountPageAt(world: World, address: ParsedAddress): AccountPage | null {
  if (address.host !== PSC_HOST) return null;
  switch (address.path) {
    case MMA_PATHS.login:
      return { kind: 'mma-login', form: address.query.get('form') === 'login' };
    case MMA_PATHS.forgotPassword:
      return { kind: 'mma-forgot-password' };
    case MMA_PATHS.forgotUsername:
      return { kind: 'mma-forgot-username' };
    case MMA_PATHS.resetPassword: {
      const token = address.query.get('token') ?? '';
      const known = accountState(world).resetTokens.find((candidate) => candidate.token === token);
      return { kind: 'mma-reset-password', token, valid: known !== undefined && !known.used };
    }
    default:
      return signedInPageAt(world, address);
  }
}

/** Pages behind the login: without a Manage My Account sign-in they show the login form, as the real site redirects. */
function signedInPageAt(world: World, address: ParsedAddress): AccountPage | null {
  const option = optionByPath(address.path);
  const ours = option !== null || address.path === MMA_PATHS.home || address.path === MMA_PATHS.upgrade || address.path === MMA_PATHS.requests;
  if (!ours) return null;
  const state = accountState(world);
  const accountNumber = state.signedIn;
  const account = accountNumber !== null ? world.pacerAccounts[accountNumber] : undefined;
  if (accountNumber === null || !account) return { kind: 'mma-login', form: true };

  if (address.path === MMA_PATHS.upgrade) {
    const draft = state.upgrade?.accountNumber === accountNumber ? state.upgrade : null;
    if (draft) return { kind: 'mma-upgrade', accountNumber, step: draft.step };
    // An upgraded account has nothing to upgrade: the address shows its Manage My Account page.
    if (account.kind === 'upgraded') return { kind: 'mma-home', accountNumber, tab: 'settings' };
    return { kind: 'mma-upgrade', accountNumber, step: 'person' };
  }
  if (address.path === MMA_PATHS.requests) return { kind: 'mma-requests', accountNumber };
  if (option !== null) {
    // PAA Maintenance belongs to administrative accounts only.
    if (option.startsWith('paa-') && !account.administrative) return { kind: 'mma-home', accountNumber, tab: 'settings' };
    return { kind: 'mma-option', accountNumber, option, detail: address.query.get('detail') };
  }
  const tab = address.query.get('tab');
  return { kind: 'mma-home', accountNumber, tab: isMmaTab(tab) && tabShown(tab, account.administrative === true) ? tab : 'settings' };
}

/** An administrative account (PAA) has PAA Maintenance and no e-filing Maintenance; other accounts the reverse. */
export function tabShown(tab: MmaTab, administrative: boolean): boolean {
  if (tab === 'paa') return administrative;
  if (tab === 'maintenance') return !administrative;
  return true;
}
