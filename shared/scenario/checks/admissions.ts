import { z } from 'zod';
import { admissionsOf, EFILE_REQUEST_TYPES, type EfileRequest } from '../../model/pacer/admissions/state';
import type { World } from '../../model/world';
import { checkLine, checkSlug, defineCheck } from './kit';

function requestsAt(world: World, courtId: string): EfileRequest[] {
  return admissionsOf(world).requests.filter((request) => request.courtId === courtId);
}

function accountNumberOf(world: World, username: string): string | null {
  const account = Object.values(world.pacerAccounts).find((candidate) => candidate.username.toLowerCase() === username.toLowerCase());
  return account?.accountNumber ?? null;
}

/** Objective checks over admissions and e-file requests. */
export const ADMISSION_CHECKS = {
  /**
   * A request of this kind was submitted to the court (whatever the court
   * later decides): on the given path, of the given request type, with the
   * given Role in Court when the objective names them.
   */
  'efile-request-submitted': defineCheck(
    {
      kind: z.literal('efile-request-submitted'),
      courtId: checkSlug,
      path: z.enum(['attorney', 'non-attorney']),
      requestType: z.enum(EFILE_REQUEST_TYPES).optional(),
      role: checkLine(80).optional(),
    },
    (check, world) =>
      requestsAt(world, check.courtId).some(
        (request) =>
          request.path === check.path &&
          (check.requestType === undefined || request.requestType === check.requestType) &&
          (check.role === undefined || request.role === check.role),
      ),
  ),
  /** The court processed a request of this account: it may now e-file there, in the given role when named. */
  'efile-privileges-granted': defineCheck(
    {
      kind: z.literal('efile-privileges-granted'),
      courtId: checkSlug,
      pacerUsername: checkLine(64),
      role: checkLine(80).optional(),
    },
    (check, world) => {
      const number = accountNumberOf(world, check.pacerUsername);
      return requestsAt(world, check.courtId).some(
        (request) =>
          request.accountNumber === number && request.status === 'processed' && (check.role === undefined || request.role === check.role),
      );
    },
  ),
  /** The admission fee was paid online through the court's e-mailed link. */
  'admission-fee-paid': defineCheck({ kind: z.literal('admission-fee-paid'), courtId: checkSlug }, (check, world) =>
    requestsAt(world, check.courtId).some((request) => request.feePaidAt !== null),
  ),
};
