import { ecfUrl } from '../../../../shared/model/addresses';
import { maintainAccountUrl } from '../../../../shared/model/cmecf/maintenance/addresses';
import { receiptFor } from '../../../../shared/model/cmecf/maintenance/state';
import type { Court } from '../../../../shared/model/world';
import { SiteLink } from '../../common/SiteLink';
import type { PageOf, SiteProps } from '../../types';

/** The acknowledgment after Submit on the account screen: what was saved, and the e-mail that confirms it. */
export function MaintainSaved({ world, court, dispatch }: SiteProps<PageOf<'cmecf-maintain-saved'>> & { court: Court }) {
  const receipt = receiptFor(world, court.id);
  return (
    <div className="site-cmecf-maintain">
      <h1>Maintain User Account</h1>
      <p className="site-cmecf-success">Your account information has been updated.</p>
      {receipt ? (
        <>
          <h2>Changes saved (Transaction ID {receipt.transactionId})</h2>
          <ul className="site-cmecf-maintain-list">
            {receipt.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>An e-mail notice confirming the change has been sent to you.</p>
      <p>
        <SiteLink address={maintainAccountUrl(court)} dispatch={dispatch}>
          Back to Maintain Your ECF Account
        </SiteLink>{' '}
        ·{' '}
        <SiteLink address={ecfUrl(court)} dispatch={dispatch}>
          CM/ECF main page
        </SiteLink>
      </p>
    </div>
  );
}
