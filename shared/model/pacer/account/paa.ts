import type { PacerAccount, World } from '../../world';
import { accountState, type PaaInvitation } from './state';

/** Who belongs to a PACER Administrative Account, and the requests it has open (FIDELITY 1.6). */

export function paaMembers(world: World, paaAccountNumber: string): PacerAccount[] {
  return Object.values(world.pacerAccounts).filter((account) => account.paaAccountNumber === paaAccountNumber);
}

export function pendingInvitationsFrom(world: World, paaAccountNumber: string): PaaInvitation[] {
  return accountState(world).paaInvitations.filter((invitation) => invitation.paaAccountNumber === paaAccountNumber && invitation.status === 'pending');
}

/** Requests shown in the member's View All My Requests, newest first. */
export function requestsFor(world: World, accountNumber: string): PaaInvitation[] {
  return accountState(world)
    .paaInvitations.filter((invitation) => invitation.memberAccountNumber === accountNumber)
    .toReversed();
}
