import type { Court, World } from './world';

/**
 * Addresses of the simulated sites. The trainee types them into the
 * simulated browser's address bar the way the court pages tell them to
 * ("Go to the court's website at www.moeb.uscourts.gov"), so any of
 * `moeb.uscourts.gov`, `www.moeb.uscourts.gov/` or `https://www.moeb.uscourts.gov`
 * must open the same page.
 */

export const CSO_HOST = 'pacer.login.uscourts.gov';
export const CSO_LOGIN_PATH = '/csologin/login.jsf';
export const CSO_LOGOUT_PATH = '/csologin/logout.jsf';

export const CMECF_PATHS = {
  main: '/cgi-bin/ShowIndex.pl',
  menu: '/cgi-bin/DisplayMenu.pl',
  link: '/cgi-bin/LinkAccount.pl',
} as const;

export interface ParsedAddress {
  host: string;
  path: string;
  query: URLSearchParamsLike;
  /** Canonical form: https, lower-case host, explicit path. */
  href: string;
}

/** The few query operations we need, without depending on the DOM's URL. */
export interface URLSearchParamsLike {
  get(name: string): string | null;
}

function parseQuery(query: string): URLSearchParamsLike {
  const pairs = query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [key = '', value = ''] = pair.split('=');
      return [safeDecode(key), safeDecode(value)] as const;
    });
  return { get: (name) => pairs.find(([key]) => key === name)?.[1] ?? null };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

const ADDRESS_PATTERN = /^(?:https?:\/\/)?([a-z0-9.-]+)(?::\d+)?(\/[^?#\s]*)?(?:\?([^#\s]*))?(?:#\S*)?$/i;

/** Reads what a trainee typed. Returns null for text that is not an address at all. */
export function parseAddress(raw: string): ParsedAddress | null {
  const match = ADDRESS_PATTERN.exec(raw.trim());
  if (!match) return null;
  const host = (match[1] ?? '').toLowerCase().replace(/\.$/, '');
  if (!host.includes('.')) return null;
  const path = match[2] && match[2] !== '' ? match[2] : '/';
  const query = match[3] ?? '';
  return {
    host,
    path,
    query: parseQuery(query),
    href: `https://${host}${path}${query ? `?${query}` : ''}`,
  };
}

function withoutWww(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}

export function courtByWebsite(world: World, host: string): Court | null {
  const bare = withoutWww(host);
  return Object.values(world.courts).find((court) => withoutWww(court.website) === bare) ?? null;
}

export function courtByEcfHost(world: World, host: string): Court | null {
  return Object.values(world.courts).find((court) => court.ecfHost === host) ?? null;
}

export function courtWebsiteUrl(court: Court, path = '/'): string {
  return `https://${court.website}${path}`;
}

export function ecfUrl(court: Court, path: string = CMECF_PATHS.main, query?: string): string {
  return `https://${court.ecfHost}${path}${query ? `?${query}` : ''}`;
}

/**
 * Appellate CM/ECF is a Java servlet application (FIDELITY 1.11, URLs):
 * every page is `/n/beam/servlet/TransportRoom?servlet=<page>`.
 */
export const APPELLATE_SERVLET_PATH = '/n/beam/servlet/TransportRoom';
export const APPELLATE_SERVLETS = {
  /** The NextGen landing page after the PACER login. */
  home: 'ShowPage.jsp',
  menu: 'DisplayMenu.jsp',
  link: 'LinkFilerAccount.jsp',
  updateAccount: 'UpdateMyAccount.jsp',
} as const;

export function appellateUrl(court: Court, servlet: string, query?: string): string {
  return `https://${court.ecfHost}${APPELLATE_SERVLET_PATH}?servlet=${servlet}${query ? `&${query}` : ''}`;
}

/** The court's CM/ECF main (landing) page: where the redaction notice and the logo lead. */
export function cmecfHomeUrl(court: Court): string {
  return court.type === 'appellate' ? appellateUrl(court, APPELLATE_SERVLETS.home) : ecfUrl(court);
}

/** The full page of one top-bar menu. */
export function cmecfMenuUrl(court: Court, menu: string): string {
  return court.type === 'appellate'
    ? appellateUrl(court, APPELLATE_SERVLETS.menu, `menu=${menu}`)
    : ecfUrl(court, CMECF_PATHS.menu, `menu=${encodeURIComponent(menu)}`);
}

/** One group of a menu's page (Utilities ▸ Your Account), as the real menu's cascading submenus open. */
export function cmecfMenuGroupUrl(court: Court, menu: string, group: string): string {
  return `${cmecfMenuUrl(court, menu)}&group=${encodeURIComponent(group)}`;
}

export function csoLoginUrl(court: Court | null): string {
  return `https://${CSO_HOST}${CSO_LOGIN_PATH}${court ? `?court=${court.id}` : ''}`;
}

export function csoLogoutUrl(): string {
  return `https://${CSO_HOST}${CSO_LOGOUT_PATH}`;
}

/** Canonical form of a court-website address typed without "www." */
export function canonicalHref(world: World, parsed: ParsedAddress): string {
  const court = courtByWebsite(world, parsed.host);
  if (court && parsed.host !== court.website) {
    return parsed.href.replace(`https://${parsed.host}`, `https://${court.website}`);
  }
  return parsed.href;
}
