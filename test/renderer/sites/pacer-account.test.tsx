import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { toSecret } from '../../../shared/model/credentials';
import { initialWorld } from '../../../shared/model/initial-world';
import { scriptedEvent } from '../../../shared/model/replay';
import type { TrainerEvent } from '../../../shared/model/events';
import type { World } from '../../../shared/model/world';
import { builtinScenario } from '../../support/scenarios';
import { applyAll, renderLiveSite, renderSite, SALT } from './site-harness';

/** Manage My Account on screen: the upgrade followed label by label, the Autobill pop-up, hostile text. */

function start(id: string): World {
  return initialWorld(builtinScenario(id), { salt: SALT, mode: 'practice' });
}

function loggedIn(id: string, username: string, password: string): World {
  return applyAll(start(id), [
    { type: 'browser/navigated', address: 'https://pacer.psc.uscourts.gov/pscof/login.jsf?form=login', via: 'link' },
    { type: 'form/submitted', form: 'pacer/account/login', button: 'login', fields: { username }, secrets: { password: toSecret(SALT, password) } },
  ]);
}

test('the pacer-upgrade-legacy walkthrough can be followed on screen, label by label', async () => {
  const scenario = builtinScenario('pacer-upgrade-legacy');
  const steps = scenario.walkthrough;
  const opening = steps.slice(0, 2).map((step) => scriptedEvent(step.action, SALT));
  const { user, events, world } = renderLiveSite(applyAll(start('pacer-upgrade-legacy'), opening));

  await user.click(screen.getByRole('link', { name: 'Log in to Manage My Account' }));
  await user.type(screen.getByLabelText('Username'), 'KH4821');
  await user.type(screen.getByLabelText('Password'), 'Riverfront2009');
  await user.click(screen.getByRole('button', { name: 'Login' }));
  expect(screen.getByText('Legacy PACER Account')).toBeVisible();

  await user.click(screen.getByRole('link', { name: 'Upgrade' }));
  await user.type(screen.getByLabelText('Date of Birth'), '07/14/1975');
  await user.selectOptions(screen.getByLabelText('User Type'), 'INDIVIDUAL');
  await user.click(screen.getByRole('button', { name: 'Next' }));

  await user.type(screen.getByLabelText('County'), 'Jackson');
  await user.click(screen.getByRole('button', { name: 'Next' }));

  await user.type(screen.getByLabelText('New Username'), 'khalvorsen');
  await user.type(screen.getByLabelText('New Password'), 'Union*Station1914');
  await user.type(screen.getByLabelText('Confirm Password'), 'Union*Station1914');
  await user.selectOptions(screen.getByLabelText('Security Question 1'), 'What was the name of your first pet?');
  await user.type(screen.getByLabelText('Answer 1'), 'Biscuit');
  await user.selectOptions(screen.getByLabelText('Security Question 2'), 'In what city were you born?');
  await user.type(screen.getByLabelText('Answer 2'), 'Duluth');
  await user.click(screen.getByRole('button', { name: 'Submit' }));
  expect(screen.getByRole('heading', { name: 'Upgrade Complete' })).toBeVisible();

  await user.click(screen.getByRole('button', { name: 'Close' }));
  expect(screen.getByText('Upgraded PACER Account')).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Logout' }));
  await user.type(screen.getByLabelText('Username'), 'khalvorsen');
  await user.type(screen.getByLabelText('Password'), 'Union*Station1914');
  await user.click(screen.getByRole('button', { name: 'Login' }));

  expect(events).toEqual(steps.slice(2).map((step) => scriptedEvent(step.action, SALT)));
  expect(JSON.stringify(events)).not.toContain('Union*Station1914');
  expect(JSON.stringify(events)).not.toContain('Riverfront2009');
  expect(world().pacerAccounts['2204817']?.kind).toBe('upgraded');
  // Like the other walkthroughs followed on screen: dozens of typed fields and three slow password digests.
}, 30_000);

test('seed 002 step 11: the Add/Update Credit Card Payment and Add/Update ACH Payment forms show their titles', () => {
  const base = loggedIn('pacer-stored-payment', 'gokonkwo', 'Ozark*Mountain88');
  for (const [detail, title] of [
    ['add-card', 'Add/Update Credit Card Payment'],
    ['add-ach', 'Add/Update ACH Payment'],
  ] as const) {
    const at = applyAll(base, [
      { type: 'browser/navigated', address: `https://pacer.psc.uscourts.gov/pscof/manage/payments/storedPayment.jsf?detail=${detail}`, via: 'link' },
    ]);
    const { unmount } = renderSite(at);
    const form = screen.getByRole('form', { name: title });
    expect(within(form).getByRole('heading', { level: 2, name: title })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Manage My Stored Payment Information' })).toBeVisible();
    unmount();
  }
});

test('Autobill PACER fees opens the acknowledgment pop-up first; its Submit posts the box', async () => {
  const at = applyAll(loggedIn('pacer-stored-payment', 'gokonkwo', 'Ozark*Mountain88'), [
    { type: 'browser/navigated', address: 'https://pacer.psc.uscourts.gov/pscof/manage/payments/storedPayment.jsf?detail=add-card', via: 'link' },
  ]);
  const { user, events } = renderLiveSite(at);
  const form = screen.getByRole('form', { name: 'Add/Update Credit Card Payment' });
  await user.selectOptions(within(form).getByLabelText('Card Type'), 'Visa');
  await user.type(within(form).getByLabelText('Card Number'), '4111111111111111');
  await user.selectOptions(within(form).getByLabelText('Expiration Month'), '11');
  await user.selectOptions(within(form).getByLabelText('Expiration Year'), '2022');
  await user.type(within(form).getByLabelText('Security Code'), '737');
  await user.click(within(form).getByRole('checkbox', { name: /Autobill PACER fees/ }));
  await user.click(within(form).getAllByRole('button', { name: 'Submit' })[0]!);
  expect(events).toHaveLength(0);

  const dialog = screen.getByRole('dialog', { name: 'PACER Search Fees Auto Billing Acknowledgment' });
  await user.click(within(dialog).getByRole('checkbox'));
  await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
  const posted = events.at(-1) as Extract<TrainerEvent, { type: 'form/submitted' }>;
  expect(posted.form).toBe('pacer/account/payments/add-card');
  expect(posted.fields).toMatchObject({ feeP: 'on', autobillAcknowledged: 'on', cardType: 'Visa' });
  expect(screen.getByRole('img', { name: 'Autobill PACER fees: checked' })).toBeVisible();
  expect(screen.getByText('Visa ending in 1111')).toBeVisible();
});

test('hostile text in a name and a stored holder name renders as text', () => {
  const hostile = '<img src=x onerror="alert(1)">';
  const world = loggedIn('pacer-stored-payment', 'gokonkwo', 'Ozark*Mountain88');
  const account = world.pacerAccounts['5120334']!;
  const withCard: World = {
    ...world,
    pacerAccounts: {
      ...world.pacerAccounts,
      '5120334': {
        ...account,
        name: hostile,
        storedPayments: [{ id: 'pm-1', method: 'card', holderName: hostile, label: 'Visa', lastFour: '1111', expires: '2022-11', feeTypes: ['E'] }],
      },
    },
  };
  const at = applyAll(withCard, [
    { type: 'browser/navigated', address: 'https://pacer.psc.uscourts.gov/pscof/manage/payments/storedPayment.jsf', via: 'link' },
  ]);
  const { container } = renderSite(at);
  expect(screen.getByText(hostile)).toBeVisible();
  expect(container.querySelector('img[src="x"]')).toBeNull();
});

test('the tabs are a tablist; a PAA has PAA Maintenance and no Maintenance', () => {
  renderSite(loggedIn('pacer-paa-firm', 'brandtokafor-paa', 'Central*Billing2018'));
  const tabs = within(screen.getByRole('tablist', { name: 'Manage My Account' })).getAllByRole('tab');
  expect(tabs.map((tab) => tab.textContent)).toEqual(['Settings', 'Payments', 'Usage', 'PAA Maintenance']);
  expect(screen.getByRole('tab', { name: 'Settings' })).toHaveAttribute('aria-selected', 'true');
  expect(screen.getByRole('tabpanel', { name: 'Settings' })).toBeVisible();
  expect(screen.getByText('Account Status')).toBeVisible();
});

test('a PAA’s quarterly invoice is itemized by member account', () => {
  const world = loggedIn('pacer-paa-firm', 'brandtokafor-paa', 'Central*Billing2018');
  const ana = world.pacerAccounts['3310452']!;
  const withMember: World = {
    ...world,
    pacerAccounts: {
      ...world.pacerAccounts,
      '3310452': {
        ...ana,
        paaAccountNumber: '6040021',
        transactions: [{ date: '2018-02-05', court: 'MOWDC', description: 'Docket Report', searchCriteria: '4:18-cv-00012', clientCode: '', pages: 400, costCents: 3000 }, { date: '2018-02-06', court: 'MOWDC', description: 'Image 3-0', searchCriteria: '', clientCode: '', pages: 30, costCents: 300 }],
      },
    },
  };
  renderSite(applyAll(withMember, [{ type: 'browser/navigated', address: 'https://pacer.psc.uscourts.gov/pscof/manage/usage/invoice.jsf', via: 'link' }]));
  expect(screen.getByRole('columnheader', { name: 'Member Account' })).toBeVisible();
  expect(screen.getAllByRole('cell', { name: 'Ana M. Rivera (3310452)' })).toHaveLength(2);
  // Usage and the amount billed: over $30 this quarter, so nothing is waived.
  expect(screen.getAllByText('$33.00')).toHaveLength(2);
});
