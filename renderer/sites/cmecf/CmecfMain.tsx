import { APPELLATE_SERVLETS, appellateUrl } from '../../../shared/model/addresses';
import { COURT_SIDE_MESSAGES } from '../../../shared/model/cmecf/court-part';
import { currentGenLogin } from '../../../shared/model/cmecf/court-state';
import { filingMenusFor, isCurrentGen } from '../../../shared/model/menus';
import { ecfAccountLinkedTo, signedInAccount, type Court, type World } from '../../../shared/model/world';
import { SiteLink } from '../common/SiteLink';
import type { TrainerEvent } from '../../../shared/model/events';
import type { PageOf, SiteProps } from '../types';
import { APPELLATE_LINK_TITLE } from './link-text';

/** The court's CM/ECF welcome page: NextGen district/bankruptcy, the appellate landing page, or CurrentGen. */
export function CmecfMain({ world, court, dispatch }: SiteProps<PageOf<'cmecf-main'>> & { court: Court }) {
  if (court.type === 'appellate') return <AppellateLanding world={world} court={court} dispatch={dispatch} />;
  if (isCurrentGen(court, world.clock)) return <CurrentGenMain world={world} court={court} />;
  const menusShown = world.session.courtSessions[court.id]?.filingMenusShown ?? false;
  const filingMenus = filingMenusFor(court.type);
  return (
    <div className="site-cmecf-main">
      <h1>{court.name}</h1>
      <p className="site-cmecf-subtitle">Official Court Electronic Document Filing System</p>
      {menusShown ? null : (
        <p className="site-cmecf-note">
          {`Filed in this court before NextGen? The filing menus (such as ${filingMenus.join(' and ')}) appear after you link your CM/ECF account to your PACER account.`}
        </p>
      )}
    </div>
  );
}

/**
 * The appellate NextGen landing page after the PACER login (FIDELITY 1.11):
 * prior filers link here, not in Utilities; once linked, Filing files.
 */
function AppellateLanding({ world, court, dispatch }: { world: World; court: Court; dispatch: (event: TrainerEvent) => void }) {
  const pacer = signedInAccount(world);
  const linked = pacer ? ecfAccountLinkedTo(world, court.id, pacer.accountNumber) : null;
  return (
    <div className="site-cmecf-main">
      <h1>{court.name}</h1>
      <p className="site-cmecf-subtitle">NextGen CM/ECF</p>
      {pacer ? <p>{`Welcome, ${pacer.name}.`}</p> : null}
      {linked ? (
        <>
          <p className="site-cmecf-success">{COURT_SIDE_MESSAGES.filerLinked}</p>
          <p className="site-cmecf-note">To file a document, open the Filing menu and choose File a Document.</p>
        </>
      ) : (
        <section className="site-cmecf-landing-box" aria-label="Filing in this court">
          <p>
            Had an appellate CM/ECF filer account before NextGen? Link it to your PACER account once; then your PACER
            login files here.
          </p>
          <p className="site-cmecf-cta">
            <SiteLink address={appellateUrl(court, APPELLATE_SERVLETS.link)} dispatch={dispatch}>
              {APPELLATE_LINK_TITLE}
            </SiteLink>
          </p>
          <p>New to e-filing in this court? Register for filing privileges through PACER’s Manage My Account.</p>
        </section>
      )}
    </div>
  );
}

/** A CurrentGen court's main page after its own login: the court-issued login's menus, no linking. */
function CurrentGenMain({ world, court }: { world: World; court: Court }) {
  const ecfId = currentGenLogin(world, court.id);
  const ecf = ecfId ? world.ecfAccounts[ecfId] : undefined;
  return (
    <div className="site-cmecf-main">
      <h1>{court.name}</h1>
      <p className="site-cmecf-subtitle">Official Court Electronic Document Filing System</p>
      {ecf ? <p>{`Logged in as ${ecf.name} (${ecf.login}).`}</p> : null}
      <p className="site-cmecf-note">
        This court uses CurrentGen CM/ECF: file with the login the court issued you. Once the court moves to NextGen, you
        will link this login to your PACER account.
      </p>
    </div>
  );
}
