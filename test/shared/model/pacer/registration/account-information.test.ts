import { describe, expect, it } from 'vitest';
import { agencyAsked, firmRequired, usAddress, userTypeAsked } from '../../../../../shared/model/pacer/registration/account-information';
import { UNITED_STATES } from '../../../../../shared/model/pacer/registration/options';
import { REGISTRATION_TYPES } from '../../../../../shared/model/pacer/registration/state';
import { PRIYA_FIELDS, atAccountForm } from './support';

/** Account Information (seed 002 step 5; FIDELITY 1.2): every required field, and the site's messages one at a time. */

const FORM = 'pacer/register/account-information';

function without(name: string, value = ''): Record<string, string> {
  return { ...PRIYA_FIELDS, [name]: value };
}

describe('the Account Information form refuses what the real form refuses, and stays put', () => {
  it.each([
    ['firstName', 'First Name is required.'],
    ['lastName', 'Last Name is required.'],
    ['dateOfBirth', 'Date of Birth is required.'],
    ['address', 'Address 1 is required.'],
    ['city', 'City is required.'],
    ['zip', 'Zip/Postal Code is required.'],
    ['primaryPhone', 'Primary Phone is required.'],
    ['email', 'Email is required.'],
    ['confirmEmail', 'Confirm Email is required.'],
    ['userType', 'User Type is required.'],
    ['state', 'State is required.'],
    ['county', 'County is required.'],
  ])('an empty %s: "%s"', (name, message) => {
    const attempt = atAccountForm();
    expect(attempt.submit(FORM, 'next', without(name))).toEqual({ status: 'refused', mistake: null, message });
    expect(attempt.page.kind).toBe('pacer-registration-account');
    expect(attempt.world.mailbox).toEqual([]);
  });

  it('a missing field (not posted at all) is as required as an empty one', () => {
    const attempt = atAccountForm();
    const { firstName: _omitted, ...rest } = PRIYA_FIELDS;
    expect(attempt.submit(FORM, 'next', rest).message).toBe('First Name is required.');
  });

  it('Email and Confirm Email must match', () => {
    const attempt = atAccountForm();
    expect(attempt.submit(FORM, 'next', without('confirmEmail', 'praman@raman-ostby.exampel')).message).toBe('Email and Confirm Email do not match.');
  });

  it('a date of birth must be a real date, in the past', () => {
    expect(atAccountForm().submit(FORM, 'next', without('dateOfBirth', '02/30/1988')).message).toBe('Date of Birth must be a valid date (MM/DD/YYYY).');
    expect(atAccountForm().submit(FORM, 'next', without('dateOfBirth', 'April 17')).message).toBe('Date of Birth must be a valid date (MM/DD/YYYY).');
    expect(atAccountForm().submit(FORM, 'next', without('dateOfBirth', '01/01/2030')).message).toBe('Date of Birth must be in the past.');
  });

  it('the County must be one of the chosen State\u2019s counties', () => {
    expect(atAccountForm().submit(FORM, 'next', { ...PRIYA_FIELDS, state: 'KS', county: 'Jackson' }).message).toBe('County is required.');
  });

  it('an e-mail address must look like one, a phone number must have ten digits, a zip five', () => {
    expect(atAccountForm().submit(FORM, 'next', { ...PRIYA_FIELDS, email: 'praman', confirmEmail: 'praman' }).message).toBe('Email is not a valid email address.');
    expect(atAccountForm().submit(FORM, 'next', without('primaryPhone', '555-0142')).message).toBe('Primary Phone must be a 10-digit phone number.');
    expect(atAccountForm().submit(FORM, 'next', without('zip', '641')).message).toBe('Zip/Postal Code must be 5 digits, or 5 digits and 4.');
  });

  it('over-long text is refused with the field named', () => {
    expect(atAccountForm().submit(FORM, 'next', without('firstName', 'P'.repeat(41))).message).toBe('First Name must be at most 40 characters.');
  });

  it('User Verification must be completed', () => {
    const { userVerification: _unticked, ...rest } = PRIYA_FIELDS;
    expect(atAccountForm().submit(FORM, 'next', rest).message).toBe('Please complete the User Verification.');
  });

  it('FEDERAL GOVERNMENT asks for the Agency Code, then a Division, then a District', () => {
    const federal = { ...PRIYA_FIELDS, userType: 'federal-government' };
    expect(atAccountForm().submit(FORM, 'next', federal).message).toBe('Agency Code is required.');
    expect(atAccountForm().submit(FORM, 'next', { ...federal, agencyCode: 'USAMOW' }).message).toBe('Division is required.');
    expect(
      atAccountForm().submit(FORM, 'next', { ...federal, agencyCode: 'USAMOW', division: 'Department of Justice - U.S. Attorney' }).message,
    ).toBe('District is required.');
    expect(atAccountForm().submit(FORM, 'next', { ...federal, agencyCode: '<b>', division: 'Judiciary', district: 'Kansas' }).message).toBe(
      'Agency Code may contain only letters and numbers.',
    );
  });

  it('outside the United States no State or County is asked', () => {
    const attempt = atAccountForm();
    const outcome = attempt.submit(FORM, 'next', { ...PRIYA_FIELDS, country: 'Canada', state: '', county: '', zip: 'M5V 2T6' });
    expect(outcome.status).toBe('accepted');
  });

  it('a PACER Administrative Account needs the Firm/Office it administers', () => {
    const attempt = atAccountForm(undefined, 'https://pacer.psc.uscourts.gov/pscof/registration/account.jsf?type=administrative');
    const { userType: _none, ...rest } = PRIYA_FIELDS;
    expect(attempt.submit(FORM, 'next', { ...rest, registrationType: 'administrative', firm: '' }).message).toBe('Firm/Office is required.');
  });

  it('the form posted from any other page is refused, as a stale page\u2019s form would be', () => {
    const attempt = atAccountForm();
    attempt.goTo('https://pacer.uscourts.gov/', 'link');
    expect(attempt.submit(FORM, 'next', PRIYA_FIELDS)).toEqual({ status: 'refused', mistake: null, message: 'That action is not available on this page.' });
  });

  it('hostile text is kept as plain text in the registration (the screens render it inert)', () => {
    const attempt = atAccountForm();
    const outcome = attempt.submit(FORM, 'next', without('unit', '<img src=x onerror=alert(1)>'));
    expect(outcome.status).toBe('accepted');
    expect(attempt.world.registration?.draft?.details.unit).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('what the Account Information form asks of each registration', () => {
  it('needs the Firm/Office and asks no User Type on a PACER Administrative Account registration only', () => {
    expect(REGISTRATION_TYPES.filter(firmRequired)).toEqual(['administrative']);
    expect(REGISTRATION_TYPES.filter((type) => !userTypeAsked(type))).toEqual(['administrative']);
  });

  it('asks a federal government user for the agency, and an address in the United States for State and County', () => {
    expect(agencyAsked('federal-government')).toBe(true);
    expect(agencyAsked('individual')).toBe(false);
    expect(usAddress(UNITED_STATES)).toBe(true);
    expect(usAddress('Canada')).toBe(false);
  });
});
