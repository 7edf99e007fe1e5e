import type { TrainerEvent } from '../../../../shared/model/events';
import { upgradeUrl } from '../../../../shared/model/pacer/account/routes';
import { SiteLink } from '../../common/SiteLink';

/** Shown on an option a legacy account must upgrade before using (seed 004: "You will then be prompted to upgrade your account"). */
export function UpgradePrompt({ dispatch }: { dispatch: (event: TrainerEvent) => void }) {
  return (
    <div className="mma-prompt" role="note" aria-label="Upgrade required">
      <p>
        <strong>Your PACER account must be upgraded.</strong> Legacy PACER accounts must be upgraded before any account information can be
        changed (making a payment is the exception).
      </p>
      <SiteLink address={upgradeUrl()} dispatch={dispatch} className="mma-upgrade-link">
        Upgrade
      </SiteLink>
    </div>
  );
}
