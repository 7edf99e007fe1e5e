import { field, type FormSubmission, type ModelPart } from '../../form-kit';
import { ACCEPTED, acceptedWith, onPage, pushAddress, refused, unchanged, type Applied } from '../../transitions';
import type { World } from '../../world';
import { MFA_MESSAGES, newBackupCodes, sendSecurityCode, startEnrolment, submitEnrolment } from './enrolment';
import { mfaSettingsUrl } from './pages';
import { checkSignOnCode, completeSignOn, holdSignOn } from './sign-on';
import { MAX_APPS, mfaAccount, mfaState, SKIPS_ALLOWED, withMfaAccount, withMfaState } from './state';

export const MFA_FORMS = {
  prompt: 'pacer/mfa/prompt',
  code: 'pacer/mfa/code',
  enrol: 'pacer/mfa/enroll',
  settings: 'pacer/mfa/settings',
} as const;

/** The pop-up at login: Enroll, or Skip (three times at most; then only Enroll). */
function answerPrompt(world: World, submission: FormSubmission): Applied {
  const page = onPage(world, 'mfa-sign-on');
  if (!page || page.stage === 'code') return unchanged(world, refused(MFA_MESSAGES.codeRequired));
  if (submission.button === 'enroll') return { world: startEnrolment(world, page.accountNumber, 'sign-on'), outcome: ACCEPTED };
  if (submission.button !== 'skip' || page.stage !== 'prompt') return unchanged(world, refused(MFA_MESSAGES.methodRequired));
  const skipsUsed = Math.min(SKIPS_ALLOWED, mfaAccount(world, page.accountNumber).skipsUsed + 1);
  return { world: completeSignOn(withMfaAccount(world, page.accountNumber, { skipsUsed }), null), outcome: ACCEPTED };
}

/** The one-time code after the password (field for the code, OK). */
function enterCode(world: World, submission: FormSubmission): Applied {
  const page = onPage(world, 'mfa-sign-on');
  if (!page || page.stage !== 'code') return unchanged(world, refused(MFA_MESSAGES.codeRequired));
  const typed = field(submission, 'code');
  if (!typed) return unchanged(world, refused(MFA_MESSAGES.codeRequired));
  const checked = checkSignOnCode(world, page.accountNumber, typed);
  if (!checked.ok) return unchanged(world, refused(MFA_MESSAGES.codeInvalid, checked.mistake));
  return { world: completeSignOn(checked.world, checked.method), outcome: ACCEPTED };
}

/** Manage MFA Settings: add or remove apps, new backup codes, or enrol when not enrolled. */
function manageSettings(world: World, submission: FormSubmission): Applied {
  const page = onPage(world, 'mfa-settings');
  if (!page) return unchanged(world, refused(MFA_MESSAGES.methodRequired));
  const account = mfaAccount(world, page.accountNumber);
  switch (submission.button) {
    case 'enroll':
      return { world: startEnrolment(world, page.accountNumber, 'settings'), outcome: ACCEPTED };
    case 'add-app': {
      if (account.apps.length >= MAX_APPS) return unchanged(world, refused(MFA_MESSAGES.appLimit, 'mfa-app-limit-reached'));
      // Adding an app starts with the e-mailed security code, as the first enrolment does.
      const started = startEnrolment(world, page.accountNumber, 'settings');
      const enrolment = mfaState(started).enrolment;
      return enrolment ? sendSecurityCode(started, enrolment) : unchanged(world, refused(MFA_MESSAGES.methodRequired));
    }
    case 'new-backup-codes':
      return newBackupCodes(world, page.accountNumber);
    case 'remove': {
      const app = account.apps.find((candidate) => candidate.id === field(submission, 'appId'));
      if (!app) return unchanged(world, refused(NO_SUCH_APP));
      const state = mfaState(world);
      const removed = withMfaState(withMfaAccount(world, page.accountNumber, { apps: account.apps.filter((candidate) => candidate !== app) }), {
        removedApps: [...state.removedApps, { accountNumber: page.accountNumber, name: app.name, at: world.clock }],
      });
      return { world: pushAddress(removed, mfaSettingsUrl()), outcome: acceptedWith(MFA_MESSAGES.appRemoved) };
    }
    default:
      return unchanged(world, refused(NO_SUCH_APP));
  }
}

const NO_SUCH_APP = 'That authenticator app is not on this account.';

/** Multifactor authentication at PACER's sign-on, its enrolment, and Manage MFA Settings (2025 era). */
export const MFA: ModelPart = {
  forms: {
    [MFA_FORMS.prompt]: {
      title: 'Multifactor Authentication',
      pages: ['mfa-sign-on'],
      handle: answerPrompt,
      describe: (submission) =>
        submission.button === 'skip' ? 'Clicked Skip on the multifactor authentication pop-up' : 'Clicked Enroll on the multifactor authentication pop-up',
    },
    [MFA_FORMS.code]: {
      title: 'Multifactor Authentication',
      pages: ['mfa-sign-on'],
      handle: enterCode,
      describe: (submission) => `Entered one-time code "${field(submission, 'code').slice(0, 16)}" and clicked OK`,
    },
    [MFA_FORMS.enrol]: {
      title: 'Enroll in Multifactor Authentication',
      pages: ['mfa-enrol'],
      handle: submitEnrolment,
    },
    [MFA_FORMS.settings]: {
      title: 'Manage MFA Settings',
      pages: ['mfa-settings'],
      handle: manageSettings,
    },
  },
  afterEvent: holdSignOn,
};
