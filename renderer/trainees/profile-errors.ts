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

const FIELD_ISSUE = /^(name|email|barNumber|barState): (.+)$/;

/**
 * Reads the backend's bad-input message ("Invalid input for trainees.create:
 * name: must not be empty; email: must be an e-mail address") into one
 * message per field, so each can sit under its own input.
 */
export function profileProblem(error: unknown): ProfileProblem {
  if (!(error instanceof ApiFailure) || error.code !== 'bad-input') return { fields: {}, general: errorMessage(error) };
  const issues = error.message.replace(/^Invalid input for [\w.]+: /, '').split('; ');
  const fields: ProfileProblem['fields'] = {};
  const other: string[] = [];
  for (const issue of issues) {
    const match = FIELD_ISSUE.exec(issue);
    const field = match?.[1] as ProfileField | undefined;
    if (field && match?.[2]) fields[field] ??= `${PROFILE_FIELD_LABELS[field]} ${match[2]}.`;
    else other.push(issue);
  }
  return { fields, general: other.length > 0 ? other.join('; ') : null };
}
