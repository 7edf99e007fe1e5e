import { acknowledgmentGroups } from '../../../../shared/model/pacer/admissions/acknowledgments';
import { REQUEST_TYPE_LABELS } from '../../../../shared/model/pacer/admissions/court-options';
import { requestLabel } from '../../../../shared/model/pacer/admissions/mail-templates';
import { isAdmissionRequest } from '../../../../shared/model/pacer/admissions/processing';
import { manageAccountSignedIn, storedPaymentMethods, type FeeType } from '../../../../shared/model/pacer/admissions/session';
import { draftOf, requestByTransaction } from '../../../../shared/model/pacer/admissions/state';
import { formatNoticeTime } from '../../../../shared/model/clock';
import { PACER_ENTRY } from '../../../../shared/model/pacer/hosts';
import { courtById } from '../../../../shared/model/world';
import { SimForm } from '../../common/SimForm';
import { SiteLink } from '../../common/SiteLink';
import type { PageOf, SiteProps } from '../../types';
import { CheckboxField, StepButtons } from '../fields';
import { AdmissionsFrame } from './AdmissionsFrame';

const FEE_TYPES: { letter: FeeType; label: string }[] = [
  { letter: 'P', label: 'PACER search fees' },
  { letter: 'E', label: 'Filing fees' },
  { letter: 'A', label: 'Admissions/renewal fees' },
];

/** Screen E: default payment information by fee type, optional (seed 002: "Click Next when finished or to bypass this screen"). */
export function PaymentDefaultsPage({ world, page, dispatch }: SiteProps<PageOf<'admission-payment-defaults'>>) {
  const account = manageAccountSignedIn(world);
  if (!account) return null;
  const stored = storedPaymentMethods(account);
  return (
    <AdmissionsFrame world={world} dispatch={dispatch} path={page.path} heading="Payment Information">
      <p>
        Set default Payment Information if desired (not required). Click Next when finished or to bypass this screen. A payment method can
        serve one or more fee types:
      </p>
      <ul>
        {FEE_TYPES.map((type) => (
          <li key={type.letter}>
            <strong>{type.letter}</strong>: {type.label}
          </li>
        ))}
      </ul>
      {stored.length > 0 ? (
        <table className="adm-table">
          <caption className="adm-caption">Stored payment information</caption>
          <thead>
            <tr>
              <th scope="col">Payment method</th>
              <th scope="col">Fee types</th>
            </tr>
          </thead>
          <tbody>
            {stored.map((method) => (
              <tr key={method.id}>
                <td>{method.label}</td>
                <td>
                  <span className="adm-fee-letters">
                    {FEE_TYPES.map((type) => {
                      const on = method.feeTypes.includes(type.letter);
                      return (
                        <span
                          key={type.letter}
                          className={on ? 'adm-fee-letter adm-fee-letter--on' : 'adm-fee-letter'}
                          title={`${type.label}: ${on ? 'default' : 'not designated'}`}
                        >
                          {type.letter}
                          <span className="visually-hidden">{on ? ` (${type.label}, default)` : ` (${type.label}, not designated)`}</span>
                        </span>
                      );
                    })}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="adm-note">No payment information is stored. You can enter a card at payment time.</p>
      )}
      <p>
        To add a credit card or ACH payment or change which fee types it pays, use{' '}
        <SiteLink address={`${PACER_ENTRY.manageMyAccount}?tab=payments`} dispatch={dispatch}>
          Payments
        </SiteLink>{' '}
        in Manage My Account.
      </p>
      <SimForm form="pacer/efile/payment-defaults" salt={world.salt} dispatch={dispatch} aria-label="Payment Information">
        <StepButtons />
      </SimForm>
    </AdmissionsFrame>
  );
}

/** Screen F: the acknowledgment boxes, then Submit. */
export function AcknowledgmentsPage({ world, page, dispatch }: SiteProps<PageOf<'admission-acknowledgments'>>) {
  const draft = draftOf(world, page.path);
  const court = courtById(world, page.courtId);
  if (!draft || !court) return null;
  return (
    <AdmissionsFrame world={world} dispatch={dispatch} path={page.path} heading="Acknowledgments">
      <dl className="adm-facts">
        <dt>Court</dt>
        <dd>{court.name}</dd>
        {draft.requestType ? (
          <>
            <dt>Request</dt>
            <dd>{REQUEST_TYPE_LABELS[draft.requestType]}</dd>
          </>
        ) : null}
        <dt>Role in Court</dt>
        <dd>{draft.efile?.role}</dd>
      </dl>
      <SimForm form="pacer/efile/acknowledgments" salt={world.salt} dispatch={dispatch} aria-label="Acknowledgments">
        {acknowledgmentGroups(page.path, draft.requestType).map((group) => (
          <fieldset key={group.legend} className="adm-section">
            <legend>{group.legend}</legend>
            {group.boxes.map((box) => (
              <CheckboxField key={box.name} name={box.name} label={box.label} />
            ))}
          </fieldset>
        ))}
        <StepButtons forward="Submit" />
      </SimForm>
    </AdmissionsFrame>
  );
}

/** Screen G: the Confirmation Page. */
export function ConfirmationPage({ world, page, dispatch }: SiteProps<PageOf<'admission-confirmation'>>) {
  const request = requestByTransaction(world, page.transactionId);
  const court = courtById(world, request?.courtId ?? null);
  if (!request || !court) return null;
  return (
    <AdmissionsFrame world={world} dispatch={dispatch} path={page.path} heading="Confirmation">
      <p role="status">Your request has been submitted to the court.</p>
      <p>
        Transaction number: <span className="adm-confirmation-number">{request.transactionId}</span>
      </p>
      <dl className="adm-facts">
        <dt>Court</dt>
        <dd>{court.name}</dd>
        <dt>Request</dt>
        <dd>{requestLabel(request)}</dd>
        <dt>Role in Court</dt>
        <dd>{request.role}</dd>
        <dt>Date/Time Submitted</dt>
        <dd>
          {formatNoticeTime(request.submittedAt)} {court.timeZone}
        </dd>
      </dl>
      <p>
        The court will review your {page.path === 'attorney' && isAdmissionRequest(request) ? 'admission request' : 'registration'} and
        provide you with further instructions via email
        {isAdmissionRequest(request) ? ', including a link to pay the admission fee online. You must pay the admission fee online' : ''}.
        You cannot e-file in this court until the court has processed your request.
      </p>
      <p>
        <SiteLink address={`${PACER_ENTRY.manageMyAccount}?tab=maintenance`} dispatch={dispatch}>
          Return to Maintenance
        </SiteLink>
      </p>
    </AdmissionsFrame>
  );
}
