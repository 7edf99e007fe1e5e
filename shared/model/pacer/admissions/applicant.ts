import type { MistakeCode } from '../../mistakes';
import { NOT_ON_THIS_PAGE, refused, type Outcome } from '../../transitions';
import type { PacerAccount, World } from '../../world';
import { isAdministrativeAccount, manageAccountSignedIn } from './session';

/** The PACER Service Center's wording on these screens. */
export const ADMISSION_MESSAGES = {
  signInRequired: 'Log in to Manage My Account to request e-filing privileges.',
  legacy: 'Your PACER account is a legacy account. Upgrade your PACER account before you request admission or e-filing privileges.',
  administrative:
    'A PACER Administrative Account cannot request e-filing privileges. Log in with your own individual PACER account.',
  shared: 'E-filing privileges are granted to individuals. A shared (firm) PACER account cannot be used to e-file.',
  alreadyFiler: 'You already have e-filing privileges in this court. Log in to the court’s CM/ECF with your PACER account to file.',
} as const;

export type ApplicantCheck = { ok: true; account: PacerAccount } | { ok: false; outcome: Outcome };

/**
 * Who may request e-filing: an individual, upgraded PACER account signed in
 * to Manage My Account (seed 002: "you must have an upgraded individual
 * PACER account"). Anything else is refused, with the rule it breaks.
 */
export function checkApplicant(world: World): ApplicantCheck {
  const account = manageAccountSignedIn(world);
  if (!account) return { ok: false, outcome: refused(NOT_ON_THIS_PAGE) };
  const refusal = applicantRefusal(account);
  if (refusal) return { ok: false, outcome: refused(refusal.message, refusal.mistake) };
  return { ok: true, account };
}

export function applicantRefusal(account: PacerAccount): { message: string; mistake: MistakeCode } | null {
  if (isAdministrativeAccount(account)) return { message: ADMISSION_MESSAGES.administrative, mistake: 'efile-request-from-paa' };
  if (account.kind === 'legacy') return { message: ADMISSION_MESSAGES.legacy, mistake: 'efile-request-legacy-account' };
  if (account.userType === 'firm') return { message: ADMISSION_MESSAGES.shared, mistake: 'efile-request-shared-account' };
  return null;
}
