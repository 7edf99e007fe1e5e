import { courtById, ecfAccountLinkedTo, type EcfAccount, type World } from '../../world';
import type { MistakeCode } from '../../mistakes';
import { reinstatementOf, type ReinstatementFiling } from './state';

/**
 * Who must be reinstated, and what CM/ECF lets such an attorney do. This
 * module stays free of the reducer and the page table so that the menu bar
 * (menus.ts) and the reducer can both ask it.
 */

export const ATTORNEY_REINSTATEMENT_MENU = 'Attorney Reinstatement';

/** The Clerk's Office number seed 002 gives for filing today (NOTE after step 21). */
export const CLERKS_OFFICE_PHONE = '573-636-4015';

export const STANDING_MESSAGES = {
  notReinstated: `Your attorney status in this court is not active. Click Attorney Reinstatement, file the Attorney reinstatement event and pay the reinstatement fee before you file in a case.`,
  awaitingUpdate: `Your Attorney reinstatement has been filed. The system updates your status overnight. If you have something to file today, call ${CLERKS_OFFICE_PHONE}: court staff will update your attorney account manually.`,
} as const;

/** The district-court attorney account linked to the signed-in PACER account, if any. */
export function signedInAttorney(world: World, courtId: string): EcfAccount | null {
  const number = world.session.signedInAccount;
  const court = courtById(world, courtId);
  if (!number || !court || court.type !== 'district') return null;
  const ecf = ecfAccountLinkedTo(world, court.id, number);
  return ecf && ecf.role === 'attorney' ? ecf : null;
}

/** The reinstatement filed for this account that the overnight update has not yet processed. */
export function filingAwaitingUpdate(world: World, ecfAccountId: string): ReinstatementFiling | null {
  return (
    reinstatementOf(world).filings.find(
      (filing) => filing.ecfAccountId === ecfAccountId && filing.status === 'awaiting-overnight-update',
    ) ?? null
  );
}

/** Whether the menu bar offers Attorney Reinstatement: to a linked attorney whose standing is not active. */
export function offersReinstatement(world: World, courtId: string): boolean {
  const attorney = signedInAttorney(world, courtId);
  return attorney !== null && attorney.standing === 'needs-reinstatement';
}

// The district filing menus (menus.ts asks this module, so it cannot be asked back).
const FILING_MENUS: readonly string[] = ['Civil', 'Criminal'];

/**
 * Filing in a case as an active attorney before the status is active: the
 * court refuses it with its message (seed 002: "The system updates your
 * status overnight"). Null when the menu may be opened.
 */
export function filingRefusal(world: World, courtId: string, menu: string): { message: string; mistake: MistakeCode } | null {
  if (!FILING_MENUS.includes(menu)) return null;
  const attorney = signedInAttorney(world, courtId);
  if (!attorney || attorney.standing === 'active') return null;
  if (filingAwaitingUpdate(world, attorney.id)) {
    return { message: STANDING_MESSAGES.awaitingUpdate, mistake: 'filed-before-status-updated' };
  }
  return { message: STANDING_MESSAGES.notReinstated, mistake: 'filed-before-reinstatement' };
}
