import { filingSystemLabel, filingSystemLinkAfterLogin, websiteEfilingLabel, type Court } from '../../../shared/model/world';
import { isCurrentGen } from '../../../shared/model/menus';
import { longDate } from '../common/format';
import { SiteLink } from '../common/SiteLink';
import type { PageOf, SiteProps } from '../types';
import { CourtLayout } from './CourtLayout';

/** The court's E-Filing (CM/ECF) page with the link into its filing system (seed 000, steps 1-2). */
export function CourtEfiling({ world, court, dispatch }: SiteProps<PageOf<'court-efiling'>> & { court: Court }) {
  const goLive = court.nextGenGoLive === null ? null : longDate(court.nextGenGoLive);
  return (
    <CourtLayout court={court} current="efiling" dispatch={dispatch}>
      <h1>{websiteEfilingLabel(court)}</h1>
      {isCurrentGen(court, world.clock) ? (
        <p>
          Documents are filed with the court electronically through CM/ECF (Case Management/Electronic Case Files). This
          court still uses CurrentGen CM/ECF: log in with the CM/ECF login and password the court issued you, not your
          PACER login.
        </p>
      ) : filingSystemLinkAfterLogin(court) ? (
        <p>
          Documents are filed with the court electronically through CM/ECF (Case Management/Electronic Case Files). Log in
          with your PACER account, acknowledge the redaction notice, then choose {filingSystemLabel(court)}:
        </p>
      ) : (
        <p>
          Documents are filed with the court electronically through CM/ECF (Case Management/Electronic Case Files). Open
          the court’s filing system here:
        </p>
      )}
      <p className="site-court-cta">
        <SiteLink address={`https://${court.ecfHost}/`} dispatch={dispatch}>
          {filingSystemLinkAfterLogin(court) ? 'Log in to CM/ECF' : filingSystemLabel(court)}
        </SiteLink>
      </p>

      <h2>Filing in NextGen CM/ECF</h2>
      <ul className="site-court-steps">
        <li>Each filer needs an individual PACER account. Shared firm accounts cannot be used to file.</li>
        <li>If your individual PACER account was created before August 11, 2014, upgrade it on the PACER website.</li>
        <li>
          {court.type === 'appellate'
            ? `Filed in this court before NextGen? After you log in, click “Link my filer account to my PACER account” on the CM/ECF landing page${goLive === null ? '' : ` (NextGen since ${goLive})`}, and enter your appellate filer username in lowercase letters.`
            : goLive === null
            ? 'Once the court goes live on NextGen, link your upgraded PACER account to your existing CM/ECF account. The court will tell you when it is live.'
            : `Once the court is live on NextGen (${goLive}), link your upgraded PACER account to your existing CM/ECF account. Until you link, you cannot e-file.`}
        </li>
      </ul>
    </CourtLayout>
  );
}
