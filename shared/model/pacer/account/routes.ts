import { pscUrl } from '../hosts';

/**
 * Addresses of Manage My Account on the PACER Service Center host
 * (pacer.psc.uscourts.gov/pscof/…), and the options its tabs list
 * (FIDELITY 1.3), each with the screen it opens.
 */

export const MMA_PATHS = {
  login: '/pscof/login.jsf',
  forgotPassword: '/pscof/forgotPassword.jsf',
  forgotUsername: '/pscof/forgotUsername.jsf',
  resetPassword: '/pscof/resetPassword.jsf',
  home: '/pscof/manage/maa.jsf',
  upgrade: '/pscof/manage/upgrade.jsf',
  requests: '/pscof/manage/requests.jsf',
} as const;

export const MMA_TABS = ['settings', 'maintenance', 'payments', 'usage', 'paa'] as const;
export type MmaTab = (typeof MMA_TABS)[number];

export const MMA_TAB_LABELS: Record<MmaTab, string> = {
  settings: 'Settings',
  maintenance: 'Maintenance',
  payments: 'Payments',
  usage: 'Usage',
  paa: 'PAA Maintenance',
};

export function isMmaTab(value: string | null): value is MmaTab {
  return value !== null && (MMA_TABS as readonly string[]).includes(value);
}

export interface MmaOption {
  label: string;
  tab: MmaTab;
  path: string;
  /**
   * A legacy account is prompted to upgrade before it can use this option:
   * every Settings option and any maintenance other than a payment (seed 004;
   * FIDELITY 1.3). Viewing lists of courts and requests changes nothing.
   */
  upgradeFirst: boolean;
}

export const MMA_OPTIONS = {
  'change-username': { label: 'Change Username', tab: 'settings', path: '/pscof/manage/settings/changeUsername.jsf', upgradeFirst: true },
  'change-password': { label: 'Change Password', tab: 'settings', path: '/pscof/manage/settings/changePassword.jsf', upgradeFirst: true },
  'security-information': {
    label: 'Set Security Information',
    tab: 'settings',
    path: '/pscof/manage/settings/securityInformation.jsf',
    upgradeFirst: true,
  },
  'billing-email': { label: 'Update PACER Billing Email', tab: 'settings', path: '/pscof/manage/settings/billingEmail.jsf', upgradeFirst: true },
  'billing-preferences': {
    label: 'Set PACER Billing Preferences',
    tab: 'settings',
    path: '/pscof/manage/settings/billingPreferences.jsf',
    upgradeFirst: true,
  },
  'remove-from-paa': {
    label: 'Remove Your PACER Account from a PAA',
    tab: 'settings',
    path: '/pscof/manage/settings/removeFromPaa.jsf',
    upgradeFirst: true,
  },
  personal: { label: 'Update Personal Information', tab: 'maintenance', path: '/pscof/manage/maintenance/personal.jsf', upgradeFirst: true },
  address: { label: 'Update Address Information', tab: 'maintenance', path: '/pscof/manage/maintenance/address.jsf', upgradeFirst: true },
  'efiler-email': {
    label: 'Update E-Filer Email Noticing and Frequency',
    tab: 'maintenance',
    path: '/pscof/manage/maintenance/efilerEmail.jsf',
    upgradeFirst: true,
  },
  'registered-courts': {
    label: 'Display Registered Courts',
    tab: 'maintenance',
    path: '/pscof/manage/maintenance/registeredCourts.jsf',
    upgradeFirst: false,
  },
  'efile-status': { label: 'Check E-File Status', tab: 'maintenance', path: '/pscof/manage/maintenance/efileStatus.jsf', upgradeFirst: false },
  'efile-history': {
    label: 'E-File Registration/Maintenance History',
    tab: 'maintenance',
    path: '/pscof/manage/maintenance/efileHistory.jsf',
    upgradeFirst: false,
  },
  'one-time-payment': {
    label: 'Make One-Time PACER Fee Payment',
    tab: 'payments',
    path: '/pscof/manage/payments/oneTimePayment.jsf',
    upgradeFirst: false,
  },
  'stored-payment': {
    label: 'Manage My Stored Payment Information',
    tab: 'payments',
    path: '/pscof/manage/payments/storedPayment.jsf',
    upgradeFirst: false,
  },
  invoice: { label: 'View Quarterly Invoice/Statement of Account', tab: 'usage', path: '/pscof/manage/usage/invoice.jsf', upgradeFirst: false },
  transactions: { label: 'View Detailed Transactions', tab: 'usage', path: '/pscof/manage/usage/transactions.jsf', upgradeFirst: false },
  'paa-add': { label: 'Add Existing PACER Account(s) to My PAA', tab: 'paa', path: '/pscof/manage/paa/add.jsf', upgradeFirst: true },
  'paa-remove': { label: 'Remove PACER Account(s) from My PAA', tab: 'paa', path: '/pscof/manage/paa/remove.jsf', upgradeFirst: true },
  'paa-rescind': { label: 'Rescind My Pending Request', tab: 'paa', path: '/pscof/manage/paa/rescind.jsf', upgradeFirst: true },
  'paa-list': { label: 'Download List of All My PACER Accounts', tab: 'paa', path: '/pscof/manage/paa/list.jsf', upgradeFirst: true },
} as const satisfies Record<string, MmaOption>;

export type MmaOptionId = keyof typeof MMA_OPTIONS;

export function optionByPath(path: string): MmaOptionId | null {
  const entry = Object.entries(MMA_OPTIONS).find(([, option]) => option.path === path);
  return entry ? (entry[0] as MmaOptionId) : null;
}

export function mmaUrl(path: string, query?: string): string {
  return pscUrl(path, query);
}

export function optionUrl(option: MmaOptionId, query?: string): string {
  return pscUrl(MMA_OPTIONS[option].path, query);
}

export function homeUrl(tab: MmaTab = 'settings'): string {
  return pscUrl(MMA_PATHS.home, tab === 'settings' ? undefined : `tab=${tab}`);
}

/** The login form itself (behind "Log in to Manage My Account"). */
export function loginFormUrl(): string {
  return pscUrl(MMA_PATHS.login, 'form=login');
}

export function upgradeUrl(): string {
  return pscUrl(MMA_PATHS.upgrade);
}
