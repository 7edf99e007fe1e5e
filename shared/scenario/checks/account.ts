import { z } from 'zod';
import { accountState } from '../../model/pacer/account/state';
import { defineCheck } from './kit';

const accountNumber = z.string().regex(/^\d{6,8}$/, 'must be 6 to 8 digits');

/** Objective checks over Manage My Account, the upgrade, payments and PAA. */
export const ACCOUNT_CHECKS = {
  /** The account reads "Upgraded PACER Account" (its old username retired). */
  'pacer-account-upgraded': defineCheck(
    { kind: z.literal('pacer-account-upgraded'), accountNumber },
    (check, world) => world.pacerAccounts[check.accountNumber]?.kind === 'upgraded',
  ),
  /** Logged in to Manage My Account with this account, and (if given) with this username as typed, e.g. the new one after an upgrade. */
  'mma-logged-in': defineCheck(
    { kind: z.literal('mma-logged-in'), accountNumber, username: z.string().trim().max(64).optional() },
    (check, world) =>
      accountState(world).logins.some(
        (login) =>
          login.accountNumber === check.accountNumber &&
          (check.username === undefined || login.username.toLowerCase() === check.username.toLowerCase()),
      ),
  ),
  /** A stored payment method (of this kind, if given) is set for the fee type: P Autobill PACER fees, E e-filing, A admissions. */
  'stored-payment-for-fee': defineCheck(
    { kind: z.literal('stored-payment-for-fee'), accountNumber, feeType: z.enum(['P', 'E', 'A']), method: z.enum(['card', 'ach']).optional() },
    (check, world) =>
      (world.pacerAccounts[check.accountNumber]?.storedPayments ?? []).some(
        (payment) => payment.feeTypes.includes(check.feeType) && (check.method === undefined || payment.method === check.method),
      ),
  ),
  'paa-invitation-sent': defineCheck(
    { kind: z.literal('paa-invitation-sent'), paaAccountNumber: accountNumber, memberAccountNumber: accountNumber },
    (check, world) =>
      accountState(world).paaInvitations.some(
        (invitation) => invitation.paaAccountNumber === check.paaAccountNumber && invitation.memberAccountNumber === check.memberAccountNumber,
      ),
  ),
  /** The member accepted: its PACER fees are billed to the PAA. */
  'paa-member': defineCheck(
    { kind: z.literal('paa-member'), paaAccountNumber: accountNumber, memberAccountNumber: accountNumber },
    (check, world) => world.pacerAccounts[check.memberAccountNumber]?.paaAccountNumber === check.paaAccountNumber,
  ),
  /** The password was changed; `via` narrows it to one way (Change Password, a reset link, the login's 180-day prompt). */
  'pacer-password-changed': defineCheck(
    { kind: z.literal('pacer-password-changed'), accountNumber, via: z.enum(['change-password', 'reset-link', 'login-prompt']).optional() },
    (check, world) =>
      accountState(world).passwordChanges.some(
        (change) => change.accountNumber === check.accountNumber && (check.via === undefined || change.via === check.via),
      ),
  ),
  /** A Manage My Account login after the password was changed: the new password works. */
  'mma-logged-in-after-password-change': defineCheck(
    { kind: z.literal('mma-logged-in-after-password-change'), accountNumber },
    (check, world) => {
      const state = accountState(world);
      const changes = state.passwordChanges.filter((change) => change.accountNumber === check.accountNumber);
      return state.logins.some((login) => login.accountNumber === check.accountNumber && changes.some((change) => login.at > change.at));
    },
  ),
  'pacer-fee-payment-made': defineCheck(
    { kind: z.literal('pacer-fee-payment-made'), accountNumber },
    (check, world) => accountState(world).payments.some((payment) => payment.accountNumber === check.accountNumber),
  ),
};
