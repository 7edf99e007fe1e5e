import { useId, useRef, useState, type FormEvent } from 'react';
import { CARD_TYPES, describePayment, FEE_TYPE_LABELS, FEE_TYPES, type StoredPayment } from '../../../../shared/model/pacer/account/payments';
import { US_STATES } from '../../../../shared/model/pacer/account/places';
import { SimForm } from '../../common/SimForm';
import { ButtonRow, CheckboxField, SelectField, SubmitButton, TextField } from '../fields';
import { AutobillDialog } from './AutobillDialog';
import type { OptionProps } from './option-props';

const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0')).map((month) => ({ value: month, label: month }));
const STATE_CHOICES = US_STATES.map(([code, name]) => ({ value: code, label: name }));

function years(clock: string) {
  const first = Number(clock.slice(0, 4));
  return Array.from({ length: 12 }, (_, index) => String(first + index)).map((year) => ({ value: year, label: year }));
}

/**
 * The fee-type boxes and the Autobill acknowledgment of an add form: ticking
 * Autobill PACER fees makes Submit open the acknowledgment pop-up, whose own
 * Submit posts the form with its box (seed 002, step 8).
 */
function useAutobillStep() {
  const [dialogOpen, setDialogOpen] = useState(false);
  const form = useRef<HTMLDivElement>(null);
  const interceptSubmit = (event: FormEvent<HTMLDivElement>) => {
    const autobill = form.current?.querySelector<HTMLInputElement>('input[name="feeP"]');
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const fromDialog = submitter instanceof HTMLElement && submitter.closest('dialog') !== null;
    const isSubmit = submitter instanceof HTMLButtonElement && submitter.value === 'submit';
    if (autobill?.checked && isSubmit && !fromDialog) {
      event.preventDefault();
      event.stopPropagation();
      setDialogOpen(true);
    } else if (fromDialog) {
      setDialogOpen(false);
    }
  };
  return { dialogOpen, setDialogOpen, form, interceptSubmit };
}

function FeeTypeBoxes({ administrative }: { administrative: boolean }) {
  return (
    <fieldset className="mma-fieldset">
      <legend>Use this payment method for</legend>
      {FEE_TYPES.map((type) => (
        <CheckboxField key={type} name={`fee${type}`} label={`${type} – ${FEE_TYPE_LABELS[type]}`} />
      ))}
      {administrative ? <p className="mma-hint">A PACER Administrative Account pays PACER fees only.</p> : null}
    </fieldset>
  );
}

function AddFormButtons() {
  return (
    <ButtonRow>
      <SubmitButton value="submit" primary>
        Submit
      </SubmitButton>
      <SubmitButton value="cancel">Cancel</SubmitButton>
    </ButtonRow>
  );
}

/** The form titles seed 002 names in step 11 ("Complete the Add/Update Credit Card Payment or the Add/Update ACH Payment information"). */
const FORM_TITLES = { card: 'Add/Update Credit Card Payment', ach: 'Add/Update ACH Payment' } as const;

/** The form's title, shown above its fields and naming the form for assistive technology. */
function FormTitle({ id, method }: { id: string; method: keyof typeof FORM_TITLES }) {
  return (
    <h2 id={id}>
      {FORM_TITLES[method]}
    </h2>
  );
}

export function AddCardForm({ world, account, dispatch }: OptionProps) {
  const autobill = useAutobillStep();
  const titleId = useId();
  return (
    <div ref={autobill.form} onSubmitCapture={autobill.interceptSubmit}>
      <SimForm form="pacer/account/payments/add-card" salt={world.salt} dispatch={dispatch} aria-labelledby={titleId}>
        <FormTitle id={titleId} method="card" />
        <TextField label="Name on Card" name="holderName" required maxLength={80} defaultValue={account.name} />
        <SelectField label="Card Type" name="cardType" required options={CARD_TYPES.map((type) => ({ value: type, label: type }))} placeholder="Select Card Type" />
        <TextField label="Card Number" name="cardNumber" required maxLength={30} inputMode="numeric" mask="card-number" />
        <SelectField label="Expiration Month" name="expMonth" required options={MONTHS} placeholder="Month" />
        <SelectField label="Expiration Year" name="expYear" required options={years(world.clock)} placeholder="Year" />
        <TextField label="Security Code" name="securityCode" required maxLength={4} inputMode="numeric" mask="security-code" hint="3 digits on the back of the card; 4 on the front of an American Express card. It is not stored." />
        <TextField label="Billing Address" name="address" required maxLength={120} defaultValue={account.address?.address ?? ''} />
        <TextField label="City" name="city" required maxLength={60} defaultValue={account.address?.city ?? ''} />
        <SelectField label="State" name="state" required options={STATE_CHOICES} defaultValue={account.address?.state ?? ''} placeholder="Select State" />
        <TextField label="Zip Code" name="zip" required maxLength={10} defaultValue={account.address?.zip ?? ''} inputMode="numeric" />
        <FeeTypeBoxes administrative={account.administrative === true} />
        <AddFormButtons />
        <AutobillDialog
          open={autobill.dialogOpen}
          onClose={() => autobill.setDialogOpen(false)}
          submit={
            <SubmitButton value="submit" primary>
              Submit
            </SubmitButton>
          }
        />
      </SimForm>
    </div>
  );
}

export function AddAchForm({ world, account, dispatch }: OptionProps) {
  const autobill = useAutobillStep();
  const titleId = useId();
  return (
    <div ref={autobill.form} onSubmitCapture={autobill.interceptSubmit}>
      <SimForm form="pacer/account/payments/add-ach" salt={world.salt} dispatch={dispatch} aria-labelledby={titleId}>
        <FormTitle id={titleId} method="ach" />
        <TextField label="Account Holder Name" name="holderName" required maxLength={80} defaultValue={account.name} />
        <SelectField
          label="Account Type"
          name="accountType"
          required
          options={[
            { value: 'Checking', label: 'Checking' },
            { value: 'Savings', label: 'Savings' },
          ]}
        />
        <TextField label="Routing Number" name="routingNumber" required maxLength={9} inputMode="numeric" hint="The 9-digit number at the bottom left of a check." />
        <TextField label="Bank Account Number" name="bankAccountNumber" required maxLength={17} inputMode="numeric" mask="bank-account-number" />
        <TextField label="Confirm Bank Account Number" name="confirmBankAccountNumber" required maxLength={17} inputMode="numeric" mask="bank-account-number" confirms="bankAccountNumber" />
        <FeeTypeBoxes administrative={account.administrative === true} />
        <AddFormButtons />
        <AutobillDialog
          open={autobill.dialogOpen}
          onClose={() => autobill.setDialogOpen(false)}
          submit={
            <SubmitButton value="submit" primary>
              Submit
            </SubmitButton>
          }
        />
      </SimForm>
    </div>
  );
}

export function UpdatePaymentForm({ world, payment, dispatch }: OptionProps & { payment: StoredPayment }) {
  const [year = '', month = ''] = (payment.expires ?? '').split('-');
  const titleId = useId();
  return (
    <SimForm form="pacer/account/payments/update" salt={world.salt} dispatch={dispatch} aria-labelledby={titleId}>
      <FormTitle id={titleId} method={payment.method} />
      <p>{describePayment(payment)}</p>
      <TextField label={payment.method === 'card' ? 'Name on Card' : 'Account Holder Name'} name="holderName" required maxLength={80} defaultValue={payment.holderName} />
      {payment.method === 'card' ? (
        <>
          <SelectField label="Expiration Month" name="expMonth" required options={MONTHS} defaultValue={month} placeholder="Month" />
          <SelectField label="Expiration Year" name="expYear" required options={years(world.clock)} defaultValue={year} placeholder="Year" />
        </>
      ) : null}
      <AddFormButtons />
    </SimForm>
  );
}
