import type { AccountPage } from '../../../../shared/model/pacer/account/pages';
import type { SiteProps } from '../../types';

/** Manage My Account pages. */
export function AccountSite({ page }: SiteProps<AccountPage>) {
  // No pages yet: a switch over page.kind goes here as they are added.
  return page satisfies never;
}
