import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { scriptedEvent } from '../../../shared/model/replay';
import { CREDENTIALS, SALT, applyAll, go, renderLiveSite, scenario, startWorld } from './site-harness';

/**
 * The first scenario's walkthrough, driven through the screens by the labels
 * its steps name: the screens must dispatch exactly the walkthrough's events.
 */
test('the cmecf-link-bankruptcy walkthrough can be followed on screen, label by label', async () => {
  const steps = scenario.walkthrough;
  const first = steps[0]!.action;
  if (first.type !== 'browser/navigated') throw new Error('the walkthrough starts at the address bar');
  const { user, events, world } = renderLiveSite(applyAll(startWorld(), [go(first.address)]));

  await user.click(screen.getByRole('link', { name: 'E-Filing (CM/ECF)' }));
  await user.click(screen.getByRole('link', { name: 'Eastern District of Missouri Filing System' }));

  await user.type(screen.getByLabelText('Username'), CREDENTIALS.pacer.username);
  await user.type(screen.getByLabelText('Password'), CREDENTIALS.pacer.password);
  await user.click(screen.getByRole('button', { name: 'Login' }));

  await user.click(screen.getByRole('checkbox', { name: /I have read this notice/ }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));

  await user.click(screen.getByRole('menuitem', { name: 'Utilities' }));
  await user.click(screen.getByRole('link', { name: 'Link a CM/ECF account to my PACER account' }));

  await user.type(screen.getByLabelText('CM/ECF login'), CREDENTIALS.ecf.login);
  await user.type(screen.getByLabelText('CM/ECF password'), CREDENTIALS.ecf.password);
  await user.click(screen.getByRole('button', { name: 'Submit' }));

  await user.click(screen.getByRole('button', { name: 'Submit' }));
  expect(screen.getByText('Your PACER account has been linked to your CM/ECF account.')).toBeVisible();

  await user.click(screen.getByRole('menuitem', { name: 'Query' }));
  expect(screen.getByRole('menuitem', { name: 'Bankruptcy' })).toBeVisible();
  expect(screen.getByRole('menuitem', { name: 'Adversary' })).toBeVisible();

  // Steps 2..10 are screen actions (step 1 is the address bar, step 11 the mailbox).
  const expected = steps.slice(1, 10).map((step) => scriptedEvent(step.action, SALT));
  expect(events).toEqual(expected);
  expect(JSON.stringify(events)).not.toContain(CREDENTIALS.pacer.password);
  expect(JSON.stringify(events)).not.toContain(CREDENTIALS.ecf.password);
  expect(world().mailbox).toHaveLength(1);
});
