import { useEffect, useRef, type RefObject } from 'react';
import {
  isAccountPage,
  isAdmissionPage,
  isCourtSidePage,
  isCurrentGenPasswordPage,
  isEcfMaintenancePage,
  isRegistrationPage,
  isReinstatementPage,
  isCaseFilingPage,
  isMfaPage,
  type Page,
} from '../../shared/model/pages';
import { courtById, currentUrl, type Court, type World } from '../../shared/model/world';
import { BlankPage } from './browser/BlankPage';
import { NotFoundPage } from './browser/NotFoundPage';
import { CmecfSite } from './cmecf/CmecfSite';
import { CurrentGenLogin } from './cmecf/CurrentGenLogin';
import { CurrentGenPasswordSite } from './cmecf/currentgen-password/CurrentGenPassword';
import { EcfMaintenanceSite } from './cmecf/maintenance/EcfMaintenanceSite';
import { ReinstatementSite } from './cmecf/reinstatement/ReinstatementSite';
import { CaseFilingSite } from './cmecf/case-filing/CaseFilingSite';
import { EcfLanding } from './cmecf/EcfLanding';
import { CourtEfiling } from './court/CourtEfiling';
import { CourtHome } from './court/CourtHome';
import { PacerLoggedOut } from './pacer/PacerLoggedOut';
import { AccountSite } from './pacer-site/account/AccountSite';
import { AdmissionsSite } from './pacer-site/admissions/AdmissionsSite';
import { RegistrationSite } from './pacer-site/registration/RegistrationSite';
import { MfaSite } from './pacer-site/mfa/MfaSite';
import { PacerLogin } from './pacer/PacerLogin';
import { PacerSignedIn } from './pacer/PacerSignedIn';
import { RedactionNotice } from './pacer/RedactionNotice';
import type { SiteProps } from './types';
import './site.css';

/**
 * The simulated site for `page`: what the browser frame shows below its
 * address bar. It renders the world and dispatches the trainee's actions;
 * every rule is in shared/model.
 */
export function SiteView({ world, page, dispatch }: SiteProps) {
  const root = useRef<HTMLDivElement>(null);
  useFocusAfterPageChange(root, page);
  return (
    <div className="site-root" ref={root}>
      {sitePage({ world, page, dispatch })}
    </div>
  );
}

/**
 * When a new page replaces the control that had focus (a followed link, a
 * submitted form), focus would fall back to the document body; move it to
 * the new page's heading instead, as a browser starts a new page at its top.
 * Focus that is still somewhere (the address bar, a dialog) is left alone.
 */
function useFocusAfterPageChange(root: RefObject<HTMLDivElement | null>, page: Page) {
  const pageKey = JSON.stringify(page);
  const previous = useRef(pageKey);
  useEffect(() => {
    if (previous.current === pageKey) return;
    previous.current = pageKey;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    const heading = root.current?.querySelector<HTMLElement>('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [root, pageKey]);
}

/** A page of a court the world does not hold (a stale address): shown like any unknown address. */
function unknownCourt(world: World, courtId: string) {
  return <NotFoundPage address={currentUrl(world) ?? courtId} />;
}

function courtOf(world: World, courtId: string): Court | null {
  return courtById(world, courtId);
}

function sitePage({ world, page, dispatch }: SiteProps) {
  if (isRegistrationPage(page)) return <RegistrationSite world={world} page={page} dispatch={dispatch} />;
  if (isAccountPage(page)) return <AccountSite world={world} page={page} dispatch={dispatch} />;
  if (isAdmissionPage(page)) return <AdmissionsSite world={world} page={page} dispatch={dispatch} />;
  if (isEcfMaintenancePage(page)) return <EcfMaintenanceSite world={world} page={page} dispatch={dispatch} />;
  if (isReinstatementPage(page)) return <ReinstatementSite world={world} page={page} dispatch={dispatch} />;
  if (isCaseFilingPage(page)) return <CaseFilingSite world={world} page={page} dispatch={dispatch} />;
  if (isMfaPage(page)) return <MfaSite world={world} page={page} dispatch={dispatch} />;
  if (isCurrentGenPasswordPage(page)) return <CurrentGenPasswordSite world={world} page={page} dispatch={dispatch} />;
  if (isCourtSidePage(page)) {
    const court = courtOf(world, page.courtId);
    if (!court) return unknownCourt(world, page.courtId);
    return page.kind === 'cmecf-currentgen-login' ? (
      <CurrentGenLogin world={world} page={page} court={court} dispatch={dispatch} />
    ) : (
      <CmecfSite world={world} page={page} court={court} dispatch={dispatch} />
    );
  }
  switch (page.kind) {
    case 'blank':
      return <BlankPage />;
    case 'not-found':
      return <NotFoundPage address={page.address} outside={page.outside} />;
    case 'court-home': {
      const court = courtOf(world, page.courtId);
      return court ? <CourtHome world={world} page={page} court={court} dispatch={dispatch} /> : unknownCourt(world, page.courtId);
    }
    case 'court-efiling': {
      const court = courtOf(world, page.courtId);
      return court ? <CourtEfiling world={world} page={page} court={court} dispatch={dispatch} /> : unknownCourt(world, page.courtId);
    }
    case 'pacer-login':
      return <PacerLogin world={world} page={page} dispatch={dispatch} />;
    case 'pacer-signed-in':
      return <PacerSignedIn world={world} page={page} dispatch={dispatch} />;
    case 'pacer-logged-out':
      return <PacerLoggedOut world={world} page={page} dispatch={dispatch} />;
    case 'redaction-notice': {
      const court = courtOf(world, page.courtId);
      return court ? <RedactionNotice world={world} page={page} court={court} dispatch={dispatch} /> : unknownCourt(world, page.courtId);
    }
    case 'ecf-landing': {
      const court = courtOf(world, page.courtId);
      return court ? <EcfLanding world={world} page={page} court={court} dispatch={dispatch} /> : unknownCourt(world, page.courtId);
    }
    case 'cmecf-main':
    case 'cmecf-menu':
    case 'cmecf-link-credentials':
    case 'cmecf-link-verify':
    case 'cmecf-link-done': {
      const court = courtOf(world, page.courtId);
      return court ? <CmecfSite world={world} page={page} court={court} dispatch={dispatch} /> : unknownCourt(world, page.courtId);
    }
    default:
      return page satisfies never;
  }
}
