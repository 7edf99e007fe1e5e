import { ecfUrl } from '../../addresses';
import type { Court } from '../../world';

/** Where Maintain Your ECF Account and Change User live on a court's CM/ECF host. */
export const MAINTENANCE_PATHS = {
  account: '/cgi-bin/MaintainAccount.pl',
  changeUser: '/cgi-bin/ChangeUser.pl',
} as const;

export type MaintenanceScreen = 'account' | 'email' | 'more' | 'saved';

export function maintainAccountUrl(
  court: Court,
  screen: MaintenanceScreen = 'account',
  extra: { find?: string; agent?: string } = {},
): string {
  const query: string[] = [];
  if (screen !== 'account') query.push(`screen=${screen}`);
  if (extra.find !== undefined) query.push(`find=${encodeURIComponent(extra.find)}`);
  if (extra.agent !== undefined) query.push(`agent=${encodeURIComponent(extra.agent)}`);
  return ecfUrl(court, MAINTENANCE_PATHS.account, query.join('&') || undefined);
}

export function changeUserUrl(court: Court): string {
  return ecfUrl(court, MAINTENANCE_PATHS.changeUser);
}
