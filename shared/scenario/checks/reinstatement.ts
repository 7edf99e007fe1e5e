import { z } from 'zod';
import { reinstatementOf } from '../../model/cmecf/reinstatement/state';
import type { World } from '../../model/world';
import { checkLine, checkSlug, defineCheck } from './kit';

function ecfAccountAt(world: World, courtId: string, login: string) {
  return Object.values(world.ecfAccounts).find((account) => account.courtId === courtId && account.login === login) ?? null;
}

/** Objective checks over attorney reinstatement (seed 002, "Attorney Reinstatement"). */
export const REINSTATEMENT_CHECKS = {
  /** The Attorney reinstatement event was filed for this attorney account: the Notice of Electronic Filing was issued. */
  'reinstatement-filed': defineCheck(
    { kind: z.literal('reinstatement-filed'), courtId: checkSlug, ecfLogin: checkLine(64) },
    (check, world) => {
      const account = ecfAccountAt(world, check.courtId, check.ecfLogin);
      return account !== null && reinstatementOf(world).filings.some((filing) => filing.ecfAccountId === account.id);
    },
  ),
  /** The court fee was paid through PACER from the filer's own account, never a PACER Administrative Account. */
  'court-fee-paid-individually': defineCheck(
    { kind: z.literal('court-fee-paid-individually'), courtId: checkSlug },
    (check, world) =>
      reinstatementOf(world).payments.some(
        (payment) => payment.courtId === check.courtId && world.pacerAccounts[payment.accountNumber]?.administrative !== true,
      ),
  ),
  /** The attorney account's standing is active again (after the overnight update). */
  'attorney-standing-active': defineCheck(
    { kind: z.literal('attorney-standing-active'), courtId: checkSlug, ecfLogin: checkLine(64) },
    (check, world) => ecfAccountAt(world, check.courtId, check.ecfLogin)?.standing === 'active',
  ),
};
