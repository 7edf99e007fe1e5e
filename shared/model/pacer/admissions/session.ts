import { failedLinkCount } from '../../cmecf/court-state';
import type { PacerAccount, World } from '../../world';
import { describePayment, type FeeType } from '../account/payments';
import { accountState } from '../account/state';

export type { FeeType } from '../account/payments';

/**
 * What these screens read of other parts' state, in one place: the Manage
 * My Account sign-in, the PACER Administrative Account membership, the
 * stored payment methods, and the court side's failed links. The other
 * parts own these; admissions only reads them.
 */

/** The PACER account signed in to Manage My Account (its own login, apart from central sign-on). */
export function manageAccountSignedIn(world: World): PacerAccount | null {
  const number = accountState(world).signedIn;
  return number && Object.hasOwn(world.pacerAccounts, number) ? (world.pacerAccounts[number] ?? null) : null;
}

/** A PACER Administrative Account: billing and management only, no case search, no e-filing (seed 003). */
export function isAdministrativeAccount(account: PacerAccount): boolean {
  return account.administrative === true;
}

/** The PAA an account has joined (billed through it), if any (FIDELITY 1.6). */
export function administrativeAccountOf(world: World, account: PacerAccount): PacerAccount | null {
  const number = account.paaAccountNumber ?? null;
  return number && Object.hasOwn(world.pacerAccounts, number) ? (world.pacerAccounts[number] ?? null) : null;
}

export interface StoredPaymentMethod {
  id: string;
  /** e.g. "Visa ending in 1111", as Manage My Account names it. */
  label: string;
  feeTypes: FeeType[];
}

/** The payment methods stored in Manage My Account ▸ Payments, with their fee types (P, E, A: seed 002). */
export function storedPaymentMethods(account: PacerAccount): StoredPaymentMethod[] {
  return (account.storedPayments ?? []).map((payment) => ({ id: payment.id, label: describePayment(payment), feeTypes: payment.feeTypes }));
}

/** Whether the court's system already failed to link this CM/ECF account: a new e-filing request is then the fallback (seed 004). */
export function linkHasFailed(world: World, ecfAccountId: string): boolean {
  return failedLinkCount(world, ecfAccountId) > 0;
}
