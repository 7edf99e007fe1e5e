import { PACER_ENTRY } from '../../../shared/model/pacer/hosts';
import { signedInAccount } from '../../../shared/model/world';
import { SiteLink } from '../common/SiteLink';
import type { PageOf, SiteProps } from '../types';

/**
 * Utilities ▸ Update My Account at an appellate court (FIDELITY 1.11): the
 * filer's details live in PACER, so Edit My Information opens Manage My Account.
 */
export function AppellateAccount({ world, dispatch }: SiteProps<PageOf<'cmecf-appellate-account'>>) {
  const pacer = signedInAccount(world);
  return (
    <div className="site-cmecf-link">
      <h1>{pacer ? `Update My Account for ${pacer.name}` : 'Update My Account'}</h1>
      <p>
        Your name, address, telephone number and e-mail addresses are kept in your PACER account. Change them in PACER’s
        Manage My Account; this court uses them from there.
      </p>
      <p className="site-cmecf-cta">
        <SiteLink address={PACER_ENTRY.manageMyAccountLogin} dispatch={dispatch}>
          Edit My Information
        </SiteLink>
      </p>
      <p className="site-cmecf-hint">Manage My Account opens with your username filled in; enter your PACER password there.</p>
    </div>
  );
}
