import { useState } from 'react';
import { describePayment, FEE_TYPE_LABELS, FEE_TYPES, type FeeType, type StoredPayment } from '../../../../shared/model/pacer/account/payments';
import { optionUrl } from '../../../../shared/model/pacer/account/routes';
import { SimForm } from '../../common/SimForm';
import { SiteLink } from '../../common/SiteLink';
import { SubmitButton } from '../fields';
import { AutobillDialog } from './AutobillDialog';
import { CommandLink } from './CommandLink';
import { AddAchForm, AddCardForm, UpdatePaymentForm } from './PaymentForms';
import type { OptionProps } from './option-props';

const FEE_FORM = 'pacer/account/payments/fee-type';

/** The link that sets a fee type on a payment method: "Set Autobill PACER fees", "Set e-filing fees default", … */
const SET_LABELS: Record<FeeType, string> = {
  P: 'Set Autobill PACER fees',
  E: 'Set e-filing fees default',
  A: 'Set admissions fees default',
};

/** The P/E/A letters of a method: blue once the method is designated for that fee type, grey otherwise (seed 002). */
function FeeLetters({ payment }: { payment: StoredPayment }) {
  return (
    <span className="mma-fee-letters">
      {FEE_TYPES.map((type) => {
        const on = payment.feeTypes.includes(type);
        return (
          <abbr key={type} title={`${FEE_TYPE_LABELS[type]}: ${on ? 'yes' : 'no'}`} className={on ? 'mma-fee-on' : 'mma-fee-off'}>
            {type}
          </abbr>
        );
      })}
    </span>
  );
}

function PaymentRow({ payment, props, onAutobill }: { payment: StoredPayment; props: OptionProps; onAutobill: (payment: StoredPayment) => void }) {
  const { dispatch } = props;
  return (
    <tr>
      <th scope="row">
        {describePayment(payment)}
        <span className="mma-subtle">{payment.holderName}</span>
        {payment.expires ? <span className="mma-subtle">Expires {payment.expires.slice(5)}/{payment.expires.slice(0, 4)}</span> : null}
      </th>
      <td>
        <FeeLetters payment={payment} />
      </td>
      {FEE_TYPES.map((type) => {
        const on = payment.feeTypes.includes(type);
        return (
          <td key={type}>
            {on ? (
              <>
                <span role="img" aria-label={`${FEE_TYPE_LABELS[type]}: checked`} className="mma-checkmark">
                  ✓
                </span>{' '}
                <CommandLink form={FEE_FORM} button="turn-off" fields={{ paymentId: payment.id, feeType: type }} dispatch={dispatch} aria-label={`Turn Off ${FEE_TYPE_LABELS[type]}`}>
                  Turn Off
                </CommandLink>
              </>
            ) : (
              <CommandLink
                form={FEE_FORM}
                button="set"
                fields={{ paymentId: payment.id, feeType: type }}
                dispatch={dispatch}
                onActivate={type === 'P' ? () => onAutobill(payment) : undefined}
              >
                {SET_LABELS[type]}
              </CommandLink>
            )}
          </td>
        );
      })}
      <td>
        <SiteLink address={optionUrl('stored-payment', `detail=update-${payment.id}`)} dispatch={dispatch}>
          Update
        </SiteLink>{' '}
        <CommandLink form={FEE_FORM} button="remove" fields={{ paymentId: payment.id, feeType: '' }} dispatch={dispatch} aria-label={`Remove ${describePayment(payment)}`}>
          Remove
        </CommandLink>
      </td>
    </tr>
  );
}

/** Setting Autobill on a stored method asks for the acknowledgment first; its Submit posts the change with the box. */
function AutobillForStored({ props, payment, open, onClose }: { props: OptionProps; payment: StoredPayment | null; open: boolean; onClose: () => void }) {
  // The payment id stays in the form after the dialog closes, so the post that closes it still carries it.
  return (
    <div onSubmitCapture={onClose}>
      <SimForm form={FEE_FORM} salt={props.world.salt} dispatch={props.dispatch} aria-label="Set Autobill PACER fees">
        <input type="hidden" name="paymentId" value={payment?.id ?? ''} />
        <input type="hidden" name="feeType" value="P" />
        <AutobillDialog
          open={open}
          onClose={onClose}
          submit={
            <SubmitButton value="set" primary>
              Submit
            </SubmitButton>
          }
        />
      </SimForm>
    </div>
  );
}

/** Payments ▸ Manage My Stored Payment Information (seed 002, steps 7-11). */
export function StoredPaymentScreen(props: OptionProps) {
  const { account, page, dispatch } = props;
  const [autobillFor, setAutobillFor] = useState<StoredPayment | null>(null);
  const [autobillOpen, setAutobillOpen] = useState(false);
  const askAutobill = (payment: StoredPayment) => {
    setAutobillFor(payment);
    setAutobillOpen(true);
  };
  if (page.detail === 'add-card') return <AddCardForm {...props} />;
  if (page.detail === 'add-ach') return <AddAchForm {...props} />;
  const updating = page.detail?.startsWith('update-') ? (account.storedPayments ?? []).find((payment) => `update-${payment.id}` === page.detail) : undefined;
  if (updating) return <UpdatePaymentForm {...props} payment={updating} />;
  const payments = account.storedPayments ?? [];
  return (
    <>
      <p>
        Stored payment methods can pay PACER fees automatically each quarter (Autobill) and be offered first for e-filing and admissions fees.
        Check the fee types each method should pay.
      </p>
      <table className="mma-table">
        <caption>Stored payment methods</caption>
        <thead>
          <tr>
            <th scope="col">Payment Method</th>
            <th scope="col">Fee Types</th>
            <th scope="col">{FEE_TYPE_LABELS.P}</th>
            <th scope="col">{FEE_TYPE_LABELS.E}</th>
            <th scope="col">{FEE_TYPE_LABELS.A}</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {payments.length === 0 ? (
            <tr>
              <td colSpan={6}>No payment methods are stored.</td>
            </tr>
          ) : (
            payments.map((payment) => <PaymentRow key={payment.id} payment={payment} props={props} onAutobill={askAutobill} />)
          )}
        </tbody>
      </table>
      <p className="mma-actions">
        <SiteLink address={optionUrl('stored-payment', 'detail=add-card')} dispatch={dispatch}>
          Add Credit Card
        </SiteLink>
        <SiteLink address={optionUrl('stored-payment', 'detail=add-ach')} dispatch={dispatch}>
          Add ACH Payment
        </SiteLink>
      </p>
      <AutobillForStored props={props} payment={autobillFor} open={autobillOpen} onClose={() => setAutobillOpen(false)} />
    </>
  );
}
