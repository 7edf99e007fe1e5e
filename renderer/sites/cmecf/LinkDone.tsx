import { filingMenusFor } from '../../../shared/model/menus';
import { signedInAccount, type Court } from '../../../shared/model/world';
import type { PageOf, SiteProps } from '../types';
import { LINK_TITLE } from './link-text';

/** Link screen C: the confirmation (seed 000, steps 8-9). */
export function LinkDone({ world, page, court }: SiteProps<PageOf<'cmecf-link-done'>> & { court: Court }) {
  const pacer = signedInAccount(world);
  const ecf = world.ecfAccounts[page.ecfAccountId];
  const filingMenus = filingMenusFor(court.type);
  return (
    <div className="site-cmecf-link">
      <h1>{LINK_TITLE}</h1>
      <p className="site-cmecf-success">Your PACER account has been linked to your CM/ECF account.</p>
      <dl className="site-cmecf-summary">
        {pacer ? (
          <>
            <dt>PACER account</dt>
            <dd>{`${pacer.name} (${pacer.username})`}</dd>
          </>
        ) : null}
        {ecf ? (
          <>
            <dt>CM/ECF account</dt>
            <dd>{`${ecf.name} (${ecf.login})`}</dd>
          </>
        ) : null}
      </dl>
      <p>An e-mail notice confirming the link has been sent to you.</p>
      <p>
        {filingMenus.length > 0
          ? `Click any item on the menu bar: the filing menus, such as ${filingMenus.join(' and ')}, then become available.`
          : 'Click any item on the menu bar: the filing menus then become available.'}
      </p>
    </div>
  );
}
