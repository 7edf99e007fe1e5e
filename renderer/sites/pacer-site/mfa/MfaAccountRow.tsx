import type { TrainerEvent } from '../../../../shared/model/events';
import { mfaSettingsUrl } from '../../../../shared/model/pacer/mfa/pages';
import { isEnrolled, mfaAccount, mfaInForce } from '../../../../shared/model/pacer/mfa/state';
import type { PacerAccount, World } from '../../../../shared/model/world';
import { SiteLink } from '../../common/SiteLink';

/** Manage My Account's "Multifactor Auth" row (2025 era): Enroll when not enrolled (FIDELITY 8, "Where"). */
export function MfaAccountRow({ world, account, dispatch }: { world: World; account: PacerAccount; dispatch: (event: TrainerEvent) => void }) {
  if (!mfaInForce(world) || account.administrative) return null;
  const enrolled = isEnrolled(mfaAccount(world, account.accountNumber));
  return (
    <div>
      <dt>Multifactor Auth</dt>
      <dd>
        {enrolled ? 'Enrolled' : 'Not Enrolled'}{' '}
        <SiteLink address={mfaSettingsUrl()} dispatch={dispatch}>
          {enrolled ? 'Manage MFA Settings' : 'Enroll'}
        </SiteLink>
      </dd>
    </div>
  );
}

/** "Manage MFA Settings" in the Settings tab's list (2025 era). */
export function MfaSettingsLink({ world, account, dispatch }: { world: World; account: PacerAccount; dispatch: (event: TrainerEvent) => void }) {
  if (!mfaInForce(world) || account.administrative) return null;
  return (
    <li>
      <SiteLink address={mfaSettingsUrl()} dispatch={dispatch}>
        Manage MFA Settings
      </SiteLink>
    </li>
  );
}
