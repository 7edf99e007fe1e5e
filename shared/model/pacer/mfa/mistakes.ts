import type { MistakeDefinition } from '../../mistake-definition';
import { MFA_SOURCES } from './sources';

/** Wrong moves at PACER's multifactor authentication (2025 era), each with the rule PACER and the courts state. */
export const MFA_MISTAKES = {
  'mfa-code-invalid': {
    title: 'Wrong one-time code',
    rule: 'After your username and password, enter the 6-digit code your authenticator app shows for this PACER account, or one of your backup codes.',
    remedy: 'Open the authenticator app, find the PACER entry for this username and type the code it shows now; if you no longer have the app, use a backup code.',
    source: `${MFA_SOURCES.announcement}; ${MFA_SOURCES.faq}`,
  },
  'mfa-code-stale': {
    title: 'Expired one-time code',
    rule: 'An authenticator app shows a new code every 30 seconds, and only the code it shows now is accepted: a code read earlier has expired.',
    remedy: 'Read the code again from the app just before you click OK; if it is about to change, wait for the next one.',
    source: MFA_SOURCES.faq,
  },
  'mfa-backup-code-reused': {
    title: 'Backup code used a second time',
    rule: 'Each backup code can be used once. Keep the list somewhere safe and cross off each code as you use it.',
    remedy: 'Type a backup code you have not used yet, and generate new backup codes in Manage MFA Settings when few are left.',
    source: `${MFA_SOURCES.announcement}; ${MFA_SOURCES.tips}`,
  },
  'mfa-email-security-code-invalid': {
    title: 'Wrong e-mailed security code',
    rule: 'Adding an authenticator app starts with a security code PACER e-mails to the address on your account; enter that code.',
    remedy: 'Open the newest PACER e-mail with the security code and type the code it gives.',
    source: MFA_SOURCES.setup,
  },
  'mfa-app-limit-reached': {
    title: 'A sixth authenticator app',
    rule: 'Up to five authenticator apps can be enrolled on one PACER account.',
    remedy: 'Remove an app you no longer use in Manage MFA Settings before adding another.',
    source: MFA_SOURCES.faq,
  },
  'mfa-backup-codes-not-saved': {
    title: 'Backup codes not saved',
    rule: 'Save your ten backup codes where you can reach them without your phone: they are the way in when the authenticator app is lost.',
    remedy: 'Print, download or write down the codes, tick that you have saved them, then continue.',
    source: `${MFA_SOURCES.tips}; ${MFA_SOURCES.faq}`,
  },
  'mfa-text-message-expected': {
    title: 'Waited for a text message with the code',
    rule: 'PACER’s multifactor authentication uses an authenticator app or backup codes. It sends no codes by text message (SMS) and no push notifications.',
    remedy: 'Open the authenticator app and type the 6-digit code it shows, or use a backup code.',
    source: `${MFA_SOURCES.announcement}; ${MFA_SOURCES.faq}`,
  },
} satisfies Record<string, MistakeDefinition>;
