import { COURT_SIDE_MISTAKES } from './cmecf/court-mistakes';
import { CURRENTGEN_PASSWORD_MISTAKES } from './cmecf/currentgen-password/mistakes';
import { ECF_MAINTENANCE_MISTAKES } from './cmecf/maintenance/mistakes';
import { REINSTATEMENT_MISTAKES } from './cmecf/reinstatement/mistakes';
import { CASE_FILING_MISTAKES } from './cmecf/case-filing/mistakes';
import type { MistakeDefinition } from './mistake-definition';
import { ACCOUNT_MISTAKES } from './pacer/account/mistakes';
import { ADMISSION_MISTAKES } from './pacer/admissions/mistakes';
import { REGISTRATION_MISTAKES } from './pacer/registration/mistakes';
import { PASSWORD_POLICY_MISTAKES } from './pacer/password-policy';
import { MFA_MISTAKES } from './pacer/mfa/mistakes';
import { cite } from './sources';

export type { MistakeDefinition } from './mistake-definition';

/**
 * Every wrong move a real filer can make on the screens the model covers,
 * with the rule from the court and PACER pages that explains it.
 * Codes are short kebab-case facts; scenarios put penalties on them.
 */

const LINKING_MISTAKES = {
  'pacer-credentials-invalid': {
    title: 'Wrong PACER username or password',
    rule: 'NextGen courts redirect to the PACER login screen: enter your new/upgraded PACER login and password.',
    remedy: 'Type your own PACER username and password exactly as given (the password is case-sensitive).',
    source: cite('000', 'step 3'),
  },
  'legacy-credentials-used': {
    title: 'Old PACER credentials used after the upgrade',
    rule: 'Upgrading creates a new username and password; you will no longer be able to use your old PACER username and password.',
    remedy: 'Log in with the new username and password created during the upgrade.',
    source: cite('002', 'Upgrading Your PACER Account'),
  },
  'cmecf-credentials-at-pacer-login': {
    title: 'CM/ECF login typed at the PACER login',
    rule: 'Once a court implements NextGen you use your PACER username and password to log in; the CM/ECF login is only entered on the link screen.',
    remedy: 'Log in with the PACER account; keep the CM/ECF login for "Link a CM/ECF account to my PACER account".',
    source: `${cite('004')}; ${cite('000', 'steps 3 and 6')}`,
  },
  'redaction-notice-skipped': {
    title: 'Redaction notice not acknowledged',
    rule: 'Each time you login to CM/ECF, the redaction notice will display: place a checkmark in the box and click Continue.',
    remedy: 'Tick the redaction box, then click Continue.',
    source: cite('000', 'note on the redaction notice'),
  },
  'cmecf-credentials-invalid': {
    title: 'Wrong CM/ECF login or password',
    rule: 'Enter your current CM/ECF login and password and click Submit; the court-issued login and password are case-sensitive.',
    remedy: 'Use the CM/ECF login and password the court issued. If you do not know them, contact the court.',
    source: `${cite('000', 'step 6')}; ${cite('003')}`,
  },
  'pacer-credentials-on-link-form': {
    title: 'PACER credentials typed on the link form',
    rule: 'The link screen asks for your current CM/ECF login and password, the court-issued ones, not your PACER login.',
    remedy: 'Enter the CM/ECF login and password on the link form.',
    source: cite('000', 'step 6'),
  },
  'shared-account-linked': {
    title: 'A firm (shared) PACER account was linked',
    rule: 'If the PACER name is a firm name, you need to get an individual PACER account. All parties who want to file will need their own individual PACER account.',
    remedy: 'Stop at the confirmation screen, log out, and link from your own individual upgraded PACER account.',
    source: `${cite('000', 'step 7')}; ${cite('001')}`,
  },
  'wrong-account-linked': {
    title: "Someone else's account was linked",
    rule: 'Link only if the PACER and CM/ECF names match; a link cannot be undone by the filer.',
    remedy: 'Check both names on the confirmation screen and submit only when they match.',
    source: cite('000', 'step 7'),
  },
  'legacy-account-linked': {
    title: 'Tried to link a legacy PACER account',
    rule: 'Existing legacy PACER accounts (issued before August 11, 2014) must be upgraded before linking.',
    remedy: 'Upgrade the PACER account in Manage My Account first, then link.',
    source: `${cite('003')}; ${cite('001')}`,
  },
  'account-already-linked': {
    title: 'Tried to link an account that is already linked',
    rule: 'A CM/ECF account is linked once per court; after linking, only the PACER credentials are needed.',
    remedy: 'Nothing more to link: use the filing menus.',
    source: cite('004'),
  },
  'link-before-go-live': {
    title: 'Tried to link before the court went live on NextGen',
    rule: 'Linking cannot be done until after the court upgrades to NextGen.',
    remedy: 'Wait for the go-live date; the court will notify you once it is live.',
    source: `${cite('003')}; ${cite('000')}`,
  },
} satisfies Record<string, MistakeDefinition>;

export const MISTAKES = {
  ...LINKING_MISTAKES,
  ...REGISTRATION_MISTAKES,
  ...ACCOUNT_MISTAKES,
  ...ADMISSION_MISTAKES,
  ...COURT_SIDE_MISTAKES,
  ...CURRENTGEN_PASSWORD_MISTAKES,
  ...ECF_MAINTENANCE_MISTAKES,
  ...REINSTATEMENT_MISTAKES,
  ...CASE_FILING_MISTAKES,
  ...PASSWORD_POLICY_MISTAKES,
  ...MFA_MISTAKES,
} satisfies Record<string, MistakeDefinition>;

export type MistakeCode = keyof typeof MISTAKES;

export const MISTAKE_CODES = Object.keys(MISTAKES) as MistakeCode[];

export function isMistakeCode(value: string): value is MistakeCode {
  return Object.hasOwn(MISTAKES, value);
}
