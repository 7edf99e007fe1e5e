import type { ReinstatementPage } from '../../../../shared/model/cmecf/reinstatement/pages';
import { courtById, currentUrl, type Court } from '../../../../shared/model/world';
import { NotFoundPage } from '../../browser/NotFoundPage';
import type { SiteProps } from '../../types';
import { CmecfLayout } from '../CmecfLayout';
import { ATTORNEY_REINSTATEMENT_MENU } from '../../../../shared/model/cmecf/reinstatement/standing';
import { AVAILABLE_ATTORNEY_EVENTS } from '../../../../shared/model/cmecf/reinstatement/events-catalog';
import { EventPicker } from '../filing/EventPicker';
import { AttorneyScreen, CaseScreen, DocketTextScreen, FeeScreen, PaymentReturnedScreen, StatementScreen } from './FilingScreens';
import { NoticeOfElectronicFiling } from './NoticeOfElectronicFiling';
import { FeeLogin } from './payment/FeeLogin';
import { FeeMethod } from './payment/FeeMethod';
import { FeeReview } from './payment/FeeReview';
import './reinstatement.css';

type ScreenProps = SiteProps<ReinstatementPage> & { court: Court };

/**
 * The attorney reinstatement filing (seed 002, "Attorney Reinstatement"):
 * the court's screens drawn inside its CM/ECF layout and menu bar, and
 * PACER's payment screens drawn as PACER's.
 */
export function ReinstatementSite({ world, page, dispatch }: SiteProps<ReinstatementPage>) {
  const court = courtById(world, page.courtId);
  if (!court) return <NotFoundPage address={currentUrl(world) ?? page.courtId} />;
  if (page.kind === 'pacer-fee-login' || page.kind === 'pacer-fee-method' || page.kind === 'pacer-fee-review') {
    return <PaymentScreen world={world} page={page} court={court} dispatch={dispatch} />;
  }
  return (
    <CmecfLayout
      world={world}
      court={court}
      currentMenu={page.kind === 'cmecf-reinstatement-event' ? 'Attorney Reinstatement' : null}
      showCourtName
      dispatch={dispatch}
    >
      <CourtScreen world={world} page={page} court={court} dispatch={dispatch} />
    </CmecfLayout>
  );
}

function PaymentScreen({ world, page, court, dispatch }: ScreenProps) {
  switch (page.kind) {
    case 'pacer-fee-login':
      return <FeeLogin world={world} page={page} court={court} dispatch={dispatch} />;
    case 'pacer-fee-method':
      return <FeeMethod world={world} page={page} court={court} dispatch={dispatch} />;
    case 'pacer-fee-review':
      return <FeeReview world={world} page={page} court={court} dispatch={dispatch} />;
    default:
      return null;
  }
}

function CourtScreen({ world, page, court, dispatch }: ScreenProps) {
  switch (page.kind) {
    case 'cmecf-reinstatement-event':
      return (
        <EventPicker
          world={world}
          dispatch={dispatch}
          form="cmecf/reinstatement/event"
          title={ATTORNEY_REINSTATEMENT_MENU}
          events={AVAILABLE_ATTORNEY_EVENTS}
        />
      );
    case 'cmecf-reinstatement-case':
      return <CaseScreen world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-reinstatement-statement':
      return <StatementScreen world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-reinstatement-attorney':
      return <AttorneyScreen world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-reinstatement-fee':
      return <FeeScreen world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-reinstatement-returned':
      return <PaymentReturnedScreen world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-reinstatement-docket-text':
      return <DocketTextScreen world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-reinstatement-nef':
      return <NoticeOfElectronicFiling world={world} page={page} court={court} dispatch={dispatch} />;
    case 'pacer-fee-login':
    case 'pacer-fee-method':
    case 'pacer-fee-review':
      return null;
    default:
      return page satisfies never;
  }
}
