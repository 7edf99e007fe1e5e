import { useId } from 'react';
import { docketText } from '../../../../shared/model/cmecf/reinstatement/filing-forms';
import { activeDraft } from '../../../../shared/model/cmecf/reinstatement/pages';
import { CLERKS_OFFICE_PHONE } from '../../../../shared/model/cmecf/reinstatement/standing';
import { formatFee, reinstatementSettings } from '../../../../shared/model/cmecf/reinstatement/state';
import type { Court } from '../../../../shared/model/world';
import { CommitWarning, FilingScreen as GenericFilingScreen } from '../filing/FilingScreen';
import type { PageOf, SiteProps } from '../../types';

type FilingKind =
  | 'cmecf-reinstatement-case'
  | 'cmecf-reinstatement-statement'
  | 'cmecf-reinstatement-attorney'
  | 'cmecf-reinstatement-fee'
  | 'cmecf-reinstatement-returned'
  | 'cmecf-reinstatement-docket-text';
const TITLE = 'Attorney Reinstatement';

function FilingScreen(props: Omit<Parameters<typeof GenericFilingScreen>[0], 'title'>) {
  return <GenericFilingScreen {...props} title={TITLE} />;
}

type ScreenProps<K extends FilingKind> = SiteProps<PageOf<K>> & { court: Court };

/** Step 9: the case the event is filed in, already entered for the filer. */
export function CaseScreen({ world, court, dispatch }: ScreenProps<'cmecf-reinstatement-case'>) {
  const settings = reinstatementSettings(court);
  return (
    <FilingScreen world={world} dispatch={dispatch} form="cmecf/reinstatement/case">
      <p>Attorney reinstatements are filed in the court’s attorney matters case. The case has been entered for you.</p>
      <dl className="site-cmecf-summary ecf-filing-summary">
        <dt>Case Number</dt>
        <dd>{settings.caseNumber}</dd>
        <dt>Case Name</dt>
        <dd>{settings.caseName}</dd>
      </dl>
    </FilingScreen>
  );
}

/** Step 10: the red text the filer reviews before going on. */
export function StatementScreen({ world, court, dispatch }: ScreenProps<'cmecf-reinstatement-statement'>) {
  return (
    <FilingScreen world={world} dispatch={dispatch} form="cmecf/reinstatement/statement">
      <p className="reinst-red">
        By filing this event, I certify that I remain a member in good standing of the Missouri Bar or of the bar of the United
        States District Court for the District of Kansas, and that I am not the subject of a pending disciplinary proceeding in
        any court.
      </p>
      <p>
        If this statement is no longer true, do not continue: call the Clerk’s Office of the {court.district} at {CLERKS_OFFICE_PHONE}.
      </p>
    </FilingScreen>
  );
}

/** Steps 11-12: Attorney Name and Attorney Bar Number. */
export function AttorneyScreen({ world, court, dispatch }: ScreenProps<'cmecf-reinstatement-attorney'>) {
  const ids = useId();
  const draft = activeDraft(world, court.id);
  return (
    <FilingScreen world={world} dispatch={dispatch} form="cmecf/reinstatement/attorney" clear>
      <p>Type the name and bar number of the attorney to be reinstated.</p>
      <div className="site-cmecf-field ecf-filing-field">
        <label htmlFor={`${ids}-name`}>Attorney Name</label>
        <input
          id={`${ids}-name`}
          name="attorneyName"
          type="text"
          autoComplete="off"
          maxLength={300}
          defaultValue={draft?.attorneyName ?? ''}
        />
      </div>
      <div className="site-cmecf-field ecf-filing-field">
        <label htmlFor={`${ids}-bar`}>Attorney Bar Number</label>
        <input
          id={`${ids}-bar`}
          name="barNumber"
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={300}
          defaultValue={draft?.barNumber ?? ''}
        />
      </div>
    </FilingScreen>
  );
}

/** Step 13: the reinstatement fee, then Next hands it to PACER's payment screens. */
export function FeeScreen({ world, court, dispatch }: ScreenProps<'cmecf-reinstatement-fee'>) {
  const fee = formatFee(reinstatementSettings(court).feeCents);
  const paid = activeDraft(world, court.id)?.receiptNumber ?? null;
  return (
    <FilingScreen world={world} dispatch={dispatch} form="cmecf/reinstatement/fee">
      <p className="reinst-fee">
        Reinstatement fee: <strong>{fee}</strong>
      </p>
      <p>
        {paid
          ? `The fee has been paid (receipt number ${paid}). Click Next to continue the filing.`
          : 'Click Next to pay the fee. You will be redirected to PACER to process your payment, then back to this filing.'}
      </p>
    </FilingScreen>
  );
}

/** Step 20: back in the filing system once PACER has taken the payment. */
export function PaymentReturnedScreen({ world, court, dispatch }: ScreenProps<'cmecf-reinstatement-returned'>) {
  const draft = activeDraft(world, court.id);
  const fee = formatFee(reinstatementSettings(court).feeCents);
  return (
    <FilingScreen world={world} dispatch={dispatch} form="cmecf/reinstatement/returned">
      <p className="site-cmecf-success">Your payment has been received.</p>
      <dl className="site-cmecf-summary ecf-filing-summary">
        <dt>Amount</dt>
        <dd>{fee}</dd>
        <dt>Receipt Number</dt>
        <dd>{draft?.receiptNumber ?? '—'}</dd>
        <dt>Payment Method</dt>
        <dd>{draft?.method?.description ?? '—'}</dd>
      </dl>
      <p>Click Next to continue the filing.</p>
    </FilingScreen>
  );
}

/** Step 21: the final docket text; Next commits the transaction. */
export function DocketTextScreen({ world, court, dispatch }: ScreenProps<'cmecf-reinstatement-docket-text'>) {
  const draft = activeDraft(world, court.id);
  const settings = reinstatementSettings(court);
  const text =
    draft?.attorneyName && draft.barNumber && draft.receiptNumber
      ? docketText(draft.attorneyName, draft.barNumber, settings.feeCents, draft.receiptNumber)
      : '';
  return (
    <FilingScreen world={world} dispatch={dispatch} form="cmecf/reinstatement/docket-text">
      <h2>Docket Text: Final Text</h2>
      <p className="ecf-filing-docket-text">
        <span className="ecf-filing-case">{settings.caseNumber}</span> {text}
      </p>
      <CommitWarning />
    </FilingScreen>
  );
}
