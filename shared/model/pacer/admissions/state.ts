import type { EcfRole, World } from '../../world';

/**
 * What Manage My Account keeps of admissions and e-file registration: the
 * form being filled in on each path (the real site is a multi-screen
 * wizard whose server remembers earlier screens), the requests submitted,
 * and how this scenario's courts process them.
 */

/** What a court offers on "What would you like to apply/register for?" (FIDELITY §1.5 B). */
export const EFILE_REQUEST_TYPES = ['admission', 'efile-only', 'pro-hac-vice', 'federal-attorney', 'mdl'] as const;
export type EfileRequestType = (typeof EFILE_REQUEST_TYPES)[number];

/** Maintenance ▸ Attorney Admissions/E-File Registration, or ▸ Non-Attorney E-File Registration. */
export type EfilePath = 'attorney' | 'non-attorney';

export interface BarEntry {
  /** A state bar or a federal court, as the +Add dropdown lists it. */
  bar: string;
  barNumber: string;
}

/** The one combined PDF of the Document Upload section: only its name and size are known, never its content. */
export interface AdmissionDocument {
  name: string;
  size: number;
}

export type FeeChoice = 'acknowledge' | 'waiver';

/** The five sections of an admission request (seed 002, step 10). */
export interface AdmissionSections {
  federalBar: boolean;
  stateBar: boolean;
  bars: BarEntry[];
  sponsorName: string;
  sponsorBarNumber: string;
  sponsorJurisdiction: string;
  sponsorEmail: string;
  firm: string;
  phone: string;
  feeChoice: FeeChoice | null;
  waiverReason: string;
  document: AdmissionDocument | null;
  /** The court's additional questions by id: "Y" or "N". */
  answers: Record<string, 'Y' | 'N'>;
}

export type EmailFormat = 'HTML' | 'Text';

/** The E-File Registration screen: the Role in Court and the filer details the court asks for. */
export interface EfileDetails {
  role: string;
  emailFormat: EmailFormat;
  phone: string;
  /** Additional Filer Information (case number for pro hac vice, MDL number, …) by field id. */
  extra: Record<string, string>;
}

export interface EfileDraft {
  path: EfilePath;
  accountNumber: string;
  courtId: string | null;
  requestType: EfileRequestType | null;
  sections: AdmissionSections;
  sectionsDone: boolean;
  efile: EfileDetails | null;
  paymentDefaultsDone: boolean;
}

/**
 * pending: with the court; fee-due: admission approved, fee to pay through
 * the e-mailed link; processed: e-filing rights granted; rejected: refused.
 */
export type EfileRequestStatus = 'pending' | 'fee-due' | 'processed' | 'rejected';

export type RejectionReason = 'filing-agent-attorney-path' | 'has-ecf-account';

export interface EfileRequest {
  transactionId: string;
  path: EfilePath;
  accountNumber: string;
  courtId: string;
  /** null on the non-attorney path, which has no request types. */
  requestType: EfileRequestType | null;
  /** Role in Court as chosen, e.g. "Attorney", "Filing Agent", "Creditor". */
  role: string;
  ecfRole: EcfRole;
  emailFormat: EmailFormat;
  extra: Record<string, string>;
  /** Admission requests only: the sections as submitted. */
  sections: AdmissionSections | null;
  submittedAt: string;
  /** When the court decides it (the scenario's processing time). */
  dueAt: string;
  status: EfileRequestStatus;
  /** Why the court will refuse it, known at submission; the court says so when it decides. */
  rejection: RejectionReason | null;
  decidedAt: string | null;
  feePaidAt: string | null;
  feeReceipt: string | null;
  /** The CM/ECF account the court created for it, once processed. */
  ecfAccountId: string | null;
}

export interface AdmissionSettings {
  /** Business days the court takes to decide a request; 0 decides it at once. */
  processingBusinessDays: number;
  /** PACER accounts of filing agents: they must register as non-attorneys, so the attorney path is wrong for them (seed 002). */
  filingAgentAccounts: string[];
}

export interface AdmissionsState {
  drafts: Partial<Record<EfilePath, EfileDraft>>;
  requests: EfileRequest[];
  settings: AdmissionSettings;
}

export const DEFAULT_ADMISSION_SETTINGS: AdmissionSettings = { processingBusinessDays: 1, filingAgentAccounts: [] };

export function emptyAdmissionsState(settings: AdmissionSettings = DEFAULT_ADMISSION_SETTINGS): AdmissionsState {
  return { drafts: {}, requests: [], settings };
}

export function admissionsOf(world: World): AdmissionsState {
  return world.admissions ?? emptyAdmissionsState();
}

export function withAdmissions(world: World, change: Partial<AdmissionsState>): World {
  return { ...world, admissions: { ...admissionsOf(world), ...change } };
}

export function emptySections(): AdmissionSections {
  return {
    federalBar: false,
    stateBar: false,
    bars: [],
    sponsorName: '',
    sponsorBarNumber: '',
    sponsorJurisdiction: '',
    sponsorEmail: '',
    firm: '',
    phone: '',
    feeChoice: null,
    waiverReason: '',
    document: null,
    answers: {},
  };
}

export function draftOf(world: World, path: EfilePath): EfileDraft | null {
  return admissionsOf(world).drafts[path] ?? null;
}

export function withDraft(world: World, path: EfilePath, draft: EfileDraft | null): World {
  const drafts = { ...admissionsOf(world).drafts };
  if (draft) drafts[path] = draft;
  else delete drafts[path];
  return withAdmissions(world, { drafts });
}

export function requestByTransaction(world: World, transactionId: string | null): EfileRequest | null {
  if (transactionId === null) return null;
  return admissionsOf(world).requests.find((request) => request.transactionId === transactionId) ?? null;
}

export function replaceRequest(world: World, request: EfileRequest): World {
  const requests = admissionsOf(world).requests.map((candidate) =>
    candidate.transactionId === request.transactionId ? request : candidate,
  );
  return withAdmissions(world, { requests });
}
