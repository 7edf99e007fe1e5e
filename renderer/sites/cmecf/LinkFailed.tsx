import { CMECF_PATHS, ecfUrl } from '../../../shared/model/addresses';
import { failedLinkCount } from '../../../shared/model/cmecf/court-state';
import { failedLinkMessage } from '../../../shared/model/cmecf/link-core';
import { PACER_ENTRY } from '../../../shared/model/pacer/hosts';
import type { Court } from '../../../shared/model/world';
import { SiteLink } from '../common/SiteLink';
import type { PageOf, SiteProps } from '../types';
import { LINK_TITLE } from './link-text';

/**
 * The court's answer when its system could not link the accounts (seed 004):
 * try again; if it still fails, a new e-filing request through Manage My Account.
 */
export function LinkFailed({ world, page, court, dispatch }: SiteProps<PageOf<'cmecf-link-failed'>> & { court: Court }) {
  const failures = failedLinkCount(world, page.ecfAccountId);
  return (
    <div className="site-cmecf-link">
      <h1>{LINK_TITLE}</h1>
      <div role="alert" className="site-cmecf-warning">
        {failedLinkMessage(failures)}
      </div>
      <p>Your CM/ECF account has not been linked. Nothing has changed in either account.</p>
      <ul className="site-cmecf-entries">
        <li>
          <SiteLink address={ecfUrl(court, CMECF_PATHS.link)} dispatch={dispatch}>
            Try again
          </SiteLink>
        </li>
        {failures > 1 ? (
          <li>
            <SiteLink address={PACER_ENTRY.manageMyAccountLogin} dispatch={dispatch}>
              Manage My Account
            </SiteLink>
          </li>
        ) : null}
      </ul>
      <p className="site-cmecf-hint">If you do not remember your CM/ECF login or password, contact the court.</p>
    </div>
  );
}
