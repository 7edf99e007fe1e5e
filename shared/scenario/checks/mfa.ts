import { z } from 'zod';
import { mfaAccount, mfaState } from '../../model/pacer/mfa/state';
import type { World } from '../../model/world';
import { checkLine, checkSlug, defineCheck } from './kit';

/** Objective checks over multifactor authentication (2025 era; pacer/mfa). */

function accountNumberOf(world: World, username: string): string | null {
  const account = Object.values(world.pacerAccounts).find((candidate) => candidate.username.toLowerCase() === username.toLowerCase());
  return account?.accountNumber ?? null;
}

export const MFA_CHECKS = {
  /** An authenticator app was added to the account during the attempt (enrolled and confirmed with a code). */
  'mfa-app-added': defineCheck({ kind: z.literal('mfa-app-added'), pacerUsername: checkLine(64) }, (check, world) => {
    const number = accountNumberOf(world, check.pacerUsername);
    return number !== null && mfaAccount(world, number).apps.some((app) => !app.id.startsWith('app-start-'));
  }),
  /** The account's backup codes were generated and the filer confirmed saving them. */
  'mfa-backup-codes-saved': defineCheck({ kind: z.literal('mfa-backup-codes-saved'), pacerUsername: checkLine(64) }, (check, world) => {
    const number = accountNumberOf(world, check.pacerUsername);
    return number !== null && mfaAccount(world, number).backupCodesSaved;
  }),
  /** A sign-on passed MFA: with a given method, into a court's CM/ECF or Manage My Account. */
  'mfa-signed-on': defineCheck(
    {
      kind: z.literal('mfa-signed-on'),
      pacerUsername: checkLine(64),
      method: z.enum(['authenticator-app', 'backup-code']).optional(),
      courtId: checkSlug.optional(),
      target: z.enum(['court', 'manage-account']).optional(),
    },
    (check, world) => {
      const number = accountNumberOf(world, check.pacerUsername);
      return mfaState(world).signOns.some(
        (signOn) =>
          signOn.accountNumber === number &&
          (check.method === undefined || signOn.method === check.method) &&
          (check.courtId === undefined || signOn.courtId === check.courtId) &&
          (check.target === undefined || signOn.target === check.target),
      );
    },
  ),
  /** An authenticator app of this name was removed in Manage MFA Settings. */
  'mfa-app-removed': defineCheck({ kind: z.literal('mfa-app-removed'), pacerUsername: checkLine(64), appName: checkLine(40) }, (check, world) => {
    const number = accountNumberOf(world, check.pacerUsername);
    return mfaState(world).removedApps.some((removed) => removed.accountNumber === number && removed.name === check.appName);
  }),
};
