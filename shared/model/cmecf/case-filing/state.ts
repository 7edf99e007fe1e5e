import type { World } from '../../world';

/**
 * Filing a document in a civil case (Civil ▸ Other Filings): the court's
 * cases the scenario sets up, the filing being entered screen by screen,
 * and the filings made. A filing agent's filing carries the principal as
 * the filer and the agent as the one who entered it (seed 002, "Filing
 * Agents": "when the filing agent uses their login and password, the
 * attorneys' or trustees' name will appear in the docket text as the filer").
 */

export type PartyRole = 'Plaintiff' | 'Defendant' | 'Intervenor' | 'Interested Party';

export interface CaseParty {
  id: string;
  name: string;
  role: PartyRole;
  /** CM/ECF account ids of the party's attorneys of record. */
  representedBy: string[];
}

export interface CourtCase {
  courtId: string;
  /** "4:19-cv-00512": office, year, case type, number. */
  number: string;
  /** "Harlan Freight Co. v. Midwest Rail Services, Inc." */
  title: string;
  parties: CaseParty[];
  /** The docket's last entry number: the next document filed gets the one after it. */
  lastDocumentNumber: number;
}

/** The screens after the event selection, in the order CM/ECF shows them. */
export const CASE_FILING_STEPS = ['case', 'filer', 'document', 'docket-text'] as const;
export type CaseFilingStep = (typeof CASE_FILING_STEPS)[number];

/** The later of two steps: going back and pressing Next again never loses what was reached. */
export function furthestStep(a: CaseFilingStep, b: CaseFilingStep): CaseFilingStep {
  return CASE_FILING_STEPS.indexOf(a) >= CASE_FILING_STEPS.indexOf(b) ? a : b;
}

export function stepReached(reached: CaseFilingStep, step: CaseFilingStep): boolean {
  return CASE_FILING_STEPS.indexOf(step) <= CASE_FILING_STEPS.indexOf(reached);
}

/** The main document: only its name and size are known, never its content (it stays on the trainee's machine). */
export interface FiledDocument {
  name: string;
  size: number;
}

export interface CaseFilingDraft {
  courtId: string;
  /** The CM/ECF account signed in at the keyboard: the attorney, or the filing agent. */
  enteredByEcfAccountId: string;
  /** The attorney or trustee the filing is made for: the account itself, or the agent's principal. */
  filerEcfAccountId: string;
  eventId: string;
  reached: CaseFilingStep;
  caseNumber: string | null;
  partyIds: string[];
  document: FiledDocument | null;
}

export interface CaseFiling {
  id: string;
  courtId: string;
  caseNumber: string;
  caseTitle: string;
  eventId: string;
  documentNumber: number;
  document: FiledDocument;
  filerEcfAccountId: string;
  enteredByEcfAccountId: string;
  partyIds: string[];
  docketText: string;
  filedAt: string;
  /** Every address the Notice of Electronic Filing was e-mailed to, with whose address it is. */
  noticedTo: { name: string; address: string }[];
}

export interface CaseFilingState {
  cases: CourtCase[];
  draft: CaseFilingDraft | null;
  filings: CaseFiling[];
}

export function initialCaseFilingState(cases: readonly CourtCase[] = []): CaseFilingState {
  return { cases: cases.map((courtCase) => ({ ...courtCase, parties: courtCase.parties.map((party) => ({ ...party })) })), draft: null, filings: [] };
}

/** The state, also for worlds saved before this part had any. */
export function caseFilingOf(world: World): CaseFilingState {
  return world.caseFiling ?? initialCaseFilingState();
}

export function withCaseFiling(world: World, change: Partial<CaseFilingState>): World {
  return { ...world, caseFiling: { ...caseFilingOf(world), ...change } };
}
