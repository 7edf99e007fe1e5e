import { courtWebsiteUrl, ecfUrl } from '../../../../shared/model/addresses';
import { PACER_ENTRY } from '../../../../shared/model/pacer/hosts';
import { courtGeneration, COURT_TYPE_LABELS, type CourtGeneration } from '../../../../shared/model/pacer/registration/lookup';
import { courtDetailsUrl } from '../../../../shared/model/pacer/registration/pages';
import { courtById, type Court } from '../../../../shared/model/world';
import { longDate } from '../../common/format';
import { SiteLink } from '../../common/SiteLink';
import type { PageOf, SiteProps } from '../../types';
import { PacerSiteLayout } from '../PacerSiteLayout';
import './registration.css';

function versionLabel(generation: CourtGeneration): string {
  return generation.kind === 'nextgen' ? 'NextGen CM/ECF' : 'CurrentGen CM/ECF';
}

function goLiveLabel(generation: CourtGeneration): string {
  switch (generation.kind) {
    case 'nextgen':
      return `Live on NextGen since ${longDate(generation.since)}`;
    case 'scheduled':
      return `Not yet live: NextGen scheduled for ${longDate(generation.goLive)}`;
    case 'currentgen':
      return 'No NextGen date announced';
  }
}

/** Which username and password file in the court today (seed 004). */
function loginLabel(generation: CourtGeneration): string {
  switch (generation.kind) {
    case 'nextgen':
      return 'Your upgraded individual PACER account (central sign-on), linked to your CM/ECF account';
    case 'scheduled':
      return `The CM/ECF login the court issued you, until ${longDate(generation.goLive)}; then your upgraded PACER account`;
    case 'currentgen':
      return 'The CM/ECF login the court issued you (separate from PACER)';
  }
}

function filingAccessLabel(generation: CourtGeneration): string {
  return generation.kind === 'nextgen'
    ? 'Register through Manage My Account (Maintenance tab); the court must approve you as a filer.'
    : 'Register through the court; the court must approve you as a filer.';
}

function sortedCourts(courts: Record<string, Court>): Court[] {
  return Object.values(courts).sort((a, b) => a.name.localeCompare(b.name));
}

export function CourtLookup({ world, dispatch }: SiteProps<PageOf<'pacer-cmecf-lookup'>>) {
  return (
    <PacerSiteLayout world={world} dispatch={dispatch} section="lookup">
      <h1>Court CM/ECF Lookup</h1>
      <p>
        Find out whether a court has moved to NextGen CM/ECF, and so which login you file with there. Select a court for its
        details. Dates are as of {longDate(world.clock)}.
      </p>
      <table className="psc-lookup">
        <caption>Courts</caption>
        <thead>
          <tr>
            <th scope="col">Court</th>
            <th scope="col">Court Type</th>
            <th scope="col">CM/ECF Version</th>
            <th scope="col">NextGen Go-Live</th>
          </tr>
        </thead>
        <tbody>
          {sortedCourts(world.courts).map((court) => {
            const generation = courtGeneration(court, world.clock);
            return (
              <tr key={court.id}>
                <th scope="row">
                  <SiteLink address={courtDetailsUrl(court.id)} dispatch={dispatch}>
                    {court.name}
                  </SiteLink>
                </th>
                <td>{COURT_TYPE_LABELS[court.type]}</td>
                <td className={`psc-status psc-status--${generation.kind === 'nextgen' ? 'nextgen' : 'currentgen'}`}>{versionLabel(generation)}</td>
                <td>{goLiveLabel(generation)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </PacerSiteLayout>
  );
}

export function CourtDetails({ world, page, dispatch }: SiteProps<PageOf<'pacer-court-details'>>) {
  const court = courtById(world, page.lookupCourt);
  if (!court) return <CourtLookup world={world} page={{ kind: 'pacer-cmecf-lookup' }} dispatch={dispatch} />;
  const generation = courtGeneration(court, world.clock);
  return (
    <PacerSiteLayout world={world} dispatch={dispatch} section="lookup">
      <h1>{court.name}</h1>
      <div className="pacer-site__panel">
        <dl className="psc-summary">
          <dt>Court Type</dt>
          <dd>{COURT_TYPE_LABELS[court.type]}</dd>
          <dt>CM/ECF Version</dt>
          <dd className={`psc-status psc-status--${generation.kind === 'nextgen' ? 'nextgen' : 'currentgen'}`}>{versionLabel(generation)}</dd>
          <dt>NextGen Go-Live</dt>
          <dd>{goLiveLabel(generation)}</dd>
          <dt>Login for filing</dt>
          <dd>{loginLabel(generation)}</dd>
          <dt>Becoming a filer</dt>
          <dd>{filingAccessLabel(generation)}</dd>
          <dt>Court website</dt>
          <dd>
            <SiteLink address={courtWebsiteUrl(court)} dispatch={dispatch}>
              {court.website}
            </SiteLink>
          </dd>
          <dt>CM/ECF</dt>
          <dd>
            <SiteLink address={ecfUrl(court, '/')} dispatch={dispatch}>
              {court.ecfHost}
            </SiteLink>
          </dd>
        </dl>
      </div>
      <p>
        <SiteLink address={PACER_ENTRY.cmecfLookup} dispatch={dispatch}>
          Back to the Court CM/ECF Lookup
        </SiteLink>
      </p>
    </PacerSiteLayout>
  );
}
