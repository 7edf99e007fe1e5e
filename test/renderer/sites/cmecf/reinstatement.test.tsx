import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { knownSecret } from '../../../../shared/model/credentials';
import { reinstatementOf } from '../../../../shared/model/cmecf/reinstatement/state';
import { currentPage } from '../../../../shared/model/pages';
import { scriptedEvent } from '../../../../shared/model/replay';
import { asPagePosts } from '../../../support/posted';
import { builtinScenario } from '../../../support/scenarios';
import { scenarioVariant } from '../../../support/attempt';
import { ATTORNEY, MARISOL, ReinstatingAttorney } from '../../../shared/model/cmecf/reinstatement/reinstatement-trainee';
import { renderLiveSite } from '../site-harness';

/** The reinstatement screens driven by the real model, as a trainee would use them. */

function atEvents() {
  const trainee = new ReinstatingAttorney().enterFilingSystem();
  trainee.openReinstatement();
  return trainee.world;
}

describe('the event picker (seed 002, steps 7-8)', () => {
  it('moves the chosen event into Selected Event, takes it out again, and posts only the selected one', async () => {
    const { user, events, world } = renderLiveSite(atEvents());
    const available = screen.getByRole('listbox', { name: 'Available Events' });
    const selected = screen.getByRole('listbox', { name: 'Selected Event' });
    expect(within(selected).queryAllByRole('option')).toHaveLength(0);

    await user.selectOptions(available, 'Attorney reinstatement');
    expect(within(selected).getByRole('option', { name: 'Attorney reinstatement' })).toBeTruthy();

    selected.focus();
    await user.keyboard('{Delete}');
    expect(within(selected).queryAllByRole('option')).toHaveLength(0);

    await user.selectOptions(available, 'Notice of attorney appearance');
    await user.selectOptions(available, 'Attorney reinstatement');
    expect(within(selected).getAllByRole('option').map((option) => option.textContent)).toEqual(['Attorney reinstatement']);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(events.at(-1)).toMatchObject({ type: 'form/submitted', form: 'cmecf/reinstatement/event', fields: { event: 'atty-reinstatement' } });
    expect(currentPage(world()).kind).toBe('cmecf-reinstatement-case');
  });

  it('filters Available Events as the filer types, and Next with nothing selected shows the court’s message', async () => {
    const { user, world } = renderLiveSite(atEvents());
    await user.type(screen.getByRole('searchbox', { name: 'Start typing to find an event' }), 'reinst');
    const available = screen.getByRole('listbox', { name: 'Available Events' });
    expect(within(available).getAllByRole('option').map((option) => option.textContent)).toEqual(['Attorney reinstatement']);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert').textContent).toBe('Select an event in the Available Events box.');
    expect(currentPage(world()).kind).toBe('cmecf-reinstatement-event');
  });
});

describe('Attorney Name and Attorney Bar Number (steps 11-12)', () => {
  function atAttorney() {
    const trainee = new ReinstatingAttorney().enterFilingSystem();
    trainee.openReinstatement();
    trainee.chooseEvent('atty-reinstatement');
    trainee.submit('cmecf/reinstatement/case', 'next');
    trainee.submit('cmecf/reinstatement/statement', 'next');
    return trainee.world;
  }

  it('shows the message for an over-long name and keeps the screen', async () => {
    const { user, world } = renderLiveSite(atAttorney());
    await user.type(screen.getByLabelText('Attorney Name'), 'M'.repeat(120));
    await user.type(screen.getByLabelText('Attorney Bar Number'), ATTORNEY.barNumber);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert').textContent).toBe('Attorney Name must be at most 100 characters.');
    expect(currentPage(world()).kind).toBe('cmecf-reinstatement-attorney');
  });

  it('renders hostile text in the attorney’s name as plain text through to the Notice of Electronic Filing', async () => {
    const hostile = 'Marisol <img src=x onerror="globalThis.__pwned=1"> Ferrante';
    const { user, world, unmount } = renderLiveSite(atAttorney());
    await user.type(screen.getByLabelText('Attorney Name'), hostile);
    await user.type(screen.getByLabelText('Attorney Bar Number'), ATTORNEY.barNumber);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(currentPage(world()).kind).toBe('cmecf-reinstatement-fee');
    // The rest of the filing through the model, then the final screen rendered.
    const trainee = new ReinstatingAttorney();
    trainee.world = world();
    trainee.submit('cmecf/reinstatement/fee', 'next');
    trainee.payLogin(MARISOL.username, MARISOL.password);
    trainee.chooseMethod({ method: 'new-card', cardHolder: hostile, cardNumber: '4111111111111111', expirationMonth: '09', expirationYear: '2021', billingZip: '64106' });
    trainee.submitPayment({ courtAttorneyName: hostile, email: 'mferrante@ferrante-osei.example', confirmEmail: 'mferrante@ferrante-osei.example', authorize: 'on' });
    trainee.submit('cmecf/reinstatement/returned', 'next');
    trainee.submit('cmecf/reinstatement/docket-text', 'next');
    unmount();
    const nef = renderLiveSite(trainee.world);
    expect(screen.getByRole('heading', { name: 'Notice of Electronic Filing' })).toBeTruthy();
    expect(nef.container.textContent).toContain(hostile);
    expect(nef.container.querySelector('img')).toBeNull();
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('PACER’s payment screens (steps 14-19)', () => {
  it('the payment login posts the password only as a digest', async () => {
    const trainee = new ReinstatingAttorney().reachFee();
    trainee.submit('cmecf/reinstatement/fee', 'next');
    const { user, events } = renderLiveSite(trainee.world);
    expect(screen.getByRole('heading', { name: 'Login' })).toBeTruthy();
    await user.type(screen.getByLabelText('Username'), MARISOL.username);
    await user.type(screen.getByLabelText('Password'), MARISOL.password);
    await user.click(screen.getByRole('button', { name: 'Login' }));
    expect(JSON.stringify(events)).not.toContain(MARISOL.password);
    expect(events.at(-1)).toMatchObject({ form: 'pacer/court-fee/login', secrets: { password: knownSecret(trainee.salt, MARISOL.password) } });
    expect(screen.getByRole('group', { name: 'Select a Payment Method' })).toBeTruthy();
  });

  it('offers the stored payment methods of Manage My Account, the admissions default chosen', async () => {
    const scenario = scenarioVariant('cmecf-attorney-reinstatement', (raw) => {
      const account = raw.world.pacerAccounts[0] as Record<string, unknown>;
      account.storedPayments = [
        { id: 'visa-4242', method: 'card', holderName: 'Marisol K. Ferrante', label: 'Visa', lastFour: '4242', expires: '2020-12', feeTypes: ['A'] },
      ];
    });
    const trainee = new ReinstatingAttorney(scenario).reachFee();
    trainee.submit('cmecf/reinstatement/fee', 'next');
    trainee.payLogin(MARISOL.username, MARISOL.password);
    const { user, world } = renderLiveSite(trainee.world);
    const group = screen.getByRole('group', { name: 'Select a Payment Method' });
    const stored = within(group).getByRole('radio', { name: /Visa ending in 4242/ }) as HTMLInputElement;
    expect(stored.checked).toBe(true);
    expect((within(group).getByRole('radio', { name: 'New credit card' }) as HTMLInputElement).checked).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(currentPage(world()).kind).toBe('pacer-fee-review');
    expect(screen.getByText('Visa ending in 4242')).toBeTruthy();
  });

  it('a double click on Submit charges the fee once', async () => {
    const trainee = new ReinstatingAttorney().reachPaymentReview();
    const { user, world } = renderLiveSite(trainee.world);
    await user.type(screen.getByLabelText('Confirm Email Address'), 'mferrante@ferrante-osei.example');
    await user.click(screen.getByRole('checkbox', { name: /authorize this payment/ }));
    await user.dblClick(screen.getByRole('button', { name: 'Submit' }));
    expect(reinstatementOf(world()).payments).toHaveLength(1);
    expect(currentPage(world()).kind).toBe('cmecf-reinstatement-returned');
    expect(screen.getByText('Your payment has been received.')).toBeTruthy();
  });
});

describe('the walkthrough on screen', () => {
  // Sixteen screens typed into one by one: slower than the others when the machine is busy.
  it('steps 6-21 followed label by label dispatch exactly the walkthrough’s events', async () => {
    const trainee = new ReinstatingAttorney().enterFilingSystem();
    const { user, events } = renderLiveSite(trainee.world);
    const next = () => user.click(screen.getByRole('button', { name: 'Next' }));

    await user.click(screen.getByRole('menuitem', { name: 'Attorney Reinstatement' }));
    await user.selectOptions(screen.getByRole('listbox', { name: 'Available Events' }), 'Attorney reinstatement');
    await next();
    await next();
    await next();
    await user.type(screen.getByLabelText('Attorney Name'), ATTORNEY.name);
    await user.type(screen.getByLabelText('Attorney Bar Number'), ATTORNEY.barNumber);
    await next();
    await next();
    await user.type(screen.getByLabelText('Username'), MARISOL.username);
    await user.type(screen.getByLabelText('Password'), MARISOL.password);
    await user.click(screen.getByRole('button', { name: 'Login' }));
    await user.click(screen.getByRole('radio', { name: 'New credit card' }));
    await user.type(screen.getByLabelText('Name on Card'), 'Marisol K. Ferrante');
    await user.type(screen.getByLabelText('Card Number'), '4111 1111 1111 1111');
    await user.selectOptions(screen.getByLabelText('Expiration Month'), '09');
    await user.selectOptions(screen.getByLabelText('Expiration Year'), '2021');
    await user.type(screen.getByLabelText('Security Code'), '737');
    await user.type(screen.getByLabelText('Billing ZIP Code'), '64106');
    await next();
    await user.type(screen.getByLabelText('Confirm Email Address'), 'mferrante@ferrante-osei.example');
    await user.click(screen.getByRole('checkbox', { name: /authorize this payment/ }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await next();
    await next();
    expect(screen.getByRole('heading', { name: 'Notice of Electronic Filing' })).toBeTruthy();

    const walkthrough = builtinScenario('cmecf-attorney-reinstatement').walkthrough;
    const first = walkthrough.findIndex((step) => step.caption.startsWith('Step 6.'));
    const last = walkthrough.findIndex((step) => step.caption.startsWith('Step 21.'));
    expect(events).toEqual(walkthrough.slice(first, last + 1).map((step) => asPagePosts(scriptedEvent(step.action, trainee.salt))));
  }, 30_000);
});
