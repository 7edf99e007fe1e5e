import type { ReactNode } from 'react';
import type { TrainerEvent } from '../../../../shared/model/events';
import { homeUrl } from '../../../../shared/model/pacer/account/routes';
import type { PacerAccount, World } from '../../../../shared/model/world';
import { SimForm } from '../../common/SimForm';
import { SiteLink } from '../../common/SiteLink';
import { PacerSiteLayout } from '../PacerSiteLayout';
import './account.css';

interface MmaFrameProps {
  world: World;
  dispatch: (event: TrainerEvent) => void;
  title: string;
  /** The account logged in to Manage My Account: shows who is logged in, Logout, and the way back to the tabs. */
  account?: PacerAccount;
  /** Hide the link back to the tabs (the tabs page itself). */
  atHome?: boolean;
  children: ReactNode;
}

/** A Manage My Account screen inside the PACER site layout (section "Manage My Account"). */
export function MmaFrame({ world, dispatch, title, account, atHome = false, children }: MmaFrameProps) {
  return (
    <PacerSiteLayout world={world} dispatch={dispatch} section="manage">
      <div className="mma">
        {account ? (
          <div className="mma-session">
            <p>
              Logged in as <strong>{account.username}</strong>
            </p>
            {atHome ? null : (
              <SiteLink address={homeUrl()} dispatch={dispatch}>
                Return to Manage My Account
              </SiteLink>
            )}
            <SimForm form="pacer/account/logout" salt={world.salt} dispatch={dispatch} aria-label="Logout">
              <button type="submit" name="button" value="logout" className="mma-link-button">
                Logout
              </button>
            </SimForm>
          </div>
        ) : null}
        <h1>{title}</h1>
        {children}
      </div>
    </PacerSiteLayout>
  );
}
