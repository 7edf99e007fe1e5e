import { describe, expect, it } from 'vitest';
import { filingMenuEntryAddress, otherFilingsUrl, takesCivilFilings } from '../../../../../shared/model/cmecf/case-filing/pages';
import { OTHER_FILINGS_ENTRY } from '../../../../../shared/model/cmecf/case-filing/events-catalog';
import type { Court } from '../../../../../shared/model/world';
import { builtinScenario } from '../../../../support/scenarios';
import { Attempt } from '../../../../support/attempt';

const courtOfType = (scenarioId: string, type: Court['type']) => {
  const court = Object.values(new Attempt(builtinScenario(scenarioId)).world.courts).find((candidate) => candidate.type === type);
  if (!court) throw new Error(`${scenarioId} has no ${type} court`);
  return court;
};

describe('where a filing menu entry leads', () => {
  const district = courtOfType('cmecf-link-district', 'district');
  const bankruptcy = courtOfType('cmecf-link-bankruptcy', 'bankruptcy');

  it('takes civil filings at a district court only', () => {
    expect(takesCivilFilings(district)).toBe(true);
    expect(takesCivilFilings(bankruptcy)).toBe(false);
  });

  it('leads Civil ▸ Other Filings to its events at a district court, and nowhere elsewhere', () => {
    const { menu, label } = OTHER_FILINGS_ENTRY;
    expect(filingMenuEntryAddress(district, menu, label)).toBe(otherFilingsUrl(district));
    expect(filingMenuEntryAddress(bankruptcy, menu, label)).toBeNull();
    expect(filingMenuEntryAddress(district, menu, 'Open a Civil Case')).toBeNull();
  });
});
