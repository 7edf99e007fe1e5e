import type { Court } from '../../../shared/model/world';
import type { PageOf, SiteProps } from '../types';
import { AppellateAccount } from './AppellateAccount';
import { AppellateLink } from './AppellateLink';
import { CmecfLayout } from './CmecfLayout';
import { CmecfMain } from './CmecfMain';
import { CmecfMenuPage } from './CmecfMenuPage';
import { LinkCredentials } from './LinkCredentials';
import { LinkDone } from './LinkDone';
import { LinkFailed } from './LinkFailed';
import { LinkVerify } from './LinkVerify';

export type CmecfPage = PageOf<
  | 'cmecf-main'
  | 'cmecf-menu'
  | 'cmecf-link-credentials'
  | 'cmecf-link-verify'
  | 'cmecf-link-done'
  | 'cmecf-appellate-link'
  | 'cmecf-appellate-account'
  | 'cmecf-link-failed'
>;

/**
 * A court's CM/ECF. The layout (and so the menu bar and its focus) stays
 * mounted from one CM/ECF page to the next; only the content changes.
 */
export function CmecfSite({ world, page, court, dispatch }: SiteProps<CmecfPage> & { court: Court }) {
  return (
    <CmecfLayout
      world={world}
      court={court}
      currentMenu={page.kind === 'cmecf-menu' ? page.menu : null}
      showCourtName={page.kind !== 'cmecf-main'}
      dispatch={dispatch}
    >
      <CmecfContent world={world} page={page} court={court} dispatch={dispatch} />
    </CmecfLayout>
  );
}

function CmecfContent({ world, page, court, dispatch }: SiteProps<CmecfPage> & { court: Court }) {
  switch (page.kind) {
    case 'cmecf-main':
      return <CmecfMain world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-menu':
      return <CmecfMenuPage key={page.menu} world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-link-credentials':
      return <LinkCredentials world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-link-verify':
      return <LinkVerify world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-link-done':
      return <LinkDone world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-appellate-link':
      return <AppellateLink world={world} page={page} dispatch={dispatch} />;
    case 'cmecf-link-failed':
      return <LinkFailed world={world} page={page} court={court} dispatch={dispatch} />;
    case 'cmecf-appellate-account':
      return <AppellateAccount world={world} page={page} dispatch={dispatch} />;
    default:
      return page satisfies never;
  }
}
