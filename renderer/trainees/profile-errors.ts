import { ApiFailure, errorMessage } from '../api/client';

export type ProfileField = 'name' | 'email' | 'barNumber' | 'barState';

export const PROFILE_FIELD_LABELS: Record<ProfileField, string> = {
  name: 'Name',
  email: 'E-mail',
  barNumber: 'Bar number',
  barState: 'Bar state',
};

/** Why a profile was not saved: one message per field the backend refused, and anything else as a whole. */
export interface ProfileProblem {
  fields: Partial<Record<ProfileField, string>>;
  /** Set when the failure was not about a field (the backend could not be reached, the profile is gone…). */
  general: string | null;
}

const isProfileField = (key: unknown): key is ProfileField => typeof key === 'string' && Object.hasOwn(PROFILE_FIELD_LABELS, key);

/**
 * Sorts the backend's issues by the field they name ("email": "must be an
 * e-mail address" becomes "E-mail must be an e-mail address." under E-mail);
 * an issue about no field, or a failure with none, is shown as a whole.
 */
export function profileProblem(error: unknown): ProfileProblem {
  if (!(error instanceof ApiFailure) || error.issues.length === 0) return { fields: {}, general: errorMessage(error) };
  const fields: ProfileProblem['fields'] = {};
  const other: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (issue.path.length === 1 && isProfileField(field)) fields[field] ??= `${PROFILE_FIELD_LABELS[field]} ${issue.message}.`;
    else other.push(issue.message);
  }
  return { fields, general: other.length > 0 ? other.join('; ') : null };
}
