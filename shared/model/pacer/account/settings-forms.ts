import { z } from 'zod';
import { isBlank } from '../../credentials';
import { field, readFields, secret, ticked, type FormDefinition, type FormSubmission } from '../../form-kit';
import { currentPage } from '../../pages';
import { acceptedWith, pushAddress, type Applied } from '../../transitions';
import type { PacerAccount, World } from '../../world';
import { answerDigest, deliver, MMA_MESSAGES, nextMailId, notOnThisPage, refuse, signedInForm, updateAccount, upgradeGate } from './common';
import { paaRemovedMail } from './mail';
import { passwordSetNow } from './password-age';
import { checkNewPassword, checkNewUsername } from './passwords';
import { isStateCode, SECURITY_QUESTIONS } from './places';
import { homeUrl, MMA_OPTIONS, type MmaOptionId } from './routes';
import { accountState, withAccountState } from './state';

/**
 * The Settings and Maintenance options that change the account (FIDELITY
 * 1.3). A legacy account is sent to the upgrade first (seed 004).
 */

const text = (label: string, max: number) => z.string().max(max, `${label} must be at most ${max} characters.`);
const required = (label: string, max: number) => text(label, max).min(1, `${label} is required.`);
const email = (label: string) => required(label, 100).pipe(z.email(`${label} must be a valid email address.`));

/** The option's page for the signed-in account, after the upgrade gate; a refusal or redirect otherwise. */
function onOption(world: World, option: MmaOptionId): PacerAccount | Applied {
  const account = signedInForm(world);
  const page = currentPage(world);
  if (!account || page.kind !== 'mma-option' || page.option !== option) return notOnThisPage(world);
  return upgradeGate(world, account, option) ?? account;
}

function isAccount(value: PacerAccount | Applied): value is PacerAccount {
  return 'accountNumber' in value;
}

function saved(world: World, message: string = MMA_MESSAGES.saved): Applied {
  return { world: pushAddress(world, homeUrl()), outcome: acceptedWith(message) };
}

/** Every option form has Cancel, back to the account's tabs. */
function cancelled(world: World, submission: FormSubmission): Applied | null {
  return submission.button === 'cancel' ? { world: pushAddress(world, homeUrl()), outcome: acceptedWith(null) } : null;
}

function changePassword(world: World, submission: FormSubmission): Applied {
  const on = onOption(world, 'change-password');
  if (!isAccount(on)) return on;
  const stop = cancelled(world, submission);
  if (stop) return stop;
  const current = secret(submission, 'currentPassword');
  if (!current || isBlank(current)) return refuse(world, 'Current Password is required.');
  if (current.digest !== on.passwordDigest) return refuse(world, 'The Current Password is not correct.');
  const problem = checkNewPassword(world, on, secret(submission, 'newPassword'), secret(submission, 'confirmPassword'));
  if (problem) return refuse(world, problem.message, problem.mistake);
  const state = accountState(world);
  const changed = withAccountState(updateAccount(world, on.accountNumber, { passwordDigest: secret(submission, 'newPassword')!.digest, ...passwordSetNow(world) }), {
    passwordChanges: [...state.passwordChanges, { accountNumber: on.accountNumber, at: world.clock, via: 'change-password' }],
  });
  return saved(changed, 'Your password has been changed.');
}

function changeUsername(world: World, submission: FormSubmission): Applied {
  const on = onOption(world, 'change-username');
  if (!isAccount(on)) return on;
  const stop = cancelled(world, submission);
  if (stop) return stop;
  const username = field(submission, 'newUsername');
  if (username.length > 64) return refuse(world, 'Username must be at most 64 characters.');
  if (username && username.toLowerCase() === on.username.toLowerCase()) return refuse(world, 'The new username must be different from your current username.');
  const problem = checkNewUsername(world, on, username);
  if (problem) return refuse(world, problem);
  return saved(updateAccount(world, on.accountNumber, { username, retiredUsernames: [...on.retiredUsernames, on.username] }), 'Your username has been changed.');
}

const securitySchema = z.object({
  question1: z.string().refine((value) => (SECURITY_QUESTIONS as readonly string[]).includes(value), 'Select Security Question 1.'),
  answer1: required('Answer 1', 60),
  question2: z.string().refine((value) => (SECURITY_QUESTIONS as readonly string[]).includes(value), 'Select Security Question 2.'),
  answer2: required('Answer 2', 60),
});

function securityInformation(world: World, submission: FormSubmission): Applied {
  const on = onOption(world, 'security-information');
  if (!isAccount(on)) return on;
  const stop = cancelled(world, submission);
  if (stop) return stop;
  const read = readFields(securitySchema, submission);
  if (!read.ok) return refuse(world, read.message);
  if (read.value.question1 === read.value.question2) return refuse(world, 'Choose two different security questions.');
  const state = accountState(world);
  return saved(
    withAccountState(world, {
      securityAnswers: {
        ...state.securityAnswers,
        [on.accountNumber]: [
          { question: read.value.question1, answerDigest: answerDigest(world, read.value.answer1) },
          { question: read.value.question2, answerDigest: answerDigest(world, read.value.answer2) },
        ],
      },
    }),
  );
}

const billingEmailSchema = z.object({ email: email('Billing Email'), confirmEmail: required('Confirm Billing Email', 100) });

function billingEmail(world: World, submission: FormSubmission): Applied {
  const on = onOption(world, 'billing-email');
  if (!isAccount(on)) return on;
  const stop = cancelled(world, submission);
  if (stop) return stop;
  const read = readFields(billingEmailSchema, submission);
  if (!read.ok) return refuse(world, read.message);
  if (read.value.email.toLowerCase() !== read.value.confirmEmail.toLowerCase()) return refuse(world, 'Email addresses do not match.');
  return saved(updateAccount(world, on.accountNumber, { email: read.value.email }));
}

const personalSchema = z.object({
  prefix: text('Prefix', 10).default(''),
  firstName: required('First Name', 40),
  middleName: text('Middle Name', 40).default(''),
  lastName: required('Last Name', 40),
  suffix: text('Generation/Suffix', 10).default(''),
});

function personal(world: World, submission: FormSubmission): Applied {
  const on = onOption(world, 'personal');
  if (!isAccount(on)) return on;
  const stop = cancelled(world, submission);
  if (stop) return stop;
  const read = readFields(personalSchema, submission);
  if (!read.ok) return refuse(world, read.message);
  const { firstName, middleName, lastName, suffix } = read.value;
  const name = [firstName, middleName, lastName].filter(Boolean).join(' ') + (suffix ? `, ${suffix}` : '');
  return saved(
    updateAccount(world, on.accountNumber, { name }),
    'Your changes have been saved. Courts where you e-file receive the change; allow up to 10 days for it to appear there.',
  );
}

const addressSchema = z.object({
  firm: text('Firm/Office', 120).default(''),
  address: required('Address', 120),
  room: text('Room/Suite', 60).default(''),
  city: required('City', 60),
  state: z.string().min(1, 'State is required.').refine(isStateCode, 'Select a State from the list.'),
  county: required('County', 60),
  zip: required('Zip/Postal Code', 10).regex(/^\d{5}(-\d{4})?$/, 'Enter a valid Zip Code, e.g. 64106 or 64106-2741.'),
  country: text('Country', 60).default('United States of America'),
  primaryPhone: required('Primary Phone', 30).regex(/^[0-9()+.\s-]{7,30}$/, 'Enter a valid Primary Phone number.'),
});

function address(world: World, submission: FormSubmission): Applied {
  const on = onOption(world, 'address');
  if (!isAccount(on)) return on;
  const stop = cancelled(world, submission);
  if (stop) return stop;
  const read = readFields(addressSchema, submission);
  if (!read.ok) return refuse(world, read.message);
  return saved(
    updateAccount(world, on.accountNumber, { address: read.value, firm: read.value.firm || null }),
    'Your changes have been saved. Courts where you e-file receive the change; allow up to 10 days for it to appear there.',
  );
}

/** Secondary addresses for appellate notices: 255 characters in all (FIDELITY 1.11). */
const SECONDARY_LIMIT = 255;

const efilerSchema = z.object({
  primaryEmail: email('Primary E-Filing Email'),
  confirmPrimaryEmail: required('Confirm Primary E-Filing Email', 100),
  secondaryEmails: text('Secondary Emails', SECONDARY_LIMIT).default(''),
  frequency: z.enum(['each-filing', 'daily-summary'], 'Choose how often notices are sent.'),
  format: z.enum(['html', 'text'], 'Choose the Email Format.'),
});

function efilerEmail(world: World, submission: FormSubmission): Applied {
  const on = onOption(world, 'efiler-email');
  if (!isAccount(on)) return on;
  const stop = cancelled(world, submission);
  if (stop) return stop;
  const read = readFields(efilerSchema, submission);
  if (!read.ok) return refuse(world, read.message);
  const { primaryEmail, confirmPrimaryEmail, secondaryEmails, frequency, format } = read.value;
  if (primaryEmail.toLowerCase() !== confirmPrimaryEmail.toLowerCase()) return refuse(world, 'Primary E-Filing Email addresses do not match.');
  const secondaries = secondaryEmails.split(/[,;\s]+/).filter(Boolean);
  const invalid = secondaries.find((candidate) => !z.email().safeParse(candidate).success);
  if (invalid !== undefined) return refuse(world, 'Secondary Emails must be email addresses separated by commas.');
  const state = accountState(world);
  return saved(
    withAccountState(world, {
      efilerNoticing: {
        ...state.efilerNoticing,
        [on.accountNumber]: { primaryEmail, secondaryEmails: secondaries.join(', '), frequency, format },
      },
    }),
  );
}

/** Member side of a PAA: leave it (FIDELITY 1.6); case search stays inactive until the PSC or a new PAA restores it. */
function removeFromPaa(world: World, submission: FormSubmission): Applied {
  const on = onOption(world, 'remove-from-paa');
  if (!isAccount(on)) return on;
  const stop = cancelled(world, submission);
  if (stop) return stop;
  const paa = on.paaAccountNumber ? world.pacerAccounts[on.paaAccountNumber] : undefined;
  if (!paa) return refuse(world, 'Your PACER account is not part of a PACER Administrative Account.');
  const remark = field(submission, 'remark');
  if (!remark) return refuse(world, 'Remark is required.');
  if (remark.length > 200) return refuse(world, 'Remark must be at most 200 characters.');
  if (!ticked(submission, 'confirm')) return refuse(world, 'Check the box to confirm that you want to remove your account from the PAA.');
  const state = accountState(world);
  const left = withAccountState(updateAccount(world, on.accountNumber, { paaAccountNumber: null, caseSearchStatus: 'inactive' }), {
    paaInvitations: state.paaInvitations.map((invitation) =>
      invitation.memberAccountNumber === on.accountNumber && invitation.paaAccountNumber === paa.accountNumber && invitation.status === 'accepted'
        ? { ...invitation, status: 'removed' as const }
        : invitation,
    ),
  });
  const toMember = deliver(left, paaRemovedMail(nextMailId(left), on.email, on, paa, remark, world.clock));
  const toPaa = deliver(toMember, paaRemovedMail(nextMailId(toMember), paa.email, on, paa, remark, world.clock));
  return saved(
    toPaa,
    'Your account has been removed from the PACER Administrative Account. Case search is inactive until the PACER Service Center reactivates it or another PAA adds your account.',
  );
}

function option(optionId: MmaOptionId, handle: FormDefinition['handle']): FormDefinition {
  return {
    title: MMA_OPTIONS[optionId].label,
    pages: ['mma-option'],
    handle,
    describe: (submission) =>
      submission.button === 'cancel' ? `Cancelled "${MMA_OPTIONS[optionId].label}"` : `Submitted "${MMA_OPTIONS[optionId].label}"`,
  };
}

export const SETTINGS_FORMS: Record<string, FormDefinition> = {
  'pacer/account/settings/change-password': option('change-password', changePassword),
  'pacer/account/settings/change-username': option('change-username', changeUsername),
  'pacer/account/settings/security-information': option('security-information', securityInformation),
  'pacer/account/settings/billing-email': option('billing-email', billingEmail),
  'pacer/account/settings/remove-from-paa': option('remove-from-paa', removeFromPaa),
  'pacer/account/maintenance/personal': option('personal', personal),
  'pacer/account/maintenance/address': option('address', address),
  'pacer/account/maintenance/efiler-email': option('efiler-email', efilerEmail),
};
