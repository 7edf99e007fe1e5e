/**
 * Hosts of the simulated PACER sites (FIDELITY.md §0): the information site
 * with Register for an Account, Manage Your Account and the Court CM/ECF
 * Lookup, and the PACER Service Center's forms (registration and Manage My
 * Account). Central sign-on (pacer.login.uscourts.gov) is in ../addresses.ts.
 */
export const PACER_HOST = 'pacer.uscourts.gov';
/** Older and informal names of the information site; typed ones open the same pages. */
export const PACER_HOST_ALIASES = ['www.pacer.uscourts.gov', 'pacer.gov', 'www.pacer.gov'] as const;
export const PSC_HOST = 'pacer.psc.uscourts.gov';

export function isPacerInfoHost(host: string): boolean {
  return host === PACER_HOST || (PACER_HOST_ALIASES as readonly string[]).includes(host);
}

export function pacerUrl(path: string, query?: string): string {
  return `https://${PACER_HOST}${path}${query ? `?${query}` : ''}`;
}

export function pscUrl(path: string, query?: string): string {
  return `https://${PSC_HOST}${path}${query ? `?${query}` : ''}`;
}

/** Entry points every PACER page links to (the site's top navigation); each part owns the pages behind them. */
export const PACER_ENTRY = {
  home: pacerUrl('/'),
  register: pacerUrl('/register-account'),
  cmecfLookup: pacerUrl('/file-case/court-cmecf-lookup'),
  /** Manage My Account login (registration part of the site links here; the account part draws it). */
  manageMyAccountLogin: pscUrl('/pscof/login.jsf'),
  /** Manage My Account once logged in: the header rows and the tabs. */
  manageMyAccount: pscUrl('/pscof/manage/maa.jsf'),
} as const;
