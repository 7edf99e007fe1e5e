import { z } from 'zod';
import { field, readFields, ticked, type FormDefinition, type FormSubmission } from '../../form-kit';
import { currentPage } from '../../pages';
import { acceptedWith, pushAddress, type Applied } from '../../transitions';
import type { PacerAccount, World } from '../../world';
import { deliver, lastNameOf, nextMailId, nextNumber, notOnThisPage, refuse, signedInForm, updateAccount, upgradeGate } from './common';
import { paaAcceptedMail, paaInvitationMail, paaRemovedMail } from './mail';
import { paaMembers, pendingInvitationsFrom } from './paa';
import { homeUrl, MMA_PATHS, mmaUrl, type MmaOptionId } from './routes';
import { accountState, withAccountState, type PaaInvitation } from './state';

/**
 * PAA Maintenance (FIDELITY 1.6): the administrator adds existing accounts
 * by account number and last name, each member accepts in View All My
 * Requests, and either side can end the membership.
 */

export const PAA_MESSAGES = {
  noMatch: 'The Account Number and Last Name do not match a PACER account.',
  invitationSent:
    'Your request has been sent to the account holder by email. The account is added to your PAA once they accept the request in Manage My Account.',
} as const;

function onPaaOption(world: World, option: MmaOptionId): PacerAccount | Applied {
  const account = signedInForm(world);
  const page = currentPage(world);
  if (!account || !account.administrative || page.kind !== 'mma-option' || page.option !== option) return notOnThisPage(world);
  return upgradeGate(world, account, option) ?? account;
}

function isAccount(value: PacerAccount | Applied): value is PacerAccount {
  return 'accountNumber' in value;
}

const addSchema = z.object({
  accountNumber: z.string().min(1, 'Account Number is required.').regex(/^\d{6,8}$/, 'Account Number must be the 7-digit number shown in Manage My Account.'),
  lastName: z.string().min(1, 'Last Name is required.').max(40, 'Last Name must be at most 40 characters.'),
  remark: z.string().min(1, 'Remark is required.').max(200, 'Remark must be at most 200 characters.'),
});

function addMember(world: World, submission: FormSubmission): Applied {
  const paa = onPaaOption(world, 'paa-add');
  if (!isAccount(paa)) return paa;
  if (submission.button === 'cancel') return { world: pushAddress(world, homeUrl('paa')), outcome: acceptedWith(null) };
  const read = readFields(addSchema, submission);
  if (!read.ok) return refuse(world, read.message);
  if (!ticked(submission, 'policyAcknowledged')) return refuse(world, 'You must acknowledge the PACER Administrative Account policy before you submit.');
  const { accountNumber, lastName, remark } = read.value;
  const member = Object.hasOwn(world.pacerAccounts, accountNumber) ? world.pacerAccounts[accountNumber] : undefined;
  if (!member || lastNameOf(member.name).toLowerCase() !== lastName.toLowerCase()) return refuse(world, PAA_MESSAGES.noMatch);
  if (member.administrative) return refuse(world, 'A PACER Administrative Account cannot be added to another PAA.');
  if (member.paaAccountNumber === paa.accountNumber) return refuse(world, 'This account is already part of your PAA.');
  if (member.paaAccountNumber) return refuse(world, 'This account belongs to another PACER Administrative Account. It must be removed from that PAA first.');
  if (pendingInvitationsFrom(world, paa.accountNumber).some((invitation) => invitation.memberAccountNumber === accountNumber)) {
    return refuse(world, 'A request to add this account is already pending.');
  }
  const [number, counted] = nextNumber(world);
  const invitation: PaaInvitation = {
    id: `paa-request-${number}`,
    paaAccountNumber: paa.accountNumber,
    memberAccountNumber: accountNumber,
    remark,
    sentAt: world.clock,
    status: 'pending',
  };
  const state = accountState(counted);
  const invited = withAccountState(counted, { paaInvitations: [...state.paaInvitations, invitation] });
  const mailed = deliver(invited, paaInvitationMail(nextMailId(invited), member, paa, remark, world.clock));
  return { world: pushAddress(mailed, homeUrl('paa')), outcome: acceptedWith(PAA_MESSAGES.invitationSent) };
}

function endMembership(world: World, member: PacerAccount, paa: PacerAccount, remark: string): World {
  const state = accountState(world);
  const left = withAccountState(updateAccount(world, member.accountNumber, { paaAccountNumber: null, caseSearchStatus: 'inactive' }), {
    paaInvitations: state.paaInvitations.map((invitation) =>
      invitation.memberAccountNumber === member.accountNumber && invitation.paaAccountNumber === paa.accountNumber && invitation.status === 'accepted'
        ? { ...invitation, status: 'removed' as const }
        : invitation,
    ),
  });
  const toMember = deliver(left, paaRemovedMail(nextMailId(left), member.email, member, paa, remark, world.clock));
  return deliver(toMember, paaRemovedMail(nextMailId(toMember), paa.email, member, paa, remark, world.clock));
}

function removeMembers(world: World, submission: FormSubmission): Applied {
  const paa = onPaaOption(world, 'paa-remove');
  if (!isAccount(paa)) return paa;
  if (submission.button === 'cancel') return { world: pushAddress(world, homeUrl('paa')), outcome: acceptedWith(null) };
  const chosen = paaMembers(world, paa.accountNumber).filter((member) => ticked(submission, `remove.${member.accountNumber}`));
  if (chosen.length === 0) return refuse(world, 'Check the box of each account to remove.');
  const remark = field(submission, 'remark');
  if (!remark) return refuse(world, 'Remark is required.');
  if (remark.length > 200) return refuse(world, 'Remark must be at most 200 characters.');
  const removed = chosen.reduce((current, member) => endMembership(current, member, paa, remark), world);
  return {
    world: pushAddress(removed, homeUrl('paa')),
    outcome: acceptedWith(`${chosen.length} account${chosen.length === 1 ? '' : 's'} removed from your PAA. An email has been sent to both parties.`),
  };
}

function rescind(world: World, submission: FormSubmission): Applied {
  const paa = onPaaOption(world, 'paa-rescind');
  if (!isAccount(paa)) return paa;
  if (submission.button === 'cancel') return { world: pushAddress(world, homeUrl('paa')), outcome: acceptedWith(null) };
  const chosen = pendingInvitationsFrom(world, paa.accountNumber).filter((invitation) => ticked(submission, `rescind.${invitation.id}`));
  if (chosen.length === 0) return refuse(world, 'Check the box of each request to rescind.');
  const ids = new Set(chosen.map((invitation) => invitation.id));
  const state = accountState(world);
  const rescinded = withAccountState(world, {
    paaInvitations: state.paaInvitations.map((invitation) => (ids.has(invitation.id) ? { ...invitation, status: 'rescinded' as const } : invitation)),
  });
  return { world: pushAddress(rescinded, homeUrl('paa')), outcome: acceptedWith('The pending request has been rescinded.') };
}

/** The member's answer in View All My Requests. */
function answerRequest(world: World, submission: FormSubmission): Applied {
  const member = signedInForm(world);
  if (!member || currentPage(world).kind !== 'mma-requests') return notOnThisPage(world);
  const state = accountState(world);
  const invitation = state.paaInvitations.find(
    (candidate) => candidate.id === field(submission, 'requestId') && candidate.memberAccountNumber === member.accountNumber,
  );
  if (!invitation || invitation.status !== 'pending') return refuse(world, 'This request is no longer pending.');
  const paa = world.pacerAccounts[invitation.paaAccountNumber];
  if (!paa) return refuse(world, 'This request is no longer pending.');
  const answered = (status: PaaInvitation['status']) =>
    withAccountState(world, {
      paaInvitations: state.paaInvitations.map((candidate) => (candidate.id === invitation.id ? { ...candidate, status } : candidate)),
    });
  const here = mmaUrl(MMA_PATHS.requests);
  if (submission.button === 'decline') {
    return { world: pushAddress(answered('declined'), here), outcome: acceptedWith('You declined the request.') };
  }
  if (submission.button !== 'accept') return notOnThisPage(world);
  if (member.paaAccountNumber) return refuse(world, 'Your account already belongs to a PACER Administrative Account. Remove it from that PAA first.');
  const joined = updateAccount(answered('accepted'), member.accountNumber, { paaAccountNumber: paa.accountNumber });
  const mailed = deliver(joined, paaAcceptedMail(nextMailId(joined), member, paa, world.clock));
  return {
    world: pushAddress(mailed, here),
    outcome: acceptedWith(`Your account is now part of the PACER Administrative Account ${paa.accountNumber}. Your PACER fees will be billed to the PAA.`),
  };
}

export const PAA_FORMS: Record<string, FormDefinition> = {
  'pacer/account/paa/add': {
    title: 'Add Existing PACER Account(s) to My PAA',
    pages: ['mma-option'],
    handle: addMember,
    describe: (submission) =>
      submission.button === 'cancel'
        ? 'Cancelled adding an account to the PAA'
        : `Asked to add account ${field(submission, 'accountNumber').slice(0, 10) || '(no number)'} (last name "${field(submission, 'lastName').slice(0, 40)}") to the PAA`,
  },
  'pacer/account/paa/remove': { title: 'Remove PACER Account(s) from My PAA', pages: ['mma-option'], handle: removeMembers },
  'pacer/account/paa/rescind': { title: 'Rescind My Pending Request', pages: ['mma-option'], handle: rescind },
  'pacer/account/requests/answer': {
    title: 'View All My Requests',
    pages: ['mma-requests'],
    handle: answerRequest,
    describe: (submission) => (submission.button === 'accept' ? 'Accepted the request to join a PAA' : 'Declined the request to join a PAA'),
  },
};
