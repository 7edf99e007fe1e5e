import { describePayment, formatDollars } from '../../../../shared/model/pacer/account/payments';
import { optionUrl } from '../../../../shared/model/pacer/account/routes';
import { balanceDueCents } from '../../../../shared/model/pacer/account/usage';
import { SimForm } from '../../common/SimForm';
import { SiteLink } from '../../common/SiteLink';
import { ButtonRow, DetailRows, SelectField, SubmitButton, TextField } from '../fields';
import type { OptionProps } from './option-props';

/** Payments ▸ Make One-Time PACER Fee Payment: the balance due, a stored method, an amount. */
export function OneTimePayment({ world, account, dispatch }: OptionProps) {
  const due = balanceDueCents(world, account.accountNumber);
  if (account.paaAccountNumber) {
    return <p>Your PACER fees are billed to your PACER Administrative Account ({account.paaAccountNumber}); the PAA pays them.</p>;
  }
  const methods = account.storedPayments ?? [];
  return (
    <>
      <DetailRows rows={[{ label: 'Balance Due', value: formatDollars(due) }]} />
      {methods.length === 0 ? (
        <p>
          No payment method is stored.{' '}
          <SiteLink address={optionUrl('stored-payment', 'detail=add-card')} dispatch={dispatch}>
            Add Credit Card
          </SiteLink>
        </p>
      ) : (
        <SimForm form="pacer/account/payments/one-time" salt={world.salt} dispatch={dispatch} aria-label="Make One-Time PACER Fee Payment">
          <SelectField
            label="Pay With"
            name="paymentId"
            required
            options={methods.map((payment) => ({ value: payment.id, label: describePayment(payment) }))}
            placeholder="Select a payment method"
          />
          <TextField label="Payment Amount" name="amount" required maxLength={12} inputMode="decimal" defaultValue={due > 0 ? (due / 100).toFixed(2) : ''} hint="Dollars and cents, e.g. 42.30" />
          <ButtonRow>
            <SubmitButton value="submit" primary>
              Submit Payment
            </SubmitButton>
          </ButtonRow>
        </SimForm>
      )}
    </>
  );
}
