import { z } from 'zod';
import { readFields, ticked, type FieldCheck, type FormSubmission } from '../../form-kit';
import type { PacerUserType, World } from '../../world';
import {
  COUNTIES_BY_STATE,
  COUNTRIES,
  FEDERAL_DISTRICTS,
  FEDERAL_DIVISIONS,
  GENERATIONS,
  PREFIXES,
  UNITED_STATES,
} from './options';
import type { RegistrantDetails, RegistrationType } from './state';

/**
 * The Account Information form (FIDELITY 1.2): required fields marked with a
 * red asterisk, Email typed twice, County only once a State is chosen, User
 * Type with FEDERAL GOVERNMENT asking Agency Code, Division and District,
 * and the User Verification box. Messages are the site's, one at a time.
 */

const required = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);
const optional = (label: string, max: number) => z.string().max(max, `${label} must be at most ${max} characters.`).default('');
const choice = (label: string, values: readonly string[]) =>
  z
    .string()
    .default('')
    .refine((value) => value === '' || values.includes(value), `Select a ${label} from the list.`);

const USER_TYPES = ['individual', 'firm', 'federal-government', 'state-government', 'commercial'] as const satisfies readonly PacerUserType[];

/** MM/DD/YYYY as the form asks, or YYYY-MM-DD as a date picker posts; the ISO date, or null. */
export function parseDateOfBirth(value: string): string | null {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = us ? [us[3], us[1], us[2]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}

const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

const accountInformationSchema = z
  .object({
    prefix: choice('Prefix', PREFIXES),
    firstName: required('First Name', 40),
    middleName: optional('Middle Name', 40),
    lastName: required('Last Name', 40),
    generation: choice('Generation', GENERATIONS),
    dateOfBirth: required('Date of Birth', 10).refine(
      (value) => parseDateOfBirth(value) !== null,
      'Date of Birth must be a valid date (MM/DD/YYYY).',
    ),
    firm: optional('Firm/Office', 80),
    unit: optional('Unit/Department', 80),
    address: required('Address 1', 80),
    room: optional('Room/Suite', 40),
    city: required('City', 40),
    state: z.string().max(2).default(''),
    county: z.string().max(40).default(''),
    zip: required('Zip/Postal Code', 10),
    country: required('Country', 60).refine((value) => (COUNTRIES as readonly string[]).includes(value), 'Select a Country from the list.'),
    primaryPhone: required('Primary Phone', 20).refine(
      (value) => value.replace(/\D/g, '').length >= 10,
      'Primary Phone must be a 10-digit phone number.',
    ),
    alternatePhone: optional('Alternate Phone', 20),
    textPhone: optional('Text Phone', 20),
    fax: optional('Fax', 20),
    email: required('Email', 80).refine((value) => EMAIL_PATTERN.test(value), 'Email is not a valid email address.'),
    confirmEmail: required('Confirm Email', 80),
    userType: z.enum(USER_TYPES, { error: 'User Type is required.' }),
    agencyCode: optional('Agency Code', 12),
    division: z.string().default(''),
    district: z.string().default(''),
  })
  .superRefine((form, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (usAddress(form.country)) {
      const counties = COUNTIES_BY_STATE[form.state];
      if (!counties) issue('state', 'State is required.');
      else if (!counties.includes(form.county)) issue('county', 'County is required.');
      if (!/^\d{5}(-?\d{4})?$/.test(form.zip)) issue('zip', 'Zip/Postal Code must be 5 digits, or 5 digits and 4.');
    }
    if (form.email.toLowerCase() !== form.confirmEmail.toLowerCase()) issue('confirmEmail', 'Email and Confirm Email do not match.');
    if (agencyAsked(form.userType)) {
      if (form.agencyCode === '') issue('agencyCode', 'Agency Code is required.');
      else if (!/^[A-Za-z0-9-]{2,12}$/.test(form.agencyCode)) issue('agencyCode', 'Agency Code may contain only letters and numbers.');
      if (!(FEDERAL_DIVISIONS as readonly string[]).includes(form.division)) issue('division', 'Division is required.');
      if (!(FEDERAL_DISTRICTS as readonly string[]).includes(form.district)) issue('district', 'District is required.');
    }
  });

/** A PACER Administrative Account is a firm's: its registration needs the Firm/Office it administers (seed 003). */
export function firmRequired(type: RegistrationType): boolean {
  return type === 'administrative';
}

/** The PACER Administrative Account form has no User Type: the account is a firm's administrative account. */
export function userTypeAsked(type: RegistrationType): boolean {
  return type !== 'administrative';
}

/** A federal government user also gives an Agency Code, a Division and a District. */
export function agencyAsked(userType: string): boolean {
  return userType === 'federal-government';
}

/** An address in the United States gives a State, a County and a 5- or 9-digit Zip Code. */
export function usAddress(country: string): boolean {
  return country === UNITED_STATES;
}

function withAdministrativeDefaults(submission: FormSubmission, type: RegistrationType): FormSubmission {
  if (userTypeAsked(type)) return submission;
  return { ...submission, fields: { ...submission.fields, userType: 'firm' } };
}

export function readAccountInformation(
  world: World,
  submission: FormSubmission,
  type: RegistrationType,
): FieldCheck<RegistrantDetails> {
  const read = readFields(accountInformationSchema, withAdministrativeDefaults(submission, type));
  if (!read.ok) return read;
  const form = read.value;
  if (firmRequired(type) && form.firm === '') return { ok: false, field: 'firm', message: 'Firm/Office is required.' };
  const dateOfBirth = parseDateOfBirth(form.dateOfBirth) ?? '';
  if (dateOfBirth >= world.clock.slice(0, 10)) {
    return { ok: false, field: 'dateOfBirth', message: 'Date of Birth must be in the past.' };
  }
  if (!ticked(submission, 'userVerification')) {
    return { ok: false, field: 'userVerification', message: 'Please complete the User Verification.' };
  }
  const federal = form.userType === 'federal-government';
  return {
    ok: true,
    value: {
      prefix: form.prefix,
      firstName: form.firstName,
      middleName: form.middleName,
      lastName: form.lastName,
      generation: form.generation,
      dateOfBirth,
      firm: form.firm,
      unit: form.unit,
      address: form.address,
      room: form.room,
      city: form.city,
      state: usAddress(form.country) ? form.state : '',
      county: usAddress(form.country) ? form.county : '',
      zip: form.zip,
      country: form.country,
      primaryPhone: form.primaryPhone,
      email: form.email,
      userType: form.userType,
      agencyCode: federal ? form.agencyCode.toUpperCase() : '',
      division: federal ? form.division : '',
      district: federal ? form.district : '',
      cjaPanel: ticked(submission, 'cjaPanel'),
    },
  };
}

/** "Dana M. Whitfield Jr.": the name PACER shows for the account. */
export function displayName(details: RegistrantDetails): string {
  return [details.firstName, details.middleName, details.lastName, details.generation].filter(Boolean).join(' ');
}

/** The postal address the activation letter is sent to, on one line. */
export function postalAddress(details: RegistrantDetails): string {
  const name = displayName(details);
  const street = [details.address, details.room].filter(Boolean).join(', ');
  const place = [details.city, [details.state, details.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [name, details.firm, street, place].filter(Boolean).join(', ');
}
