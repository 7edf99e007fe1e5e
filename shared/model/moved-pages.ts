import type { ParsedAddress } from './addresses';
import { isPacerInfoHost } from './pacer/hosts';
import { registrationTypeUrl } from './pacer/registration/pages';

/**
 * Addresses the court pages print that the sites have since moved. The
 * letters and help pages were written for the old www.pacer.gov, and a
 * trainee types them as printed ("To register for a PACER Administrative
 * Account, please visit https://www.pacer.gov/reg_firm.html", seed 003):
 * the real site answers with a redirect, so the browser opens today's page
 * and its address bar shows the new address.
 *
 * A few printed addresses lead to pages this simulator does not draw (the
 * court's own help page, PACER's NextGen information). They are listed as
 * outside the simulation, so the browser says so instead of suggesting a
 * typing mistake.
 */

interface OldPacerPage {
  /** Path on the old www.pacer.gov (also answered under pacer.uscourts.gov), lower case. */
  path: string;
  /** Today's address of the page. */
  to: string;
  /** Where the old address is printed. */
  printedIn: string;
}

export const PACER_REDIRECTS: readonly OldPacerPage[] = [
  {
    path: '/reg_firm.html',
    to: registrationTypeUrl('administrative'),
    printedIn: 'seed 003 (letter to office managers); FIDELITY 1.6',
  },
  {
    path: '/reg_atty.html',
    to: registrationTypeUrl('attorney-filers'),
    printedIn: 'FIDELITY sources P19',
  },
];

export interface OutsideSimulation {
  host: string;
  path: string;
  /** What the page is, for the browser's message. */
  title: string;
  printedIn: string;
}

/** Hosts are compared without "www." and paths without a trailing slash. */
export const OUTSIDE_SIMULATION: readonly OutsideSimulation[] = [
  {
    host: 'pacer.gov',
    path: '/nextgen',
    title: 'PACER’s “Get Ready for NextGen CM/ECF” information page',
    printedIn: 'seed 003; FIDELITY sources P20',
  },
  {
    host: 'mow.uscourts.gov',
    path: '/attorney/nextgen-cmecf',
    title: 'the court’s NextGen CM/ECF help page (“NextGen - What It Means For You”)',
    printedIn: 'seed 003',
  },
  {
    host: 'pacer.gov',
    path: '/reg_ap.html',
    title: 'an old PACER registration page that no source this simulator follows describes',
    printedIn: 'FIDELITY sources P19',
  },
];

function barePath(path: string): string {
  const lower = path.toLowerCase();
  return lower.length > 1 ? lower.replace(/\/+$/, '') : lower;
}

function bareHost(host: string): string {
  const plain = host.startsWith('www.') ? host.slice(4) : host;
  // pacer.uscourts.gov took over www.pacer.gov's pages: an old path answers under either name.
  return isPacerInfoHost(host) ? 'pacer.gov' : plain;
}

/** Today's address of an old page, or null when the address has not moved. */
export function movedTo(address: ParsedAddress): string | null {
  if (!isPacerInfoHost(address.host)) return null;
  const path = barePath(address.path);
  return PACER_REDIRECTS.find((entry) => entry.path === path)?.to ?? null;
}

/** The page, when an address printed in the court pages leads somewhere this simulator does not draw. */
export function outsideSimulation(address: ParsedAddress): OutsideSimulation | null {
  const host = bareHost(address.host);
  const path = barePath(address.path);
  return OUTSIDE_SIMULATION.find((entry) => bareHost(entry.host) === host && entry.path === path) ?? null;
}
