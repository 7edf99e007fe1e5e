import { describe, expect, it } from 'vitest';
import { accountState } from '../../../../../shared/model/pacer/account/state';
import { ADDRESS, GRACE, MmaDesk } from './support';

function at(option: Parameters<MmaDesk['openOption']>[0]) {
  const desk = MmaDesk.of('pacer-stored-payment');
  desk.loginAt(GRACE.username, GRACE.password);
  desk.openOption(option);
  return desk;
}

const account = (desk: MmaDesk) => desk.world.pacerAccounts[GRACE.accountNumber]!;

describe('Settings and Maintenance options of an upgraded account', () => {
  it('Change Password needs the current password and a matching new one', () => {
    const desk = at('change-password');
    const change = (current: string, next: string, confirm = next) =>
      desk.submit('pacer/account/settings/change-password', 'submit', {}, { currentPassword: current, newPassword: next, confirmPassword: confirm });
    expect(change('', 'New*Password2019').message).toBe('Current Password is required.');
    expect(change('Wrong*Password1', 'New*Password2019').message).toBe('The Current Password is not correct.');
    expect(change(GRACE.password, 'New*Password2019', 'New*Password2018').message).toBe('Passwords do not match.');
    expect(change(GRACE.password, GRACE.password).message).toBe('The new password must be different from your current password.');
    expect(change(GRACE.password, 'New*Password2019')).toEqual({ status: 'accepted', mistake: null, message: 'Your password has been changed.' });
    expect(accountState(desk.world).passwordChanges).toHaveLength(1);
    desk.submit('pacer/account/logout', 'logout');
    expect(desk.loginAt(GRACE.username, 'New*Password2019').status).toBe('accepted');
  });

  it('Change Username retires the old username', () => {
    const desk = at('change-username');
    expect(desk.submit('pacer/account/settings/change-username', 'submit', { newUsername: 'gokonkwo' }).message).toBe(
      'The new username must be different from your current username.',
    );
    expect(desk.submit('pacer/account/settings/change-username', 'submit', { newUsername: 'x'.repeat(65) }).message).toBe(
      'Username must be at most 64 characters.',
    );
    desk.submit('pacer/account/settings/change-username', 'submit', { newUsername: 'grace.okonkwo' });
    expect(account(desk)).toMatchObject({ username: 'grace.okonkwo', retiredUsernames: ['gokonkwo'] });
  });

  it('Update PACER Billing Email needs matching addresses', () => {
    const desk = at('billing-email');
    expect(desk.submit('pacer/account/settings/billing-email', 'submit', { email: 'a@b.example', confirmEmail: 'c@b.example' }).message).toBe(
      'Email addresses do not match.',
    );
    expect(desk.submit('pacer/account/settings/billing-email', 'submit', { email: 'bad', confirmEmail: 'bad' }).message).toBe(
      'Billing Email must be a valid email address.',
    );
    desk.submit('pacer/account/settings/billing-email', 'submit', { email: 'billing@okonkwo-law.example', confirmEmail: 'BILLING@okonkwo-law.example' });
    expect(account(desk).email).toBe('billing@okonkwo-law.example');
  });

  it('Set Security Information keeps two different questions, answers as digests', () => {
    const desk = at('security-information');
    const fields = { question1: 'In what city were you born?', answer1: 'Joplin', question2: 'In what city were you born?', answer2: 'Joplin' };
    expect(desk.submit('pacer/account/settings/security-information', 'submit', fields).message).toBe('Choose two different security questions.');
    desk.submit('pacer/account/settings/security-information', 'submit', { ...fields, question2: 'What was the make of your first car?', answer2: 'Ford' });
    expect(accountState(desk.world).securityAnswers[GRACE.accountNumber]!.map((answer) => answer.question)).toEqual([
      'In what city were you born?',
      'What was the make of your first car?',
    ]);
    expect(JSON.stringify(desk.world)).not.toContain('Joplin');
  });

  it('Update Personal Information changes the name PACER shows (and tells where it goes)', () => {
    const desk = at('personal');
    expect(desk.submit('pacer/account/maintenance/personal', 'submit', { firstName: '', lastName: 'Okonkwo' }).message).toBe('First Name is required.');
    const outcome = desk.submit('pacer/account/maintenance/personal', 'submit', { firstName: 'Grace', middleName: 'Adaeze', lastName: 'Okonkwo-Reyes', suffix: '' });
    expect(outcome.message).toMatch(/allow up to 10 days/);
    expect(account(desk).name).toBe('Grace Adaeze Okonkwo-Reyes');
  });

  it('Update Address Information validates and saves the address rows', () => {
    const desk = at('address');
    expect(desk.submit('pacer/account/maintenance/address', 'submit', { ...ADDRESS, city: '' }).message).toBe('City is required.');
    expect(desk.submit('pacer/account/maintenance/address', 'submit', { ...ADDRESS, room: 'r'.repeat(61) }).message).toBe('Room/Suite must be at most 60 characters.');
    desk.submit('pacer/account/maintenance/address', 'submit', { ...ADDRESS, firm: '<b>Okonkwo</b> Law' });
    expect(account(desk).address).toMatchObject({ city: 'Kansas City', county: 'Jackson', firm: '<b>Okonkwo</b> Law' });
  });

  it('Update E-Filer Email Noticing and Frequency checks the addresses and the 255-character limit', () => {
    const desk = at('efiler-email');
    const base = { primaryEmail: 'grace@okonkwo-law.example', confirmPrimaryEmail: 'grace@okonkwo-law.example', frequency: 'daily-summary', format: 'html' };
    expect(desk.submit('pacer/account/maintenance/efiler-email', 'submit', { ...base, confirmPrimaryEmail: 'x@y.example' }).message).toBe(
      'Primary E-Filing Email addresses do not match.',
    );
    expect(desk.submit('pacer/account/maintenance/efiler-email', 'submit', { ...base, secondaryEmails: 'ok@x.example, not-an-email' }).message).toBe(
      'Secondary Emails must be email addresses separated by commas.',
    );
    expect(desk.submit('pacer/account/maintenance/efiler-email', 'submit', { ...base, secondaryEmails: `${'a'.repeat(250)}@x.example` }).message).toBe(
      'Secondary Emails must be at most 255 characters.',
    );
    desk.submit('pacer/account/maintenance/efiler-email', 'submit', { ...base, secondaryEmails: 'para@okonkwo-law.example; clerk@okonkwo-law.example' });
    expect(accountState(desk.world).efilerNoticing[GRACE.accountNumber]).toEqual({
      primaryEmail: 'grace@okonkwo-law.example',
      secondaryEmails: 'para@okonkwo-law.example, clerk@okonkwo-law.example',
      frequency: 'daily-summary',
      format: 'html',
    });
  });

  it('Cancel leaves the account as it was', () => {
    const desk = at('address');
    const before = account(desk);
    desk.submit('pacer/account/maintenance/address', 'cancel', {});
    expect(desk.kind).toBe('mma-home');
    expect(account(desk)).toEqual(before);
  });

  it('refuses a form posted from another option’s page', () => {
    const desk = at('address');
    expect(desk.submit('pacer/account/settings/change-username', 'submit', { newUsername: 'grace.okonkwo' }).status).toBe('refused');
  });
});
