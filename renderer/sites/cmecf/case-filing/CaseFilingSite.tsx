import { caseFilingOf } from '../../../../shared/model/cmecf/case-filing/state';
import { OTHER_DOCUMENT_EVENTS } from '../../../../shared/model/cmecf/case-filing/events-catalog';
import type { CaseFilingPage } from '../../../../shared/model/cmecf/case-filing/pages';
import { courtById, currentUrl, type Court } from '../../../../shared/model/world';
import { NotFoundPage } from '../../browser/NotFoundPage';
import type { SiteProps } from '../../types';
import { CmecfLayout } from '../CmecfLayout';
import { EventPicker } from '../filing/EventPicker';
import { CaseNumberScreen, DocketTextScreen, DocumentScreen, FilerScreen } from './CaseFilingScreens';
import { CaseFilingNotice } from './CaseFilingNotice';

/** Civil ▸ Other Filings: a document filed in a civil case, screen by screen, inside the court's CM/ECF layout. */
export function CaseFilingSite({ world, page, dispatch }: SiteProps<CaseFilingPage>) {
  const court = courtById(world, page.courtId);
  if (!court) return <NotFoundPage address={currentUrl(world) ?? page.courtId} />;
  return (
    <CmecfLayout world={world} court={court} currentMenu={page.kind === 'cmecf-filing-event' ? 'Civil' : null} showCourtName dispatch={dispatch}>
      <Screen world={world} page={page} court={court} dispatch={dispatch} />
    </CmecfLayout>
  );
}

function Screen({ world, page, court, dispatch }: SiteProps<CaseFilingPage> & { court: Court }) {
  switch (page.kind) {
    case 'cmecf-filing-event':
      return (
        <EventPicker world={world} dispatch={dispatch} form="cmecf/case-filing/event" title="Other Filings" events={OTHER_DOCUMENT_EVENTS}>
          <h2 className="ecf-filing-category">Other Documents</h2>
        </EventPicker>
      );
    case 'cmecf-filing-case':
      return <CaseNumberScreen world={world} court={court} dispatch={dispatch} />;
    case 'cmecf-filing-filer':
      return <FilerScreen world={world} court={court} dispatch={dispatch} />;
    case 'cmecf-filing-document':
      return <DocumentScreen world={world} court={court} dispatch={dispatch} />;
    case 'cmecf-filing-docket-text':
      return <DocketTextScreen world={world} court={court} dispatch={dispatch} />;
    case 'cmecf-filing-nef': {
      const filing = caseFilingOf(world).filings.find((candidate) => candidate.id === page.filingId) ?? null;
      return <CaseFilingNotice world={world} court={court} filing={filing} />;
    }
    default:
      return page satisfies never;
  }
}
