import type { StoredReport } from '../../shared/scoring/stored-report';

/**
 * A mistake as an older trainer kept it in a finished attempt's report: its
 * code has since left the catalogue, so only the report knows its title,
 * rule, remedy and source. Stored-report, API and screen tests all show it.
 */
export const RETIRED_MISTAKE: StoredReport['mistakes'][number] = {
  at: 4,
  code: 'pacer-legacy-login-used',
  title: 'Used the retired legacy PACER login',
  rule: 'After the upgrade, the legacy PACER login no longer works.',
  remedy: 'Sign in with the upgraded PACER account.',
  source: 'A seed page of that day',
  message: 'Invalid username or password.',
  penalty: 15,
};
