import type { Court, CourtType } from './world';

/**
 * The privacy rules behind the redaction notice every CM/ECF login shows
 * (FIDELITY 1.7.5), by court type.
 */
export const PRIVACY_RULES: Record<CourtType, string> = {
  bankruptcy: 'Fed. R. Bankr. P. 9037',
  district: 'Fed. R. Civ. P. 5.2 and Fed. R. Crim. P. 49.1',
  appellate: 'Fed. R. App. P. 25(a)(5)',
};

/** Home addresses are redacted in criminal cases (Fed. R. Crim. P. 49.1); a bankruptcy court hears none. */
export function redactsCriminalHomeAddresses(court: Court): boolean {
  return court.type !== 'bankruptcy';
}
