import { field, ticked, type FormSubmission } from '../../form-kit';
import type { MistakeCode } from '../../mistakes';
import type { Court } from '../../world';
import { extraFieldsFor, roleOption } from './court-options';
import type { EfileDetails, EfilePath, EfileRequestType } from './state';

/**
 * The E-File Registration screen (seed 002, Bankruptcy Attorneys steps
 * 11-14): the PACER information is shown, the filer picks a Role in Court,
 * checks the box acknowledging the registration is for the individual
 * listed, and completes the other fields.
 */

export const EFILE_LIMITS = { phone: 32, extra: 120 } as const;

export const EFILE_MESSAGES = {
  role: 'Role in Court is required.',
  individual: 'Check the box acknowledging that you are submitting the e-file registration for the individual listed above.',
  emailFormat: 'Select an Email Format.',
  phoneTooLong: `Phone is at most ${EFILE_LIMITS.phone} characters.`,
  extraTooLong: `Additional Filer Information is at most ${EFILE_LIMITS.extra} characters a field.`,
} as const;

export type EfileCheck = { ok: true; details: EfileDetails } | { ok: false; message: string; mistake: MistakeCode | null };

export function readEfileDetails(
  court: Court,
  path: EfilePath,
  requestType: EfileRequestType | null,
  submission: FormSubmission,
): EfileCheck {
  const fail = (message: string, mistake: MistakeCode | null = null): EfileCheck => ({ ok: false, message, mistake });
  const role = roleOption(court, path, field(submission, 'role'));
  if (!role) return fail(EFILE_MESSAGES.role);
  if (!ticked(submission, 'individualAcknowledged')) return fail(EFILE_MESSAGES.individual, 'efile-acknowledgment-skipped');
  const emailFormat = field(submission, 'emailFormat');
  if (emailFormat !== 'HTML' && emailFormat !== 'Text') return fail(EFILE_MESSAGES.emailFormat);
  const phone = field(submission, 'phone');
  if (phone.length > EFILE_LIMITS.phone) return fail(EFILE_MESSAGES.phoneTooLong);
  const extra: Record<string, string> = {};
  for (const extraField of extraFieldsFor(requestType)) {
    const value = field(submission, `extra.${extraField.id}`);
    if (!value && extraField.required) return fail(`Additional Filer Information: ${extraField.label} is required.`);
    if (value.length > EFILE_LIMITS.extra) return fail(EFILE_MESSAGES.extraTooLong);
    if (value) extra[extraField.id] = value;
  }
  return { ok: true, details: { role: role.label, emailFormat, phone, extra } };
}
