import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, test, vi, type Mock } from 'vitest';
import { SimForm } from '../../../../renderer/sites/common/SimForm';
import { CheckboxField, DetailRows, Fieldset, RadioGroup, SelectField, StepButtons, TextField, toOptions } from '../../../../renderer/sites/pacer-site/fields';
import type { TrainerEvent } from '../../../../shared/model/events';
import { maskBankAccountNumber, maskCardNumber } from '../../../../shared/model/sensitive-numbers';

const SALT = 'component-salt-01';

function inForm(children: ReactNode) {
  const dispatch = vi.fn<(event: TrainerEvent) => void>();
  render(
    <SimForm form="pacer/account/payments/add-card" salt={SALT} dispatch={dispatch} aria-label="Form">
      {children}
      <StepButtons forward="Submit" back={false} />
    </SimForm>,
  );
  return { dispatch, user: userEvent.setup() };
}

function postedFields(dispatch: Mock<(event: TrainerEvent) => void>): Record<string, string> {
  const event = dispatch.mock.calls.at(-1)?.[0];
  if (event?.type !== 'form/submitted') throw new Error('no form was posted');
  return event.fields;
}

describe('TextField', () => {
  test('is named by its label alone: the required asterisk is shown but not read', () => {
    render(<TextField label="Last Name" name="lastName" required />);
    const field = screen.getByRole('textbox', { name: 'Last Name' });
    expect(field).toHaveAttribute('aria-required', 'true');
    expect(screen.getByText('*')).toHaveAttribute('aria-hidden', 'true');
  });

  test('an optional field has no asterisk and is not marked required', () => {
    render(<TextField label="Middle Name" name="middleName" />);
    expect(screen.getByRole('textbox', { name: 'Middle Name' })).not.toHaveAttribute('aria-required');
    expect(screen.queryByText('*')).toBeNull();
  });

  test('its hint is read with it', () => {
    render(<TextField label="Date of Birth" name="dateOfBirth" hint="MM/DD/YYYY" />);
    expect(screen.getByRole('textbox', { name: 'Date of Birth' })).toHaveAccessibleDescription('MM/DD/YYYY');
  });

  test('takes at most its maxLength, 120 characters unless the screen says otherwise', () => {
    render(
      <>
        <TextField label="Address" name="address" />
        <TextField label="Zip/Postal Code" name="zip" maxLength={10} />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Address' })).toHaveAttribute('maxLength', '120');
    expect(screen.getByRole('textbox', { name: 'Zip/Postal Code' })).toHaveAttribute('maxLength', '10');
  });

  test('a password field never starts filled in', () => {
    render(<TextField label="Password" name="password" type="password" defaultValue="remembered" />);
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });

  test('posts what was typed under its name', async () => {
    const { dispatch, user } = inForm(<TextField label="Name on Card" name="holderName" defaultValue="Priya" />);
    await user.type(screen.getByRole('textbox', { name: 'Name on Card' }), ' Raman');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(postedFields(dispatch)).toMatchObject({ holderName: 'Priya Raman' });
  });

  test('a card or bank account number is posted as its stand-in, never as typed', async () => {
    const card = '4111 1111 1111 1111';
    const bank = '000123456789';
    const { dispatch, user } = inForm(
      <>
        <TextField label="Card Number" name="cardNumber" inputMode="numeric" mask="card-number" />
        <TextField label="Bank Account Number" name="bankAccountNumber" inputMode="numeric" mask="bank-account-number" />
      </>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Card Number' }), card);
    await user.type(screen.getByRole('textbox', { name: 'Bank Account Number' }), bank);
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const fields = postedFields(dispatch);
    expect(fields.cardNumber).toBe(maskCardNumber(card));
    expect(fields.bankAccountNumber).toBe(maskBankAccountNumber(bank));
    expect(JSON.stringify(fields)).not.toContain('123456');
  });

  test('a confirmation that differs only in the middle digits still posts as different; a security code keeps only its shape', async () => {
    const { dispatch, user } = inForm(
      <>
        <TextField label="Bank Account Number" name="bankAccountNumber" inputMode="numeric" mask="bank-account-number" />
        <TextField label="Confirm Bank Account Number" name="confirmBankAccountNumber" inputMode="numeric" mask="bank-account-number" confirms="bankAccountNumber" />
        <TextField label="Security Code" name="securityCode" inputMode="numeric" mask="security-code" />
      </>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Bank Account Number' }), '4471902255');
    await user.type(screen.getByRole('textbox', { name: 'Confirm Bank Account Number' }), '4471912255');
    await user.type(screen.getByRole('textbox', { name: 'Security Code' }), '737');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(postedFields(dispatch)).toMatchObject({ bankAccountNumber: '0000002255', confirmBankAccountNumber: '1111112255', securityCode: '000' });
    await user.clear(screen.getByRole('textbox', { name: 'Confirm Bank Account Number' }));
    await user.type(screen.getByRole('textbox', { name: 'Confirm Bank Account Number' }), '4471902255');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(postedFields(dispatch)).toMatchObject({ bankAccountNumber: '0000002255', confirmBankAccountNumber: '0000002255' });
  });
});

describe('SelectField', () => {
  test('starts on its placeholder, is named by its label and reads its hint', () => {
    render(<SelectField label="Card Type" name="cardType" required placeholder="Select Card Type" options={toOptions(['Visa', 'Discover'])} hint="The card you will pay with." />);
    const select = screen.getByRole('combobox', { name: 'Card Type' });
    expect(select).toHaveValue('');
    expect(select).toHaveAttribute('aria-required', 'true');
    expect(select).toHaveAccessibleDescription('The card you will pay with.');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['Select Card Type', 'Visa', 'Discover']);
  });

  test('options naming a group are listed under that heading, in the order the groups first appear', () => {
    render(
      <SelectField
        label="User Type"
        name="userType"
        placeholder="Select User Type"
        options={[
          { value: 'firm', label: 'FIRM', group: 'Business Accounts' },
          { value: 'federal-government', label: 'FEDERAL GOVERNMENT', group: 'Government Accounts' },
          { value: 'commercial', label: 'COMMERCIAL', group: 'Business Accounts' },
        ]}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'User Type' });
    const groups = within(select).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('label'))).toEqual(['Business Accounts', 'Government Accounts']);
    expect(within(groups[0]!).getAllByRole('option').map((option) => option.textContent)).toEqual(['FIRM', 'COMMERCIAL']);
  });

  test('tells the screen what was chosen, and posts it', async () => {
    const onChange = vi.fn<(value: string) => void>();
    const { dispatch, user } = inForm(<SelectField label="State" name="state" placeholder="Select State" options={[{ value: 'MO', label: 'Missouri' }]} onChange={onChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Missouri');
    expect(onChange).toHaveBeenCalledWith('MO');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(postedFields(dispatch)).toMatchObject({ state: 'MO' });
  });
});

describe('CheckboxField and RadioGroup', () => {
  test('a checkbox is named by its label', async () => {
    const { dispatch, user } = inForm(<CheckboxField label="I am not a robot" name="userVerification" />);
    await user.click(screen.getByRole('checkbox', { name: 'I am not a robot' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(postedFields(dispatch)).toMatchObject({ userVerification: 'on' });
  });

  test('a radio group is named by its legend, without the asterisk, and says which answer the screen chose', async () => {
    const onChange = vi.fn<(value: string) => void>();
    const { dispatch, user } = inForm(
      <RadioGroup
        legend="Email Format"
        name="emailFormat"
        required
        options={[
          { value: 'HTML', label: 'HTML (preferred)' },
          { value: 'Text', label: 'Text' },
        ]}
        defaultValue="HTML"
        onChange={onChange}
      />,
    );
    const group = screen.getByRole('group', { name: 'Email Format' });
    expect(within(group).getByRole('radio', { name: 'HTML (preferred)' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'Text' }));
    expect(onChange).toHaveBeenCalledWith('Text');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(postedFields(dispatch)).toMatchObject({ emailFormat: 'Text' });
  });
});

describe('Fieldset, buttons and detail rows', () => {
  test('a fieldset names the group of fields it holds', () => {
    render(
      <Fieldset legend="Contact">
        <TextField label="Email" name="email" type="email" />
      </Fieldset>,
    );
    expect(within(screen.getByRole('group', { name: 'Contact' })).getByRole('textbox', { name: 'Email' })).toBeInTheDocument();
  });

  test("a wizard step's forward button comes before Back, so Enter moves on", async () => {
    const dispatch = vi.fn<(event: TrainerEvent) => void>();
    render(
      <SimForm form="pacer/efile/request-type" salt={SALT} dispatch={dispatch} aria-label="Step">
        <TextField label="Phone" name="phone" type="tel" />
        <StepButtons />
      </SimForm>,
    );
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Next', 'Back']);
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Phone' }), '555{Enter}');
    expect(dispatch.mock.calls[0]?.[0]).toMatchObject({ button: 'next' });
  });

  test('detail rows pair each label with its value', () => {
    render(<DetailRows label="Account" rows={[{ label: 'Balance Due', value: '$42.30' }]} />);
    const rows = screen.getByRole('definition');
    expect(rows).toHaveTextContent('$42.30');
    expect(screen.getByRole('term')).toHaveTextContent('Balance Due');
  });
});
