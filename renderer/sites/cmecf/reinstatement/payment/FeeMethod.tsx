import { useId } from 'react';
import { NEW_CARD, storedOption, storedPaymentsOf } from '../../../../../shared/model/cmecf/reinstatement/payment-forms';
import { activeDraft } from '../../../../../shared/model/cmecf/reinstatement/pages';
import { describePayment, FEE_TYPE_LABELS } from '../../../../../shared/model/pacer/account/payments';
import type { Court } from '../../../../../shared/model/world';
import { SimForm } from '../../../common/SimForm';
import { SiteNotice } from '../../../common/SiteNotice';
import { PacerLayout } from '../../../pacer/PacerLayout';
import type { PageOf, SiteProps } from '../../../types';
import { FeeSummary } from './FeeSummary';

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/** Steps 15-16: "Complete the information under Select a Payment Method. Click Next." */
export function FeeMethod({ world, court, dispatch }: SiteProps<PageOf<'pacer-fee-method'>> & { court: Court }) {
  const ids = useId();
  const draft = activeDraft(world, court.id);
  const stored = storedPaymentsOf(world, draft?.payer ?? null);
  const firstYear = Number(world.clock.slice(0, 4));
  const years = Array.from({ length: 11 }, (_, offset) => String(firstYear + offset));
  const defaultChoice = stored[0] && stored[0].feeTypes.includes('A') ? storedOption(stored[0].id) : null;

  return (
    <PacerLayout>
      <div className="site-pacer-card reinst-pay-card">
        <h1>Court Fee Payment</h1>
        <FeeSummary court={court} />
        <SiteNotice notice={world.session.notice} />
        <SimForm form="pacer/court-fee/method" salt={world.salt} dispatch={dispatch} className="site-pacer-form">
          <fieldset className="reinst-pay-fieldset">
            <legend>Select a Payment Method</legend>
            {stored.map((payment) => (
              <div key={payment.id} className="reinst-pay-choice">
                <input
                  id={`${ids}-${payment.id}`}
                  type="radio"
                  name="method"
                  value={storedOption(payment.id)}
                  defaultChecked={defaultChoice === storedOption(payment.id)}
                />
                <label htmlFor={`${ids}-${payment.id}`}>
                  {describePayment(payment)}
                  {payment.feeTypes.length > 0 ? ` (${payment.feeTypes.map((type) => FEE_TYPE_LABELS[type]).join(', ')})` : ''}
                </label>
              </div>
            ))}
            <div className="reinst-pay-choice">
              <input id={`${ids}-new`} type="radio" name="method" value={NEW_CARD} />
              <label htmlFor={`${ids}-new`}>New credit card</label>
            </div>
          </fieldset>
          <fieldset className="reinst-pay-fieldset">
            <legend>Credit Card Information</legend>
            <p className="site-pacer-field-hint reinst-pay-hint">Complete only if you pay with a new credit card.</p>
            <div className="site-pacer-field reinst-pay-field">
              <label htmlFor={`${ids}-holder`}>Name on Card</label>
              <input id={`${ids}-holder`} name="cardHolder" type="text" autoComplete="off" maxLength={300} />
            </div>
            <div className="site-pacer-field reinst-pay-field">
              <label htmlFor={`${ids}-number`}>Card Number</label>
              <input id={`${ids}-number`} name="cardNumber" type="text" inputMode="numeric" autoComplete="off" maxLength={60} data-mask="card-number" />
            </div>
            <div className="site-pacer-field reinst-pay-field">
              <label htmlFor={`${ids}-month`}>Expiration Month</label>
              <select id={`${ids}-month`} name="expirationMonth" defaultValue="">
                <option value="">--</option>
                {MONTHS.map((month) => (
                  <option key={month} value={month}>
                    {month}
                  </option>
                ))}
              </select>
            </div>
            <div className="site-pacer-field reinst-pay-field">
              <label htmlFor={`${ids}-year`}>Expiration Year</label>
              <select id={`${ids}-year`} name="expirationYear" defaultValue="">
                <option value="">----</option>
                {years.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            </div>
            <div className="site-pacer-field reinst-pay-field">
              <label htmlFor={`${ids}-code`}>Security Code</label>
              <input id={`${ids}-code`} name="securityCode" type="password" inputMode="numeric" autoComplete="off" maxLength={8} />
            </div>
            <div className="site-pacer-field reinst-pay-field">
              <label htmlFor={`${ids}-zip`}>Billing ZIP Code</label>
              <input id={`${ids}-zip`} name="billingZip" type="text" inputMode="numeric" autoComplete="off" maxLength={20} />
            </div>
          </fieldset>
          <div className="site-pacer-buttons">
            <button type="submit" name="button" value="next" className="site-pacer-primary">
              Next
            </button>
          </div>
        </SimForm>
        <p className="site-practice-note">Training simulator: use the practice card from your briefing. Never type a real card number here.</p>
      </div>
    </PacerLayout>
  );
}
