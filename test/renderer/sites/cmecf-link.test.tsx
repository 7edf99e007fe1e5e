import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { digestPassword } from '../../../shared/model/credentials';
import { MESSAGES } from '../../../shared/model/reducer';
import {
  CREDENTIALS,
  SALT,
  applyAll,
  atLinkCredentials,
  atLinkDone,
  atLinkVerify,
  lastEvent,
  linkCredentials,
  renderSite,
} from './site-harness';

const TITLE = 'Link a CM/ECF account to my PACER account';

describe('link: CM/ECF credentials', () => {
  test('asks for the current CM/ECF login and password', () => {
    const { page } = renderSite(atLinkCredentials());
    expect(page).toEqual({ kind: 'cmecf-link-credentials', courtId: 'moeb' });
    expect(screen.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    expect(screen.getByText(/Enter your current CM\/ECF login and password/)).toBeVisible();
    expect(screen.getByLabelText('CM/ECF login')).toHaveAttribute('type', 'text');
    expect(screen.getByLabelText('CM/ECF password')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Submit' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Clear' })).toBeEnabled();
  });

  test('dispatches a 64-hex digest, never the typed text, and clears the password', async () => {
    const { dispatch, user } = renderSite(atLinkCredentials());
    await user.type(screen.getByLabelText('CM/ECF login'), CREDENTIALS.ecf.login);
    await user.type(screen.getByLabelText('CM/ECF password'), CREDENTIALS.ecf.password);
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    expect(dispatch).toHaveBeenCalledTimes(1);
    const event = lastEvent(dispatch);
    if (event?.type !== 'cmecf/link-credentials-submitted') throw new Error(`unexpected ${event?.type}`);
    expect(event.courtId).toBe('moeb');
    expect(event.login).toBe('dmw4521');
    expect(event.password.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(event.password.digest).toBe(digestPassword(SALT, CREDENTIALS.ecf.password));
    expect(JSON.stringify(event)).not.toContain(CREDENTIALS.ecf.password);
    expect(screen.getByLabelText('CM/ECF password')).toHaveValue('');
    expect(screen.getByLabelText('CM/ECF login')).toHaveValue('dmw4521');
  });

  test('Clear empties both fields', async () => {
    const { user } = renderSite(atLinkCredentials());
    await user.type(screen.getByLabelText('CM/ECF login'), 'someone');
    await user.type(screen.getByLabelText('CM/ECF password'), 'something');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByLabelText('CM/ECF login')).toHaveValue('');
    expect(screen.getByLabelText('CM/ECF password')).toHaveValue('');
  });

  test('shows the error when the credentials are wrong', () => {
    renderSite(applyAll(atLinkCredentials(), [linkCredentials(CREDENTIALS.ecf.login, 'wrong-password')]));
    expect(screen.getByRole('alert')).toHaveTextContent(MESSAGES.invalidCmecfLogin);
    expect(screen.getByRole('alert')).toHaveTextContent('Invalid CM/ECF login or password.');
  });
});

describe('link: verify', () => {
  test('shows both accounts and no warning for the trainee’s own individual account', () => {
    const { page } = renderSite(atLinkVerify());
    expect(page).toEqual({ kind: 'cmecf-link-verify', courtId: 'moeb', ecfAccountId: 'whitfield-moeb' });
    const pacer = screen.getByRole('region', { name: 'PACER account' });
    const ecf = screen.getByRole('region', { name: 'CM/ECF account' });
    expect(pacer).toHaveTextContent('NameDana M. Whitfield');
    expect(pacer).toHaveTextContent('Usernamedwhitfield');
    expect(pacer).toHaveTextContent('Account number4417093');
    expect(ecf).toHaveTextContent('NameDana Whitfield');
    expect(ecf).toHaveTextContent('Logindmw4521');
    expect(screen.getByText('Do you want to link these accounts?')).toBeVisible();
    expect(screen.getByText(/cannot undo the link/)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('warns that a firm account is not an individual account', () => {
    renderSite(atLinkVerify('firm'));
    expect(screen.getByRole('region', { name: 'PACER account' })).toHaveTextContent('WHITFIELD & OKAFOR LLC');
    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent(/is a firm name/);
    expect(warning).toHaveTextContent(/individual PACER account/);
  });

  test('warns when the names do not match', () => {
    const world = atLinkVerify();
    const ecf = world.ecfAccounts['whitfield-moeb']!;
    renderSite({ ...world, ecfAccounts: { [ecf.id]: { ...ecf, name: 'Robert T. Kline' } } });
    expect(screen.getByRole('alert')).toHaveTextContent('The PACER name and the CM/ECF name do not match.');
  });

  test('Submit links, Cancel cancels', async () => {
    const { dispatch, user } = renderSite(atLinkVerify());
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(lastEvent(dispatch)).toEqual({ type: 'cmecf/link-confirmed', courtId: 'moeb' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(lastEvent(dispatch)).toEqual({ type: 'cmecf/link-cancelled', courtId: 'moeb' });
  });
});

describe('link: done', () => {
  test('confirms the link, names both accounts, mentions the e-mail and the menus', () => {
    const { page } = renderSite(atLinkDone());
    expect(page).toEqual({ kind: 'cmecf-link-done', courtId: 'moeb', ecfAccountId: 'whitfield-moeb' });
    expect(screen.getByText('Your PACER account has been linked to your CM/ECF account.')).toBeVisible();
    expect(screen.getByText('Dana M. Whitfield (dwhitfield)')).toBeVisible();
    expect(screen.getByText('Dana Whitfield (dmw4521)')).toBeVisible();
    expect(screen.getByText(/e-mail notice confirming the link has been sent/)).toBeVisible();
    expect(screen.getByText(/such as Bankruptcy and Adversary, then become available/)).toBeVisible();
  });
});
