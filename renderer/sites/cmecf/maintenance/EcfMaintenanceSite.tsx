import type { EcfMaintenancePage } from '../../../../shared/model/cmecf/maintenance/pages';
import { courtById, type Court } from '../../../../shared/model/world';
import { NotFoundPage } from '../../browser/NotFoundPage';
import type { SiteProps } from '../../types';
import { CmecfLayout } from '../CmecfLayout';
import { ChangeUser } from './ChangeUser';
import { EmailInformation } from './EmailInformation';
import { MaintainAccount } from './MaintainAccount';
import { MaintainSaved } from './MaintainSaved';
import { MoreUserInformation } from './MoreUserInformation';
import './maintenance.css';

/** Maintain Your ECF Account pages, drawn inside the court's CM/ECF layout with its menu bar. */
export function EcfMaintenanceSite({ world, page, dispatch }: SiteProps<EcfMaintenancePage>) {
  const court = courtById(world, page.courtId);
  if (!court) return <NotFoundPage address={page.courtId} />;
  return (
    <CmecfLayout world={world} court={court} currentMenu={null} showCourtName dispatch={dispatch}>
      <MaintenanceContent world={world} page={page} court={court} dispatch={dispatch} />
    </CmecfLayout>
  );
}

function MaintenanceContent({ world, page, court, dispatch }: SiteProps<EcfMaintenancePage> & { court: Court }) {
  switch (page.kind) {
    case 'cmecf-maintain-account':
      return <MaintainAccount world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-maintain-email':
      return <EmailInformation world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-maintain-more':
      return <MoreUserInformation key={`${page.search}|${page.permissionsFor}`} world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-maintain-saved':
      return <MaintainSaved world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-change-user':
      return <ChangeUser world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-maintain-not-linked':
      return (
        <div className="site-cmecf-maintain">
          <h1>Maintain User Account</h1>
          <p>
            Your PACER account is not linked to a CM/ECF account at this court. Link your CM/ECF account to your PACER account
            (Utilities ▸ Link a CM/ECF account to my PACER account) before you maintain it.
          </p>
        </div>
      );
    default:
      return page satisfies never;
  }
}
