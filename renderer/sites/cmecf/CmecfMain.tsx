import { filingMenusFor } from '../../../shared/model/menus';
import type { Court } from '../../../shared/model/world';
import type { PageOf, SiteProps } from '../types';

/** The court's CM/ECF welcome page. */
export function CmecfMain({ world, court }: SiteProps<PageOf<'cmecf-main'>> & { court: Court }) {
  const menusShown = world.session.courtSessions[court.id]?.filingMenusShown ?? false;
  const filingMenus = filingMenusFor(court.type);
  return (
    <div className="site-cmecf-main">
      <h1>{court.name}</h1>
      <p className="site-cmecf-subtitle">Official Court Electronic Document Filing System</p>
      {menusShown ? null : (
        <p className="site-cmecf-note">
          {filingMenus.length > 0
            ? `Filed in this court before NextGen? The filing menus (such as ${filingMenus.join(' and ')}) appear after you link your CM/ECF account to your PACER account.`
            : 'Filed in this court before NextGen? The filing menus appear after you link your filer account to your PACER account.'}
        </p>
      )}
    </div>
  );
}
