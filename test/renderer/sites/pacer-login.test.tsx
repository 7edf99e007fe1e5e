import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { digestPassword } from '../../../shared/model/credentials';
import { MESSAGES } from '../../../shared/model/reducer';
import { SALT, applyAll, go, lastEvent, pacerLogin, renderLiveSite, renderSite, startWorld } from './site-harness';

function atLogin() {
  return applyAll(startWorld(), [go('https://ecf.moeb.uscourts.gov/')]);
}

describe('PACER login', () => {
  test('shows the central sign-on form with the court help pages’ labels', () => {
    const { page } = renderSite(atLogin());
    expect(page).toEqual({ kind: 'pacer-login', courtId: 'moeb' });
    expect(screen.getByRole('heading', { level: 1, name: 'Login' })).toBeVisible();
    expect(screen.getByLabelText('Username')).toHaveAttribute('type', 'text');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText('Client Code')).toHaveAccessibleDescription('Optional');
    expect(screen.getByRole('button', { name: 'Login' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Clear' })).toBeEnabled();
    expect(screen.getByRole('link', { name: 'Forgot Your Password?' })).toHaveAccessibleDescription('(outside this scenario)');
    expect(screen.getByRole('link', { name: 'Forgot Username?' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('submits a salted digest, never the typed password, and clears the password field', async () => {
    const { dispatch, user } = renderSite(atLogin());
    await user.type(screen.getByLabelText('Username'), 'dwhitfield');
    await user.type(screen.getByLabelText('Password'), 'Gateway#Arch19');
    await user.type(screen.getByLabelText('Client Code'), 'whitfield');
    await user.click(screen.getByRole('button', { name: 'Login' }));

    expect(dispatch).toHaveBeenCalledTimes(1);
    const event = lastEvent(dispatch);
    expect(event).toEqual({
      type: 'pacer/login-submitted',
      username: 'dwhitfield',
      password: { digest: digestPassword(SALT, 'Gateway#Arch19'), lengthAtLeast: 14, characterClasses: true, securityCodeShape: false },
      clientCode: 'whitfield',
    });
    expect(event?.type === 'pacer/login-submitted' && event.password.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(event)).not.toContain('Gateway#Arch19');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Username')).toHaveValue('dwhitfield');
  });

  test('pressing Enter in the password field submits too', async () => {
    const { dispatch, user } = renderSite(atLogin());
    await user.type(screen.getByLabelText('Username'), 'dwhitfield');
    await user.type(screen.getByLabelText('Password'), 'Gateway#Arch19{Enter}');
    expect(lastEvent(dispatch)?.type).toBe('pacer/login-submitted');
  });

  test('Clear empties every field', async () => {
    const { dispatch, user } = renderSite(atLogin());
    await user.type(screen.getByLabelText('Username'), 'dwhitfield');
    await user.type(screen.getByLabelText('Password'), 'secret-text');
    await user.type(screen.getByLabelText('Client Code'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    for (const label of ['Username', 'Password', 'Client Code']) expect(screen.getByLabelText(label)).toHaveValue('');
    expect(dispatch).not.toHaveBeenCalled();
  });

  test('shows the model’s error notice above the form', () => {
    renderSite(applyAll(atLogin(), [pacerLogin('dwhitfield', 'not-the-password')]));
    expect(screen.getByRole('alert')).toHaveTextContent('Invalid username or password.');
    expect(MESSAGES.invalidLogin).toBe('Invalid username or password.');
  });

  test('a wrong login then the right one, driven by the real reducer', async () => {
    const { user, world } = renderLiveSite(atLogin());
    await user.type(screen.getByLabelText('Username'), 'dwhitfield');
    await user.type(screen.getByLabelText('Password'), 'Gateway#Arch18');
    await user.click(screen.getByRole('button', { name: 'Login' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Invalid username or password.');
    expect(screen.getByLabelText('Password')).toHaveValue('');

    await user.type(screen.getByLabelText('Password'), 'Gateway#Arch19');
    await user.click(screen.getByRole('button', { name: 'Login' }));
    expect(screen.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' })).toBeVisible();
    expect(world().session.signedInAccount).toBe('4417093');
  });
});

describe('PACER pages after sign-on', () => {
  test('signed in without a court: names the account and points to a court’s filing system', () => {
    const world = applyAll(startWorld(), [
      go('pacer.login.uscourts.gov/csologin/login.jsf'),
      pacerLogin('dwhitfield', 'Gateway#Arch19'),
    ]);
    const { page } = renderSite(world);
    expect(page.kind).toBe('pacer-signed-in');
    expect(screen.getByText('You are logged in to PACER as Dana M. Whitfield.')).toBeVisible();
    expect(screen.getByText(/filing system of the court/)).toBeVisible();
  });

  test('logged out', () => {
    const { page } = renderSite(applyAll(startWorld(), [go('https://pacer.login.uscourts.gov/csologin/logout.jsf')]));
    expect(page.kind).toBe('pacer-logged-out');
    expect(screen.getByText('You have been logged out.')).toBeVisible();
  });
});
