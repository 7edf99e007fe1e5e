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
  /**
   * Manage My Account once logged in: the header rows and the tabs. Who is
   * logged in to Manage My Account is `mmaSignedInAccount(world)` from
   * ./account/state.ts (its own sign-in, not session.signedInAccount: logging
   * in to Manage My Account does not log in to CM/ECF, nor the reverse).
   * Pages under /pscof/manage/ should read that helper.
   */
  manageMyAccount: pscUrl('/pscof/manage/maa.jsf'),
  /**
   * Activation code entry (registration part draws it). For the account
   * helper: link here from Manage My Account while the signed-in account's
   * caseSearchStatus is 'awaiting-activation' (registered without a card;
   * the code arrives by letter). While someone is signed in to Manage My
   * Account (accountState(world).signedIn) this page asks only for the code.
   */
  activate: pscUrl('/pscof/manage/activate.jsf'),
  /** Maintenance ▸ Attorney Admissions/E-File Registration (the admissions part draws it). */
  attorneyAdmissions: pscUrl('/pscof/manage/efile/attorney.jsf'),
  /** Maintenance ▸ Non-Attorney E-File Registration (the admissions part draws it). */
  nonAttorneyEfile: pscUrl('/pscof/manage/efile/non-attorney.jsf'),
} as const;
