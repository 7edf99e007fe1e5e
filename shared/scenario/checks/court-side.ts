import { z } from 'zod';
import { APPELLATE_SERVLET_PATH, APPELLATE_SERVLETS, parseAddress } from '../../model/addresses';
import { courtSideOf, currentGenLogin } from '../../model/cmecf/court-state';
import { courtById } from '../../model/world';
import { checkSlug, defineCheck } from './kit';

/** Objective checks over the court side beyond linking (CurrentGen, appellate, failed link). */
export const COURT_SIDE_CHECKS = {
  /** Logged in to a CurrentGen court's own CM/ECF with the court-issued login. */
  'currentgen-logged-in': defineCheck(
    { kind: z.literal('currentgen-logged-in'), courtId: checkSlug },
    (check, world) => currentGenLogin(world, check.courtId) !== null,
  ),
  /** The court's system failed to link at least `times` times: the trainee tried, and tried again (seed 004). */
  'link-attempt-failed': defineCheck(
    { kind: z.literal('link-attempt-failed'), courtId: checkSlug, times: z.number().int().min(1).max(10) },
    (check, world) => {
      const failures = courtSideOf(world).failedLinks;
      const total = Object.values(world.ecfAccounts)
        .filter((ecf) => ecf.courtId === check.courtId)
        .reduce((sum, ecf) => sum + (Object.hasOwn(failures, ecf.id) ? (failures[ecf.id] ?? 0) : 0), 0);
      return total >= check.times;
    },
  ),
  /** Utilities ▸ Update My Account at an appellate court was opened (where appellate filers keep their details). */
  'appellate-account-page-opened': defineCheck(
    { kind: z.literal('appellate-account-page-opened'), courtId: checkSlug },
    (check, world) => {
      const court = courtById(world, check.courtId);
      if (!court) return false;
      return world.session.history.some((address) => {
        const parsed = parseAddress(address);
        return (
          parsed?.host === court.ecfHost &&
          parsed.path === APPELLATE_SERVLET_PATH &&
          parsed.query.get('servlet') === APPELLATE_SERVLETS.updateAccount
        );
      });
    },
  ),
};
