import { z } from 'zod';
import { isBlank } from '../../credentials';
import { field, readFields, secret, type FormDefinition, type FormSubmission } from '../../form-kit';
import { ACCEPTED, acceptedWith, pushAddress, type Applied } from '../../transitions';
import type { PacerAccount, PacerUserType, World } from '../../world';
import { answerDigest, notOnThisPage, readDate, refuse, signedInForm, updateAccount } from './common';
import { passwordSetNow } from './password-age';
import { checkNewPassword, checkNewUsername } from './passwords';
import { isStateCode, SECURITY_QUESTIONS, USER_TYPES } from './places';
import { homeUrl, upgradeUrl } from './routes';
import { accountState, withAccountState, type PacerAddress, type UpgradeDraft, type UpgradeStep } from './state';

/**
 * The legacy-account upgrade (seed 002 "Upgrading Your PACER Account";
 * FIDELITY 1.4): Person (name, date of birth, User Type), Address (with
 * County), Security (a NEW username and password, security questions),
 * then "Upgrade Complete". The old username and password stop working.
 */

const MAX_NAME = 40;
const text = (label: string, max: number) =>
  z.string().max(max, `${label} must be at most ${max} characters.`);
const required = (label: string, max: number) => text(label, max).min(1, `${label} is required.`);

const personSchema = z.object({
  firstName: required('First Name', MAX_NAME),
  middleName: text('Middle Name', MAX_NAME).default(''),
  lastName: required('Last Name', MAX_NAME),
  dateOfBirth: required('Date of Birth', 10),
  email: required('Email', 100).pipe(z.email('Enter a valid email address.')),
  userType: z.string().min(1, 'User Type is required.'),
});

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

const securitySchema = z.object({
  newUsername: z.string().max(64, 'Username must be at most 64 characters.'),
  question1: z.string().refine((value) => (SECURITY_QUESTIONS as readonly string[]).includes(value), 'Select Security Question 1.'),
  answer1: required('Answer 1', 60),
  question2: z.string().refine((value) => (SECURITY_QUESTIONS as readonly string[]).includes(value), 'Select Security Question 2.'),
  answer2: required('Answer 2', 60),
});

function draftOf(world: World, account: PacerAccount): UpgradeDraft {
  const draft = accountState(world).upgrade;
  return draft?.accountNumber === account.accountNumber ? draft : { accountNumber: account.accountNumber, step: 'person', person: null, address: null };
}

function toStep(world: World, draft: UpgradeDraft, step: UpgradeStep): World {
  return pushAddress(withAccountState(world, { upgrade: { ...draft, step } }), upgradeUrl());
}

/** The wizard's pages post only from their own step, and only for a legacy account logged in to Manage My Account. */
function legacyOnStep(world: World, step: UpgradeStep): { account: PacerAccount; draft: UpgradeDraft } | null {
  const account = signedInForm(world);
  if (!account) return null;
  const draft = draftOf(world, account);
  if (draft.step !== step || (step !== 'complete' && account.kind !== 'legacy')) return null;
  return { account, draft };
}

function cancel(world: World): Applied {
  return { world: pushAddress(withAccountState(world, { upgrade: null }), homeUrl()), outcome: ACCEPTED };
}

function person(world: World, submission: FormSubmission): Applied {
  const on = legacyOnStep(world, 'person');
  if (!on) return notOnThisPage(world);
  if (submission.button === 'cancel') return cancel(world);
  const read = readFields(personSchema, submission);
  if (!read.ok) return refuse(world, read.message);
  const birth = readDate(read.value.dateOfBirth);
  if (!birth) return refuse(world, 'Enter the Date of Birth as MM/DD/YYYY.');
  if (birth >= world.clock.slice(0, 10)) return refuse(world, 'Date of Birth must be in the past.');
  const userType = USER_TYPES.find((type) => type.value === read.value.userType);
  if (!userType) return refuse(world, 'User Type is required.');
  const next = toStep(world, { ...on.draft, person: { ...read.value, dateOfBirth: birth } }, 'address');
  // The site takes any type; the courts' instructions say INDIVIDUAL (or a government type for government users).
  // A firm's PACER Administrative Account is the one account for which FIRM is right.
  const wrongType = !on.account.administrative && (userType.value === 'firm' || userType.value === 'commercial');
  return { world: next, outcome: wrongType ? acceptedWith(null, 'upgrade-wrong-user-type') : ACCEPTED };
}

function address(world: World, submission: FormSubmission): Applied {
  const on = legacyOnStep(world, 'address');
  if (!on) return notOnThisPage(world);
  if (submission.button === 'cancel') return cancel(world);
  if (submission.button === 'back') return { world: toStep(world, on.draft, 'person'), outcome: ACCEPTED };
  const read = readFields(addressSchema, submission);
  if (!read.ok) return refuse(world, read.message);
  const value: PacerAddress = read.value;
  return { world: toStep(world, { ...on.draft, address: value }, 'security'), outcome: ACCEPTED };
}

function security(world: World, submission: FormSubmission): Applied {
  const on = legacyOnStep(world, 'security');
  if (!on) return notOnThisPage(world);
  if (submission.button === 'cancel') return cancel(world);
  if (submission.button === 'back') return { world: toStep(world, on.draft, 'address'), outcome: ACCEPTED };
  const { account, draft } = on;
  if (!draft.person || !draft.address) return { world: toStep(world, draft, 'person'), outcome: ACCEPTED };
  const read = readFields(securitySchema, submission);
  if (!read.ok) return refuse(world, read.message);
  const username = read.value.newUsername;
  if (username && username.toLowerCase() === account.username.toLowerCase()) {
    return refuse(world, 'Create a NEW username: it must be different from your current username.', 'upgrade-old-credentials-reused');
  }
  const usernameProblem = checkNewUsername(world, account, username);
  if (usernameProblem) return refuse(world, usernameProblem);
  const password = secret(submission, 'newPassword');
  if (password && !isBlank(password) && password.digest === account.passwordDigest) {
    return refuse(world, 'Create a NEW password: it must be different from your current password.', 'upgrade-old-credentials-reused');
  }
  const passwordProblem = checkNewPassword(world, account, password, secret(submission, 'confirmPassword'));
  if (passwordProblem) return refuse(world, passwordProblem.message, passwordProblem.mistake);
  if (read.value.question1 === read.value.question2) return refuse(world, 'Choose two different security questions.');

  const personDetails = draft.person;
  const name = [personDetails.firstName, personDetails.middleName, personDetails.lastName].filter(Boolean).join(' ');
  const upgraded = updateAccount(world, account.accountNumber, {
    kind: 'upgraded',
    username,
    passwordDigest: password!.digest,
    retiredUsernames: [...account.retiredUsernames, account.username],
    name,
    email: personDetails.email,
    dateOfBirth: personDetails.dateOfBirth,
    userType: personDetails.userType as PacerUserType,
    firm: draft.address.firm || account.firm,
    address: draft.address,
    ...passwordSetNow(world),
  });
  const state = accountState(upgraded);
  const saved = withAccountState(upgraded, {
    upgrade: { ...draft, step: 'complete' },
    securityAnswers: {
      ...state.securityAnswers,
      [account.accountNumber]: [
        { question: read.value.question1, answerDigest: answerDigest(world, read.value.answer1) },
        { question: read.value.question2, answerDigest: answerDigest(world, read.value.answer2) },
      ],
    },
  });
  // A firm's shared login upgraded is still shared: it cannot be an attorney's filing login (seed 003).
  const mistake = account.userType === 'firm' ? 'shared-account-upgraded' : null;
  return { world: pushAddress(saved, upgradeUrl()), outcome: acceptedWith(null, mistake) };
}

function close(world: World): Applied {
  const on = legacyOnStep(world, 'complete');
  if (!on) return notOnThisPage(world);
  return { world: pushAddress(withAccountState(world, { upgrade: null }), homeUrl()), outcome: ACCEPTED };
}

export const UPGRADE_FORMS: Record<string, FormDefinition> = {
  'pacer/account/upgrade/person': {
    title: 'Upgrade: Person',
    pages: ['mma-upgrade'],
    handle: person,
    describe: (submission) =>
      submission.button === 'cancel' ? 'Cancelled the upgrade' : `Completed the Person tab of the upgrade (User Type ${field(submission, 'userType') || 'not chosen'})`,
  },
  'pacer/account/upgrade/address': {
    title: 'Upgrade: Address',
    pages: ['mma-upgrade'],
    handle: address,
  },
  'pacer/account/upgrade/security': {
    title: 'Upgrade: Security',
    pages: ['mma-upgrade'],
    handle: security,
    describe: (submission) =>
      submission.button === 'submit'
        ? `Submitted the upgrade with the new username "${field(submission, 'newUsername').slice(0, 64)}"`
        : `Clicked ${submission.button === 'back' ? 'Back' : 'Cancel'} on the Security tab of the upgrade`,
  },
  'pacer/account/upgrade/close': { title: 'Upgrade Complete', pages: ['mma-upgrade'], handle: close, describe: () => 'Closed the Upgrade Complete message' },
};
