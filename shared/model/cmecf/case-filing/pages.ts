import { ecfUrl, type ParsedAddress } from '../../addresses';
import { menuBar } from '../../menus';
import { courtById, type Court, type EcfAccount, type World } from '../../world';
import { actingPrincipal, signedInEcfAccount } from '../maintenance/filing-agents';
import { filingRefusal } from '../reinstatement/standing';
import { OTHER_FILINGS_ENTRY } from './events-catalog';
import { caseFilingOf, stepReached, type CaseFilingDraft, type CaseFilingStep } from './state';

/** Pages of a civil filing: the event, the case, the filer, the document, the final docket text, the Notice of Electronic Filing. */
export type CaseFilingPage =
  | { kind: 'cmecf-filing-event'; courtId: string }
  | { kind: 'cmecf-filing-case'; courtId: string }
  | { kind: 'cmecf-filing-filer'; courtId: string }
  | { kind: 'cmecf-filing-document'; courtId: string }
  | { kind: 'cmecf-filing-docket-text'; courtId: string }
  | { kind: 'cmecf-filing-nef'; courtId: string; filingId: string };

/** Every kind of CaseFilingPage, so the site view can tell these pages apart. */
export const CASE_FILING_PAGE_KINDS = [
  'cmecf-filing-event',
  'cmecf-filing-case',
  'cmecf-filing-filer',
  'cmecf-filing-document',
  'cmecf-filing-docket-text',
  'cmecf-filing-nef',
] as const satisfies readonly CaseFilingPage['kind'][];

/** The court's event dispatcher: every screen of a filing is a step of it. */
export const CASE_FILING_PATH = '/cgi-bin/Dispatch.pl';

const STEP_KINDS = {
  case: 'cmecf-filing-case',
  filer: 'cmecf-filing-filer',
  document: 'cmecf-filing-document',
  'docket-text': 'cmecf-filing-docket-text',
} as const satisfies Record<CaseFilingStep, CaseFilingPage['kind']>;

function isStep(value: string | null): value is CaseFilingStep {
  return value !== null && Object.hasOwn(STEP_KINDS, value);
}

/** Civil ▸ Other Filings: the Available Events of Other Documents. */
export function otherFilingsUrl(court: Court): string {
  return ecfUrl(court, CASE_FILING_PATH, 'category=other-filings');
}

/** Civil cases are filed in a district court; the simulator files nothing civil elsewhere. */
export function takesCivilFilings(court: Court): boolean {
  return court.type === 'district';
}

/** Where an entry of a filing menu leads in the simulator: Civil ▸ Other Filings at a court that takes civil filings; null for the rest. */
export function filingMenuEntryAddress(court: Court, menu: string, label: string): string | null {
  const isOtherFilings = menu === OTHER_FILINGS_ENTRY.menu && label === OTHER_FILINGS_ENTRY.label;
  return isOtherFilings && takesCivilFilings(court) ? otherFilingsUrl(court) : null;
}

export function caseFilingStepUrl(court: Court, step: CaseFilingStep): string {
  return ecfUrl(court, CASE_FILING_PATH, `step=${step}`);
}

export function caseFilingNefUrl(court: Court, filingId: string): string {
  return ecfUrl(court, CASE_FILING_PATH, `step=nef&filing=${encodeURIComponent(filingId)}`);
}

/**
 * The account at the keyboard when it may file in this court's civil cases:
 * linked, with the Civil menu on its bar, and not held back by an attorney
 * reinstatement.
 */
export function civilFilerAtKeyboard(world: World, courtId: string): EcfAccount | null {
  const court = courtById(world, courtId);
  if (!court || !takesCivilFilings(court)) return null;
  const account = signedInEcfAccount(world, courtId);
  if (!account || !menuBar(world, courtId).includes('Civil') || filingRefusal(world, courtId, 'Civil')) return null;
  return account;
}

/**
 * Whose name the filing is made in: an attorney or trustee files in their
 * own; a filing agent in the name of the principal chosen with Change User.
 */
export function filingInNameOf(world: World, courtId: string, atKeyboard: EcfAccount): EcfAccount | null {
  return atKeyboard.role === 'filing-agent' ? actingPrincipal(world, courtId) : atKeyboard;
}

/** The filing in progress of the account at the keyboard at this court, if any. */
export function activeCaseFiling(world: World, courtId: string): CaseFilingDraft | null {
  const draft = caseFilingOf(world).draft;
  const atKeyboard = civilFilerAtKeyboard(world, courtId);
  if (!draft || !atKeyboard || draft.courtId !== courtId || draft.enteredByEcfAccountId !== atKeyboard.id) return null;
  // Change User to another principal leaves a filing begun for the first one behind.
  return draft.filerEcfAccountId === filingInNameOf(world, courtId, atKeyboard)?.id ? draft : null;
}

/** A court's CM/ECF address (the caller has checked the sign-on and the redaction notice). */
export function caseFilingPageAt(world: World, courtId: string, address: ParsedAddress): CaseFilingPage | null {
  if (address.path !== CASE_FILING_PATH) return null;
  const atKeyboard = civilFilerAtKeyboard(world, courtId);
  if (!atKeyboard) return null;
  const step = address.query.get('step');
  if (step === 'nef') {
    const filingId = address.query.get('filing') ?? '';
    const filing = caseFilingOf(world).filings.find((candidate) => candidate.id === filingId);
    if (filing && filing.courtId === courtId && filing.enteredByEcfAccountId === atKeyboard.id) {
      return { kind: 'cmecf-filing-nef', courtId, filingId };
    }
  }
  const draft = activeCaseFiling(world, courtId);
  if (isStep(step) && draft && stepReached(draft.reached, step)) return { kind: STEP_KINDS[step], courtId };
  // A screen of a filing no longer in progress (committed, or never begun) starts the event over.
  return { kind: 'cmecf-filing-event', courtId };
}
