import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { initialWorld } from '../../../../shared/model/initial-world';
import { scriptedEvent } from '../../../../shared/model/replay';
import { asPagePosts } from '../../../support/posted';
import { builtinScenario } from '../../../support/scenarios';
import { applyAll, renderLiveSite } from '../site-harness';

/**
 * pacer-register-individual's walkthrough, followed on the screens by the
 * labels its captions name (seed 002, steps 2-16): the screens must
 * dispatch exactly the walkthrough's events, so Watch mode shows what a
 * trainee really does.
 */
test('the pacer-register-individual walkthrough can be followed on screen, label by label', async () => {
  const scenario = builtinScenario('pacer-register-individual');
  const salt = 'component-salt-03';
  const { user, events, world } = renderLiveSite(
    applyAll(initialWorld(scenario, { salt, mode: 'practice' }), [{ type: 'browser/navigated', address: 'www.pacer.gov', via: 'address-bar' }]),
  );
  const select = (label: string, option: string) => user.selectOptions(screen.getByLabelText(label), option);

  await user.click(screen.getByRole('link', { name: 'Register for an Account' }));
  await user.click(screen.getByRole('link', { name: 'PACER – Case Search Only' }));
  await user.click(screen.getByRole('link', { name: 'Register for a PACER Account' }));

  await select('Prefix', 'Ms.');
  await user.type(screen.getByLabelText('First Name'), 'Priya');
  await user.type(screen.getByLabelText('Middle Name'), 'N.');
  await user.type(screen.getByLabelText('Last Name'), 'Raman');
  await user.type(screen.getByLabelText('Date of Birth'), '04/17/1988');
  await user.type(screen.getByLabelText('Firm/Office'), 'Raman Ostby LLP');
  await user.type(screen.getByLabelText('Address 1'), '1100 Main Street');
  await user.type(screen.getByLabelText('Room/Suite'), 'Suite 2400');
  await user.type(screen.getByLabelText('City'), 'Kansas City');
  await select('State', 'Missouri');
  await select('County', 'Jackson');
  await user.type(screen.getByLabelText('Zip/Postal Code'), '64105');
  await user.type(screen.getByLabelText('Primary Phone'), '816-555-0142');
  await user.type(screen.getByLabelText('Email'), 'praman@raman-ostby.example');
  await user.type(screen.getByLabelText('Confirm Email'), 'praman@raman-ostby.example');
  await select('User Type', 'INDIVIDUAL');
  await user.click(screen.getByRole('checkbox', { name: 'I am not a robot' }));
  await user.click(screen.getByRole('button', { name: 'Next' }));

  const token = world().mailbox[0]?.fields.find((field) => field.label === 'Security Code')?.value ?? '';
  await user.type(screen.getByLabelText('Validation Token'), token);
  await user.click(screen.getByRole('button', { name: 'Next' }));

  await user.type(screen.getByLabelText('Username'), 'praman.kc');
  await user.type(screen.getByLabelText('Password'), 'Union*Station88');
  await user.type(screen.getByLabelText('Confirm Password'), 'Union*Station88');
  await select('Security Question 1', 'What is the name of your first pet?');
  await user.type(screen.getByLabelText('Answer 1'), 'Biscuit');
  await select('Security Question 2', 'In what city were you born?');
  await user.type(screen.getByLabelText('Answer 2'), 'Wichita');
  await user.click(screen.getByRole('button', { name: 'Next' }));

  await select('Card Type', 'Visa');
  await user.type(screen.getByLabelText('Card Number'), '4111 1111 1111 1111');
  await select('Expiration Month', '12');
  await select('Expiration Year', '2022');
  await user.type(screen.getByLabelText('Name on Card'), 'Priya N. Raman');
  await user.click(screen.getByRole('checkbox', { name: /I authorize the PACER Service Center/ }));
  await user.click(screen.getByRole('button', { name: 'Next' }));

  await user.click(screen.getByRole('checkbox', { name: /I have read and acknowledge/ }));
  await user.click(screen.getByRole('button', { name: 'Submit' }));
  expect(screen.getByRole('heading', { level: 1, name: 'Thank you for registering with the PACER Service Center' })).toBeVisible();

  // Steps 2-16 minus the mailbox step: every screen action of the walkthrough, in order.
  const expected = scenario.walkthrough
    .slice(1)
    .filter((step) => step.action.type !== 'mail/opened')
    .map((step) => asPagePosts(scriptedEvent(step.action, salt)));
  expect(events).toEqual(expected);
  expect(JSON.stringify(events)).not.toContain('Union*Station88');
}, 60_000);
