import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { initialWorld } from '../../../../shared/model/initial-world';
import type { World } from '../../../../shared/model/world';
import { builtinScenario } from '../../../support/scenarios';
import { applyAll, go, renderLiveSite, SALT } from '../site-harness';

/**
 * "Forgot Your Password" on the W.D. Mo. CurrentGen login before the go-live
 * (seed 003), driven by the real reducer: the link, the login, the reset page,
 * and passwords that leave the page only as salted digests.
 */

function atLoginPage(): World {
  const world = initialWorld(builtinScenario('cmecf-currentgen-forgot-password'), { salt: SALT, mode: 'practice' });
  return applyAll(world, [go('https://ecf.mow.uscourts.gov')]);
}

describe('Forgot Your Password on a CurrentGen login page', () => {
  test('the link opens the court’s page, which asks for the login and sends the e-mail', async () => {
    const { user, world } = renderLiveSite(atLoginPage());
    await user.click(screen.getByRole('link', { name: 'Forgot Your Password?' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Forgot Your Password' })).toBeVisible();
    expect(screen.getByRole('form', { name: 'Forgot Your Password' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Login is required.');
    await user.type(screen.getByLabelText('Login'), 'th5127');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByRole('heading', { level: 1, name: 'CM/ECF Login' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('A link to reset your password has been sent to the primary e-mail address of this login.');
    expect(world().mailbox.map((mail) => mail.template)).toEqual(['cmecf-password-reset']);
  });

  test('the reset page posts the new password only as a digest, then the login page says it changed', async () => {
    const requested = applyAll(atLoginPage(), [
      go('https://ecf.mow.uscourts.gov/cgi-bin/ForgotPassword.pl'),
      { type: 'form/submitted', form: 'cmecf/forgot-password', button: 'submit', fields: { login: 'th5127' }, secrets: {} },
      go('https://ecf.mow.uscourts.gov/cgi-bin/ResetPassword.pl?request=61480'),
    ]);
    const { user, events } = renderLiveSite(requested);
    expect(screen.getByRole('heading', { level: 1, name: 'Reset Your Password' })).toBeVisible();
    expect(screen.getByLabelText('New Password')).toHaveAccessibleDescription(/at least eight characters long/);
    await user.type(screen.getByLabelText('New Password'), 'Union#Station1914');
    await user.type(screen.getByLabelText('Confirm Password'), 'Union#Station1914');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByRole('status')).toHaveTextContent('Your password has been changed.');
    expect(JSON.stringify(events)).not.toContain('Union#Station1914');
  });

  test('a used or unknown link shows no form', () => {
    renderLiveSite(applyAll(atLoginPage(), [go('https://ecf.mow.uscourts.gov/cgi-bin/ResetPassword.pl?request=1')]));
    expect(screen.getByRole('alert')).toHaveTextContent('This password reset link is not valid');
    expect(screen.queryByLabelText('New Password')).toBeNull();
  });
});
