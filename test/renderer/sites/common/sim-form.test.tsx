import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { toSecret } from '../../../../shared/model/credentials';
import { maskCardNumber } from '../../../../shared/model/sensitive-numbers';
import type { TrainerEvent } from '../../../../shared/model/events';
import { SimForm } from '../../../../renderer/sites/common/SimForm';

const SALT = 'component-salt-01';

function renderForm() {
  const dispatch = vi.fn<(event: TrainerEvent) => void>();
  render(
    <SimForm form="pacer/register/credentials" salt={SALT} dispatch={dispatch} aria-label="Credentials">
      <label htmlFor="username">Username</label>
      <input id="username" name="username" />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" />
      <label htmlFor="policy">I agree</label>
      <input id="policy" name="policy" type="checkbox" />
      <label htmlFor="card-yes">Add a card</label>
      <input id="card-yes" name="card" type="radio" value="yes" />
      <label htmlFor="card-no">No card</label>
      <input id="card-no" name="card" type="radio" value="no" />
      <label htmlFor="state">State</label>
      <select id="state" name="state" defaultValue="MO">
        <option value="">Select</option>
        <option value="MO">Missouri</option>
      </select>
      <button type="submit" name="button" value="back">
        Back
      </button>
      <button type="submit" name="button" value="next">
        Next
      </button>
    </SimForm>,
  );
  return { dispatch, user: userEvent.setup() };
}

describe('SimForm: a simulated page posting its form', () => {
  test('posts every named field once, with the pressed button, as one form/submitted event', async () => {
    const { dispatch, user } = renderForm();
    await user.type(screen.getByRole('textbox', { name: 'Username' }), 'dwhitfield');
    await user.click(screen.getByRole('checkbox', { name: 'I agree' }));
    await user.click(screen.getByRole('radio', { name: 'No card' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(dispatch.mock.calls[0]?.[0]).toMatchObject({
      type: 'form/submitted',
      form: 'pacer/register/credentials',
      button: 'next',
      fields: { username: 'dwhitfield', policy: 'on', card: 'no', state: 'MO' },
    });
  });

  test('an unticked box and an unchosen radio are not posted at all, as a browser would not', async () => {
    const { dispatch, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    const event = dispatch.mock.calls[0]?.[0];
    expect(event).toMatchObject({ button: 'back' });
    expect(event && 'fields' in event ? Object.keys(event.fields).sort() : null).toEqual(['state', 'username']);
  });

  test('a typed password leaves only as a salted digest and the field is wiped', async () => {
    const { dispatch, user } = renderForm();
    const password = screen.getByLabelText('Password');
    await user.type(password, 'Gateway#Arch19');
    await user.type(screen.getByRole('textbox', { name: 'Username' }), 'dwhitfield');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const event = dispatch.mock.calls[0]?.[0];
    expect(event && 'secrets' in event ? event.secrets : null).toEqual({ password: toSecret(SALT, 'Gateway#Arch19') });
    expect(JSON.stringify(event)).not.toContain('Gateway#Arch19');
    expect(password).toHaveValue('');
  });
});

test('a card number is posted as a stand-in with the same last four, never as typed', async () => {
  const dispatch = vi.fn<(event: TrainerEvent) => void>();
  render(
    <SimForm form="pacer/payments/add-card" salt={SALT} dispatch={dispatch} aria-label="Card">
      <label htmlFor="card">Card Number</label>
      <input id="card" name="cardNumber" data-mask="card-number" />
      <button type="submit" name="button" value="save">
        Save
      </button>
    </SimForm>,
  );
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Card Number' }), '4012 8888 8888 1881');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  const event = dispatch.mock.calls[0]?.[0];
  const posted = event && 'fields' in event ? event.fields.cardNumber : undefined;
  // Visa, 16 digits, ending 1881, passing the Luhn check: nothing else of the typed number.
  expect(posted).toMatch(/^40{10}\d1881$/);
  expect(posted).toBe(maskCardNumber('4012 8888 8888 1881'));
  expect(JSON.stringify(event)).not.toContain('4012888888881881');
});
