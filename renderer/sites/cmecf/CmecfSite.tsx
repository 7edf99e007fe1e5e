import type { Court } from '../../../shared/model/world';
import type { PageOf, SiteProps } from '../types';
import { CmecfLayout } from './CmecfLayout';
import { CmecfMain } from './CmecfMain';
import { CmecfMenuPage } from './CmecfMenuPage';
import { LinkCredentials } from './LinkCredentials';
import { LinkDone } from './LinkDone';
import { LinkVerify } from './LinkVerify';

export type CmecfPage = PageOf<'cmecf-main' | 'cmecf-menu' | 'cmecf-link-credentials' | 'cmecf-link-verify' | 'cmecf-link-done'>;

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
    default:
      return page satisfies never;
  }
}
