import { z } from 'zod';
import { caseFilingOf } from '../../model/cmecf/case-filing/state';
import type { World } from '../../model/world';
import { checkLine, checkSlug, defineCheck } from './kit';

function ecfAccountId(world: World, courtId: string, login: string): string | null {
  return Object.values(world.ecfAccounts).find((account) => account.courtId === courtId && account.login === login)?.id ?? null;
}

/** Objective checks over civil filings (Civil ▸ Other Filings). */
export const CASE_FILING_CHECKS = {
  /**
   * A document was filed in the case with this event, in the name of the
   * filer; with `enteredByLogin`, entered by that account (a filing agent
   * filing in the principal's name, seed 002); with `partyId`, for that party.
   */
  'case-document-filed': defineCheck(
    {
      kind: z.literal('case-document-filed'),
      courtId: checkSlug,
      caseNumber: checkLine(40),
      event: checkSlug,
      filerLogin: checkLine(64),
      enteredByLogin: checkLine(64).optional(),
      partyId: checkSlug.optional(),
    },
    (check, world) => {
      const filer = ecfAccountId(world, check.courtId, check.filerLogin);
      const enteredBy = check.enteredByLogin === undefined ? filer : ecfAccountId(world, check.courtId, check.enteredByLogin);
      return caseFilingOf(world).filings.some(
        (filing) =>
          filing.courtId === check.courtId &&
          filing.caseNumber === check.caseNumber &&
          filing.eventId === check.event &&
          filing.filerEcfAccountId === filer &&
          filing.enteredByEcfAccountId === enteredBy &&
          (check.partyId === undefined || filing.partyIds.includes(check.partyId)),
      );
    },
  ),
  /** The Notice of Electronic Filing of a filing reached this address (e.g. the filing agent's, as a secondary address). */
  'case-notice-received': defineCheck(
    { kind: z.literal('case-notice-received'), courtId: checkSlug, caseNumber: checkLine(40), email: z.email('must be an e-mail address') },
    (check, world) =>
      caseFilingOf(world).filings.some(
        (filing) =>
          filing.courtId === check.courtId &&
          filing.caseNumber === check.caseNumber &&
          filing.noticedTo.some((recipient) => recipient.address.toLowerCase() === check.email.toLowerCase()),
      ),
  ),
};
