import { useState } from 'react';
import { formatNoticeTime } from '../../../../shared/model/clock';
import { ADMISSION_FEE } from '../../../../shared/model/pacer/admissions/court-options';
import { feeDue, feePaymentChoices } from '../../../../shared/model/pacer/admissions/fee-payment';
import { manageAccountSignedIn } from '../../../../shared/model/pacer/admissions/session';
import { requestByTransaction } from '../../../../shared/model/pacer/admissions/state';
import { PACER_ENTRY } from '../../../../shared/model/pacer/hosts';
import { courtById } from '../../../../shared/model/world';
import { SimForm } from '../../common/SimForm';
import { SiteLink } from '../../common/SiteLink';
import type { PageOf, SiteProps } from '../../types';
import { CheckboxField, RadioGroup, SelectField, StepButtons, TextField } from '../fields';
import { AdmissionsFrame } from './AdmissionsFrame';

const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'));

/** Pay Admission Fee: reached from the court's e-mail once the admission is approved. */
export function FeePaymentPage({ world, page, dispatch }: SiteProps<PageOf<'admission-fee-payment'>>) {
  const request = requestByTransaction(world, page.transactionId);
  const court = courtById(world, request?.courtId ?? null);
  const account = manageAccountSignedIn(world);
  const payment = account ? feePaymentChoices(world, account) : { choices: [], initial: '' };
  const [method, setMethod] = useState(payment.initial);
  if (!request || !court || !account) return null;
  const year = Number(world.clock.slice(0, 4));
  return (
    <AdmissionsFrame world={world} dispatch={dispatch} path="fee" heading="Pay Admission Fee">
      <dl className="adm-facts">
        <dt>Court</dt>
        <dd>{court.name}</dd>
        <dt>Transaction ID</dt>
        <dd>{request.transactionId}</dd>
        <dt>Description</dt>
        <dd>Attorney Admission Fee</dd>
        <dt>Amount</dt>
        <dd>{ADMISSION_FEE}</dd>
      </dl>
      {!feeDue(request) ? (
        <p className="adm-note">This fee is not due{request.feePaidAt ? ': it has been paid' : ''}.</p>
      ) : (
        <SimForm form="pacer/efile/admission-fee" salt={world.salt} dispatch={dispatch} aria-label="Pay Admission Fee">
          <RadioGroup
            legend="Select a Payment Method"
            name="paymentMethod"
            options={payment.choices}
            defaultValue={method}
            onChange={setMethod}
          />
          {method === 'new' ? (
            <fieldset className="adm-section">
              <legend>Credit Card</legend>
              <div className="adm-grid">
                <TextField label="Name on Card" name="cardholderName" required maxLength={120} defaultValue={account.name} />
                <TextField label="Card Number" name="cardNumber" required maxLength={23} inputMode="numeric" mask="card-number" />
                <SelectField label="Expiration Month" name="expirationMonth" placeholder="Month" required options={MONTHS.map((month) => ({ value: month, label: month }))} />
                <SelectField
                  label="Expiration Year"
                  name="expirationYear"
                  placeholder="Year"
                  required
                  options={Array.from({ length: 10 }, (_, index) => String(year + index)).map((value) => ({ value, label: value }))}
                />
              </div>
            </fieldset>
          ) : null}
          <fieldset className="adm-section">
            <legend>Authorization</legend>
            <CheckboxField name="authorize" label={`I authorize a charge of ${ADMISSION_FEE} to the payment method selected above for the attorney admission fee.`} />
          </fieldset>
          <StepButtons forward="Submit" back={false} />
        </SimForm>
      )}
    </AdmissionsFrame>
  );
}

export function FeeReceiptPage({ world, page, dispatch }: SiteProps<PageOf<'admission-fee-receipt'>>) {
  const request = requestByTransaction(world, page.transactionId);
  const court = courtById(world, request?.courtId ?? null);
  if (!request || !court) return null;
  return (
    <AdmissionsFrame world={world} dispatch={dispatch} path="fee" heading="Payment Receipt">
      <p role="status">Thank you. Your admission fee has been paid.</p>
      <dl className="adm-facts">
        <dt>Receipt Number</dt>
        <dd>{request.feeReceipt}</dd>
        <dt>Court</dt>
        <dd>{court.name}</dd>
        <dt>Transaction ID</dt>
        <dd>{request.transactionId}</dd>
        <dt>Amount</dt>
        <dd>{ADMISSION_FEE}</dd>
        <dt>Date/Time Paid</dt>
        <dd>
          {request.feePaidAt ? formatNoticeTime(request.feePaidAt) : ''} {court.timeZone}
        </dd>
      </dl>
      <p>Your e-filing privileges are active: log in to the court’s CM/ECF with your PACER username and password.</p>
      <p>
        <SiteLink address={PACER_ENTRY.manageMyAccount} dispatch={dispatch}>
          Return to Manage My Account
        </SiteLink>
      </p>
    </AdmissionsFrame>
  );
}
