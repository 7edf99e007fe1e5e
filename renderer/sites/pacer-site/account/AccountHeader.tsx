import type { TrainerEvent } from '../../../../shared/model/events';
import { PACER_ENTRY } from '../../../../shared/model/pacer/hosts';
import { activationCodeOffered, inactiveCaseSearchNoted, pendingRequestCount, upgradeOffered } from '../../../../shared/model/pacer/account/offers';
import { administrativeAccountOf } from '../../../../shared/model/pacer/admissions/session';
import { MMA_PATHS, mmaUrl, upgradeUrl } from '../../../../shared/model/pacer/account/routes';
import type { CaseSearchStatus, PacerAccount, World } from '../../../../shared/model/world';
import { SiteLink } from '../../common/SiteLink';
import { MfaAccountRow } from '../mfa/MfaAccountRow';

const STATUS_LABELS: Record<CaseSearchStatus, string> = {
  active: 'Active',
  inactive: 'Inactive',
  'awaiting-activation': 'Inactive (awaiting activation code)',
};

/**
 * The rows at the top of Manage My Account (FIDELITY 1.3): Account Number,
 * Username, Account Type (with Upgrade for a legacy account), Case Search
 * Status (a PAA shows Account Status), and View All My Requests.
 */
export function AccountHeader({ world, account, dispatch }: { world: World; account: PacerAccount; dispatch: (event: TrainerEvent) => void }) {
  const pending = pendingRequestCount(world, account);
  const paa = administrativeAccountOf(world, account);
  return (
    <section className="pacer-site__panel mma-header" aria-label="Account information">
      <dl className="pacer-rows">
        <div>
          <dt>Account Number</dt>
          <dd>{account.accountNumber}</dd>
        </div>
        <div>
          <dt>Username</dt>
          <dd>{account.username}</dd>
        </div>
        <div>
          <dt>Name</dt>
          <dd>{account.name}</dd>
        </div>
        <div>
          <dt>Account Type</dt>
          <dd>
            {account.administrative ? 'PACER Administrative Account' : null}
            {account.administrative ? ' — ' : null}
            {upgradeOffered(account) ? (
              <>
                Legacy PACER Account{' '}
                <SiteLink address={upgradeUrl()} dispatch={dispatch} className="mma-upgrade-link">
                  Upgrade
                </SiteLink>
              </>
            ) : (
              'Upgraded PACER Account'
            )}
          </dd>
        </div>
        {account.administrative ? (
          <div>
            <dt>Account Status</dt>
            <dd>{account.caseSearchStatus === 'active' ? 'Active' : 'Inactive'}</dd>
          </div>
        ) : (
          <div>
            <dt>Case Search Status</dt>
            <dd>
              {STATUS_LABELS[account.caseSearchStatus]}
              {activationCodeOffered(account) ? (
                <>
                  {' '}
                  <SiteLink address={PACER_ENTRY.activate} dispatch={dispatch}>
                    Enter Activation Code
                  </SiteLink>
                </>
              ) : null}
            </dd>
          </div>
        )}
        <MfaAccountRow world={world} account={account} dispatch={dispatch} />
        {paa ? (
          <div>
            <dt>PACER Administrative Account</dt>
            <dd>
              {paa.firm ?? paa.name} ({paa.accountNumber})
            </dd>
          </div>
        ) : null}
      </dl>
      {inactiveCaseSearchNoted(account) ? (
        <p className="mma-note">
          Your case search privileges are inactive. You can still upgrade and update your account, but you cannot search for case
          information. Contact the PACER Service Center at (800) 676-6856 to activate them.
        </p>
      ) : null}
      <p>
        <SiteLink address={mmaUrl(MMA_PATHS.requests)} dispatch={dispatch}>
          View All My Requests
        </SiteLink>
        {pending > 0 ? <span className="mma-badge"> {pending} pending</span> : null}
      </p>
    </section>
  );
}
