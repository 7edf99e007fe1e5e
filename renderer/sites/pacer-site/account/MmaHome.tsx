import type { PageOf, SiteProps } from '../../types';
import { AccountHeader } from './AccountHeader';
import { AccountTabs } from './AccountTabs';
import { MmaFrame } from './MmaFrame';

/** Manage My Account once logged in: the account rows and the tabs. */
export function MmaHome({ world, page, dispatch }: SiteProps<PageOf<'mma-home'>>) {
  const account = world.pacerAccounts[page.accountNumber];
  if (!account) return null;
  return (
    <MmaFrame world={world} dispatch={dispatch} title="Manage My Account" account={account} atHome>
      <AccountHeader world={world} account={account} dispatch={dispatch} />
      <AccountTabs world={world} account={account} tab={page.tab} dispatch={dispatch} />
    </MmaFrame>
  );
}
