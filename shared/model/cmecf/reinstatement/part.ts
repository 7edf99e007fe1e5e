import type { ModelPart } from '../../form-kit';
import type { World } from '../../world';
import { FILING_FORMS } from './filing-forms';
import { PAYMENT_FORMS } from './payment-forms';
import { reinstatementOf, withReinstatement } from './state';

/**
 * The clerk's overnight run (seed 002, NOTE after step 21: "The system
 * updates your status overnight"): every reinstatement filed on an earlier
 * day is processed, and the attorney's standing becomes active.
 */
export function processOvernightUpdates(world: World): World {
  const today = world.clock.slice(0, 10);
  const state = reinstatementOf(world);
  const due = state.filings.filter((filing) => filing.status === 'awaiting-overnight-update' && filing.filedAt.slice(0, 10) < today);
  if (due.length === 0) return world;
  const ecfAccounts = { ...world.ecfAccounts };
  for (const filing of due) {
    const account = ecfAccounts[filing.ecfAccountId];
    if (account) ecfAccounts[filing.ecfAccountId] = { ...account, standing: 'active' };
  }
  const processedAt = `${today}T00:00:00`;
  const filings = state.filings.map((filing) => (due.includes(filing) ? { ...filing, status: 'processed' as const, processedAt } : filing));
  return withReinstatement({ ...world, ecfAccounts }, { filings });
}

/** The attorney reinstatement filing at a district court, and the clerk's overnight update. */
export const REINSTATEMENT: ModelPart = {
  forms: { ...FILING_FORMS, ...PAYMENT_FORMS },
  afterTimePasses: processOvernightUpdates,
};
