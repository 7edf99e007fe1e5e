import { field, ticked, type FormSubmission } from '../../form-kit';
import { acceptedWith, onPage, pushAddress, refused, unchanged, type Applied } from '../../transitions';
import type { World } from '../../world';
import { backupCodes, emailSecurityCode, normalCode, setupKey } from './codes';
import { securityCodeMail } from './mail';
import { mfaEnrolUrl, mfaSettingsUrl, mfaSignOnUrl } from './pages';
import { checkAppCode, completeSignOn } from './sign-on';
import { BACKUP_CODE_COUNT, MAX_APPS, mfaAccount, mfaState, withMfaAccount, withMfaState, type Enrolment } from './state';

/**
 * Enrolment (FIDELITY 8, "Methods"): an authenticator app — the e-mailed
 * security code first, then the app's setup key, then a code from the app
 * to confirm it — and/or ten backup codes. The screens' wording is the
 * simulator's [I] where the sources do not give it.
 */

export const MFA_MESSAGES = {
  codeRequired: 'Enter the one-time code.',
  codeInvalid: 'The code you entered is not valid. Enter the current code from your authenticator app, or a backup code.',
  signedIn: null,
  methodRequired: 'Choose Authenticator App or Backup Codes.',
  securityCodeSent: 'A security code has been sent to the email address on your account.',
  securityCodeRequired: 'Enter the security code from the email.',
  securityCodeInvalid: 'The security code is not valid. Enter the code from the most recent email.',
  appNameRequired: 'Enter a name for this authenticator app.',
  appCodeRequired: 'Enter the 6-digit code from your authenticator app.',
  appCodeInvalid: 'The code is not valid. Enter the 6-digit code your authenticator app shows now.',
  appLimit: 'You have enrolled the maximum of five authenticator apps. Remove one before adding another.',
  savedRequired: 'Confirm that you have saved your backup codes.',
  appAdded: 'Your authenticator app has been added.',
  enrolled: 'You are enrolled in multifactor authentication.',
  newBackupCodes: 'New backup codes have been generated. Your previous backup codes no longer work.',
  appRemoved: 'The authenticator app has been removed.',
} as const;

export function startEnrolment(world: World, accountNumber: string, returnTo: Enrolment['returnTo']): World {
  const enrolment: Enrolment = { accountNumber, step: 'method', emailCodeNumber: null, setupKey: null, returnTo };
  return pushAddress(withMfaState(world, { enrolment }), mfaEnrolUrl());
}

function withStep(world: World, change: Partial<Enrolment>): World {
  const enrolment = mfaState(world).enrolment;
  return enrolment ? withMfaState(world, { enrolment: { ...enrolment, ...change } }) : world;
}

/** The e-mailed security code that starts adding an app. */
export function sendSecurityCode(world: World, enrolment: Enrolment): Applied {
  const account = world.pacerAccounts[enrolment.accountNumber];
  if (!account) return unchanged(world, refused(MFA_MESSAGES.securityCodeInvalid));
  if (mfaAccount(world, account.accountNumber).apps.length >= MAX_APPS) {
    return unchanged(world, refused(MFA_MESSAGES.appLimit, 'mfa-app-limit-reached'));
  }
  const number = mfaState(world).issued + 1;
  const mail = securityCodeMail(`mail-${world.mailbox.length + 1}`, account, emailSecurityCode(world.scenarioId, account.accountNumber, number), world.clock);
  const sent = withStep(withMfaState({ ...world, mailbox: [...world.mailbox, mail] }, { issued: number }), { step: 'email-code', emailCodeNumber: number });
  return { world: sent, outcome: acceptedWith(MFA_MESSAGES.securityCodeSent) };
}

/** Backup codes are (re)generated: ten new ones, and any earlier ones stop working. */
function generateBackupCodes(world: World, accountNumber: string): World {
  const number = mfaState(world).issued + 1;
  const codes = backupCodes(world.salt, accountNumber, number, BACKUP_CODE_COUNT).map((code) => ({ code, used: false }));
  return withStep(withMfaState(withMfaAccount(world, accountNumber, { backupCodes: codes, backupCodesSaved: false }), { issued: number }), { step: 'backup-codes' });
}

export function newBackupCodes(world: World, accountNumber: string): Applied {
  const started = startEnrolment(world, accountNumber, 'settings');
  return { world: generateBackupCodes(started, accountNumber), outcome: acceptedWith(MFA_MESSAGES.newBackupCodes) };
}

/** Leaving the enrolment: back to the sign-on's pop-up, or to Manage MFA Settings. */
function leave(world: World, enrolment: Enrolment, message: string | null): Applied {
  const left = withMfaState(world, { enrolment: null });
  if (enrolment.returnTo === 'sign-on') {
    const pending = mfaState(world).pending;
    // An enrolment begun at the sign-on lets the sign-on through once it is done.
    if (message !== null) return { world: completeSignOn(left, null), outcome: acceptedWith(message) };
    return { world: pushAddress(left, mfaSignOnUrl(pending?.courtId ?? null)), outcome: acceptedWith(null) };
  }
  return { world: pushAddress(left, mfaSettingsUrl()), outcome: acceptedWith(message) };
}

/** Each step of the enrolment screen posts here; `cancel` leaves it from any step. */
export function submitEnrolment(world: World, submission: FormSubmission): Applied {
  const page = onPage(world, 'mfa-enrol');
  const enrolment = mfaState(world).enrolment;
  if (!page || !enrolment) return unchanged(world, refused(MFA_MESSAGES.methodRequired));
  if (submission.button === 'cancel') return leave(world, enrolment, null);
  switch (enrolment.step) {
    case 'method': {
      const method = field(submission, 'method');
      if (method === 'app') return sendSecurityCode(world, enrolment);
      if (method === 'backup-codes') return { world: generateBackupCodes(world, enrolment.accountNumber), outcome: acceptedWith(null) };
      return unchanged(world, refused(MFA_MESSAGES.methodRequired));
    }
    case 'email-code': {
      if (submission.button === 'resend') return sendSecurityCode(world, enrolment);
      const typed = field(submission, 'securityCode');
      if (!typed) return unchanged(world, refused(MFA_MESSAGES.securityCodeRequired));
      const expected = emailSecurityCode(world.scenarioId, enrolment.accountNumber, enrolment.emailCodeNumber ?? 0);
      if (normalCode(typed) !== expected) return unchanged(world, refused(MFA_MESSAGES.securityCodeInvalid, 'mfa-email-security-code-invalid'));
      const number = mfaState(world).issued + 1;
      const key = setupKey(world.salt, enrolment.accountNumber, String(number));
      return { world: withStep(withMfaState(world, { issued: number }), { step: 'app-key', setupKey: key }), outcome: acceptedWith(null) };
    }
    case 'app-key':
      return confirmApp(world, enrolment, submission);
    case 'backup-codes':
      if (!ticked(submission, 'saved')) return unchanged(world, refused(MFA_MESSAGES.savedRequired, 'mfa-backup-codes-not-saved'));
      return leave(withMfaAccount(world, enrolment.accountNumber, { backupCodesSaved: true }), enrolment, MFA_MESSAGES.enrolled);
  }
}

/** The app's first code confirms it has the key; the app joins the account (and backup codes follow if it has none). */
function confirmApp(world: World, enrolment: Enrolment, submission: FormSubmission): Applied {
  const name = field(submission, 'appName').slice(0, 40);
  if (!name) return unchanged(world, refused(MFA_MESSAGES.appNameRequired));
  const typed = field(submission, 'code');
  if (!typed) return unchanged(world, refused(MFA_MESSAGES.appCodeRequired));
  const key = enrolment.setupKey ?? '';
  const checked = checkAppCode(world, [key], typed);
  if (!checked.ok) return unchanged(world, refused(MFA_MESSAGES.appCodeInvalid, checked.mistake));

  const account = mfaAccount(world, enrolment.accountNumber);
  const number = mfaState(world).issued + 1;
  const app = { id: `app-${number}`, name, setupKey: key, addedAt: world.clock };
  const added = withMfaState(withMfaAccount(world, enrolment.accountNumber, { apps: [...account.apps, app] }), { issued: number });
  if (account.backupCodes.length === 0) return { world: generateBackupCodes(added, enrolment.accountNumber), outcome: acceptedWith(MFA_MESSAGES.appAdded) };
  return leave(added, enrolment, MFA_MESSAGES.appAdded);
}
