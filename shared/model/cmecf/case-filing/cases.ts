import type { World } from '../../world';
import { caseFilingOf, type CourtCase } from './state';

/**
 * Finding a case by the number a filer types. CM/ECF takes a case number
 * in its short forms as well ("19-512", "4:19cv512", "4:19-cv-00512-BCW"),
 * so the simulator does too; a number that matches cases in two offices
 * must be typed with the office.
 */

/** Longest case number the field takes. */
export const CASE_NUMBER_MAX = 40;

interface TypedCaseNumber {
  office: string | null;
  year: string;
  type: string | null;
  serial: number;
}

const CASE_NUMBER = /^(?:(\d)\s*:\s*)?(\d{2})\s*-?\s*(cv|cr|mc)?\s*-?\s*(\d{1,5})(?:\s*-\s*[a-z]{1,4})*$/i;

export function parseCaseNumber(typed: string): TypedCaseNumber | null {
  const match = CASE_NUMBER.exec(typed.trim());
  if (!match) return null;
  const [, office, year, type, serial] = match;
  return { office: office ?? null, year: year ?? '', type: type ? type.toLowerCase() : null, serial: Number(serial) };
}

export type CaseLookup =
  | { found: true; courtCase: CourtCase }
  | { found: false; reason: 'format' | 'unknown' | 'not-civil' | 'ambiguous' };

/** The court's case a typed number names, or why there is none. */
export function findCase(world: World, courtId: string, typed: string): CaseLookup {
  const wanted = parseCaseNumber(typed);
  if (!wanted) return { found: false, reason: 'format' };
  if (wanted.type !== null && wanted.type !== 'cv') return { found: false, reason: 'not-civil' };
  const matches = caseFilingOf(world).cases.filter((courtCase) => {
    const parts = courtCase.courtId === courtId ? parseCaseNumber(courtCase.number) : null;
    return (
      parts !== null &&
      parts.year === wanted.year &&
      parts.serial === wanted.serial &&
      parts.type === 'cv' &&
      (wanted.office === null || parts.office === wanted.office)
    );
  });
  const [only] = matches;
  if (matches.length > 1) return { found: false, reason: 'ambiguous' };
  return only ? { found: true, courtCase: only } : { found: false, reason: 'unknown' };
}

export function caseByNumber(world: World, courtId: string, number: string): CourtCase | null {
  return caseFilingOf(world).cases.find((courtCase) => courtCase.courtId === courtId && courtCase.number === number) ?? null;
}
