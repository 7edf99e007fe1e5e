import { z } from 'zod';
import { passwordState } from '../../model/cmecf/currentgen-password/state';
import { checkLine, checkSlug, defineCheck } from './kit';

/** Objective checks over "Forgot Your Password" at a CurrentGen court (seed 003). */
export const CURRENTGEN_PASSWORD_CHECKS = {
  /** The CM/ECF login's password was set through the court's e-mailed reset link. */
  'currentgen-password-reset': defineCheck(
    { kind: z.literal('currentgen-password-reset'), courtId: checkSlug, ecfLogin: checkLine(64) },
    (check, world) =>
      passwordState(world).changes.some((change) => {
        const account = world.ecfAccounts[change.ecfAccountId];
        return change.courtId === check.courtId && account?.login === check.ecfLogin;
      }),
  ),
};
