import { useId } from 'react';
import { activeDraft } from '../../../../../shared/model/cmecf/reinstatement/pages';
import { formatFee, reinstatementSettings } from '../../../../../shared/model/cmecf/reinstatement/state';
import type { Court } from '../../../../../shared/model/world';
import { SimForm } from '../../../common/SimForm';
import { SiteNotice } from '../../../common/SiteNotice';
import { PacerLayout } from '../../../pacer/PacerLayout';
import type { PageOf, SiteProps } from '../../../types';

/**
 * Steps 17-19: "Review payment details and complete the Court Specific
 * information and Email Receipts information. Read the Authorization box
 * and click the check box. Click Submit."
 */
export function FeeReview({ world, court, dispatch }: SiteProps<PageOf<'pacer-fee-review'>> & { court: Court }) {
  const ids = useId();
  const draft = activeDraft(world, court.id);
  const payer = draft?.payer ? world.pacerAccounts[draft.payer] : undefined;
  const fee = formatFee(reinstatementSettings(court).feeCents);
  return (
    <PacerLayout>
      <div className="site-pacer-card reinst-pay-card">
        <h1>Court Fee Payment</h1>
        <SiteNotice notice={world.session.notice} />
        <SimForm form="pacer/court-fee/review" salt={world.salt} dispatch={dispatch} className="site-pacer-form">
          <section aria-labelledby={`${ids}-details`} className="reinst-pay-section">
            <h2 id={`${ids}-details`}>Payment Details</h2>
            <dl className="reinst-pay-summary">
              <dt>Court</dt>
              <dd>{court.name}</dd>
              <dt>Fee</dt>
              <dd>Attorney reinstatement fee</dd>
              <dt>Amount</dt>
              <dd>{fee}</dd>
              <dt>Payment Method</dt>
              <dd>{draft?.method?.description ?? '—'}</dd>
              <dt>Account Holder</dt>
              <dd>{draft?.method?.holder ?? '—'}</dd>
              <dt>PACER Username</dt>
              <dd>{payer?.username ?? '—'}</dd>
            </dl>
          </section>
          <section aria-labelledby={`${ids}-court`} className="reinst-pay-section">
            <h2 id={`${ids}-court`}>Court Specific Information</h2>
            <div className="site-pacer-field reinst-pay-field">
              <label htmlFor={`${ids}-attorney`}>Attorney Name</label>
              <input
                id={`${ids}-attorney`}
                name="courtAttorneyName"
                type="text"
                autoComplete="off"
                maxLength={300}
                defaultValue={draft?.attorneyName ?? ''}
              />
            </div>
          </section>
          <section aria-labelledby={`${ids}-email`} className="reinst-pay-section">
            <h2 id={`${ids}-email`}>Email Receipts</h2>
            <div className="site-pacer-field reinst-pay-field">
              <label htmlFor={`${ids}-address`}>Email Address</label>
              <input id={`${ids}-address`} name="email" type="email" autoComplete="off" maxLength={300} defaultValue={payer?.email ?? ''} />
            </div>
            <div className="site-pacer-field reinst-pay-field">
              <label htmlFor={`${ids}-confirm`}>Confirm Email Address</label>
              <input id={`${ids}-confirm`} name="confirmEmail" type="email" autoComplete="off" maxLength={300} />
            </div>
            <div className="site-pacer-field reinst-pay-field">
              <label htmlFor={`${ids}-cc`}>CC Email Address</label>
              <input id={`${ids}-cc`} name="ccEmail" type="email" autoComplete="off" maxLength={300} aria-describedby={`${ids}-cc-hint`} />
              <span id={`${ids}-cc-hint`} className="site-pacer-field-hint">
                Optional
              </span>
            </div>
          </section>
          <section aria-labelledby={`${ids}-authorization`} className="reinst-pay-section reinst-authorization">
            <h2 id={`${ids}-authorization`}>Authorization</h2>
            <p>
              I authorize the United States Courts to charge {fee} to the payment method shown above for the attorney reinstatement
              fee of the {court.name}. Once submitted, this payment cannot be cancelled from this screen.
            </p>
            <div className="reinst-pay-check">
              <input id={`${ids}-authorize`} name="authorize" type="checkbox" />
              <label htmlFor={`${ids}-authorize`}>I have read the authorization and I authorize this payment</label>
            </div>
          </section>
          <div className="site-pacer-buttons">
            <button type="submit" name="button" value="submit" className="site-pacer-primary">
              Submit
            </button>
          </div>
        </SimForm>
      </div>
    </PacerLayout>
  );
}
