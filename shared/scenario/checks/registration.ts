import { z } from 'zod';
import { courtDetailsUrl } from '../../model/pacer/registration/pages';
import { registrationState } from '../../model/pacer/registration/state';
import type { World } from '../../model/world';
import { checkSlug, defineCheck } from './kit';

function registeredAccounts(world: World) {
  return registrationState(world).registrations.flatMap((registration) => {
    const account = world.pacerAccounts[registration.accountNumber];
    return account ? [{ registration, account }] : [];
  });
}

/** Objective checks over PACER registration. */
export const REGISTRATION_CHECKS = {
  /**
   * The trainee registered a PACER account of this user type (and, when
   * given, with this Case Search Status: "active" for instant access with a
   * card, "awaiting-activation" before the mailed code is entered). A
   * registration held as a duplicate never meets it.
   */
  'pacer-account-registered': defineCheck(
    {
      kind: z.literal('pacer-account-registered'),
      userType: z.enum(['individual', 'federal-government', 'state-government', 'firm', 'commercial']),
      administrative: z.boolean().default(false),
      caseSearchStatus: z.enum(['active', 'awaiting-activation']).optional(),
      withCard: z.boolean().optional(),
    },
    (check, world) =>
      registeredAccounts(world).some(
        ({ registration, account }) =>
          registration.hold === null &&
          account.userType === check.userType &&
          (account.administrative ?? false) === check.administrative &&
          (check.caseSearchStatus === undefined || account.caseSearchStatus === check.caseSearchStatus) &&
          (check.withCard === undefined || (registration.cardLastFour !== null) === check.withCard),
      ),
  ),
  /** A federal government registration named its Agency Code, Division and District (seed 002, Federal Government Attorney, steps 6-8). */
  'federal-registration-complete': defineCheck(
    { kind: z.literal('federal-registration-complete'), agencyCode: z.string().trim().min(1).max(12) },
    (check, world) =>
      registeredAccounts(world).some(
        ({ registration }) =>
          registration.details.userType === 'federal-government' &&
          registration.details.agencyCode.toUpperCase() === check.agencyCode.toUpperCase() &&
          registration.details.division !== '' &&
          registration.details.district !== '',
      ),
  ),
  /** An account registered without a card was activated with the mailed code. */
  'registered-account-activated': defineCheck({ kind: z.literal('registered-account-activated') }, (_check, world) =>
    registeredAccounts(world).some(
      ({ registration, account }) =>
        registration.cardLastFour === null && account.caseSearchStatus === 'active' && registrationState(world).letters.some((letter) => letter.accountNumber === account.accountNumber),
    ),
  ),
  /** The trainee never registered a second account for someone PACER already had. */
  'no-duplicate-registration': defineCheck({ kind: z.literal('no-duplicate-registration') }, (_check, world) =>
    registrationState(world).registrations.every((registration) => registration.hold !== 'duplicate'),
  ),
  /** The trainee opened this court's entry in the Court CM/ECF Lookup (NextGen or CurrentGen, go-live date, which login). */
  'court-lookup-viewed': defineCheck({ kind: z.literal('court-lookup-viewed'), courtId: checkSlug }, (check, world) =>
    world.session.history.includes(courtDetailsUrl(check.courtId)),
  ),
};
