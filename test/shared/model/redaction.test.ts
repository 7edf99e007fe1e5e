import { describe, expect, it } from 'vitest';
import { PRIVACY_RULES, redactsCriminalHomeAddresses } from '../../../shared/model/redaction';
import type { Court, CourtType } from '../../../shared/model/world';

const courtOf = (type: CourtType) => ({ id: type, type }) as Court;

describe('the redaction notice’s rules (FIDELITY 1.7.5)', () => {
  it('asks for home addresses in criminal cases to be redacted wherever criminal cases are heard, not in a bankruptcy court', () => {
    expect(redactsCriminalHomeAddresses(courtOf('district'))).toBe(true);
    expect(redactsCriminalHomeAddresses(courtOf('appellate'))).toBe(true);
    expect(redactsCriminalHomeAddresses(courtOf('bankruptcy'))).toBe(false);
  });

  it('cites the criminal rule exactly where home addresses are asked for in a trial court', () => {
    expect(PRIVACY_RULES.district).toContain('Fed. R. Crim. P. 49.1');
    expect(PRIVACY_RULES.bankruptcy).toBe('Fed. R. Bankr. P. 9037');
  });
});
