import type { ReactNode } from 'react';
import { PACER_ENTRY } from '../../../../shared/model/pacer/hosts';
import type { EfilePath } from '../../../../shared/model/pacer/admissions/state';
import type { TrainerEvent } from '../../../../shared/model/events';
import type { World } from '../../../../shared/model/world';
import { SiteLink } from '../../common/SiteLink';
import { PacerSiteLayout } from '../PacerSiteLayout';
import './admissions.css';

export const PATH_TITLES: Record<EfilePath, string> = {
  attorney: 'Attorney Admissions / E-File Registration',
  'non-attorney': 'Non-Attorney E-File Registration',
};

interface AdmissionsFrameProps {
  world: World;
  dispatch: (event: TrainerEvent) => void;
  /** The wizard this screen belongs to, shown above the screen's own heading (null: not known yet). */
  path: EfilePath | 'fee' | null;
  heading: string;
  children: ReactNode;
}

/** A screen of Manage My Account ▸ Maintenance's e-filing registrations: where it is, its heading, its panel. */
export function AdmissionsFrame({ world, dispatch, path, heading, children }: AdmissionsFrameProps) {
  return (
    <PacerSiteLayout world={world} dispatch={dispatch} section="manage">
      <nav aria-label="Breadcrumb" className="adm-breadcrumb">
        <SiteLink address={PACER_ENTRY.manageMyAccount} dispatch={dispatch}>
          Manage My Account
        </SiteLink>
        <span aria-hidden="true"> › </span>
        <span>{path === null ? 'Maintenance' : path === 'fee' ? 'Payments' : `Maintenance › ${PATH_TITLES[path]}`}</span>
      </nav>
      <h1>{heading}</h1>
      <div className="pacer-site__panel">{children}</div>
    </PacerSiteLayout>
  );
}
