import { isNextGenLive, type Court, type CourtType, type EcfRole, type World } from '../../world';
import type { EfilePath, EfileRequestType } from './state';

/**
 * What the admissions screens offer, court by court: the Court Type and
 * Court dropdowns, the request types, the Role in Court lists, the bars,
 * the court's additional questions. Labels are the seeds' (002) and
 * FIDELITY §1.5's; where they are silent, the plausible choice is marked.
 */

export const COURT_TYPE_LABELS: Record<CourtType, string> = {
  appellate: 'U.S. Appellate Courts',
  bankruptcy: 'U.S. Bankruptcy Courts',
  district: 'U.S. District Courts',
};

/** Court Type dropdown order: alphabetical, as the brief's list. */
export const COURT_TYPES: readonly CourtType[] = ['appellate', 'bankruptcy', 'district'];

export const REQUEST_TYPE_LABELS: Record<EfileRequestType, string> = {
  admission: 'Attorney Admissions and E-File',
  'efile-only': 'E-File Registration Only',
  'pro-hac-vice': 'Pro Hac Vice',
  'federal-attorney': 'Federal Attorney',
  mdl: 'Multi-District Litigation',
};

/** Without a court's own list: district courts admit attorneys (seed 002); bankruptcy courts usually only register e-filers (FIDELITY §3). */
const DEFAULT_REQUEST_TYPES: Record<CourtType, EfileRequestType[]> = {
  district: ['admission', 'efile-only', 'pro-hac-vice', 'federal-attorney', 'mdl'],
  bankruptcy: ['efile-only'],
  appellate: ['admission', 'efile-only', 'federal-attorney'],
};

export function requestTypesOf(court: Court): EfileRequestType[] {
  return court.efileRequestTypes && court.efileRequestTypes.length > 0 ? court.efileRequestTypes : DEFAULT_REQUEST_TYPES[court.type];
}

/**
 * The choice offered beside Court Type and Court, before any court is
 * known: seed 002's Attorney Bar Registration and Bankruptcy Attorney
 * procedures "Select Attorney Admissions and E-File" there. The court's own
 * kinds of request (Pro Hac Vice, Federal Attorney, …) follow the court.
 */
export const FIRST_SCREEN_REQUEST_TYPES: readonly EfileRequestType[] = ['admission', 'efile-only'];

/**
 * Where Next on the court screen leads. A request type the court offers
 * goes on (admissions straight to the five sections); one it does not
 * offer, or none, leads to the court's own list, its only kind already
 * chosen (seed 002, Limited Filer: the court, Next, then the Role in Court).
 */
export function requestTypeAfterCourt(court: Court, chosen: EfileRequestType | null): EfileRequestType | null {
  const offered = requestTypesOf(court);
  if (chosen !== null && offered.includes(chosen)) return chosen;
  return offered.length === 1 ? offered[0]! : null;
}

/** "MISSOURI WESTERN DISTRICT COURT" → "Missouri Western District Court", as seed 002's steps name the court. */
export function courtShortLabel(court: Court): string {
  return court.noticeName
    .toLowerCase()
    .split(/\s+/)
    .map((word) => (word === 'of' || word === 'for' || word === 'the' ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/**
 * The Court dropdown's entry: seed 002 names the court "Missouri Western
 * District Court" in its attorney procedures and "Western District of
 * Missouri" in its non-attorney one; the entry carries both.
 */
export function courtOptionLabel(court: Court): string {
  return `${courtShortLabel(court)} (${court.district})`;
}

/**
 * The courts the Court dropdown lists for a court type: the world's courts
 * of that type that are live on NextGen now. A CurrentGen court takes
 * registrations itself (FIDELITY §1.1: "register with the court directly").
 */
export function courtsOffered(world: World, type: CourtType): Court[] {
  return Object.values(world.courts)
    .filter((court) => court.type === type && isNextGenLive(court, world.clock))
    .sort((a, b) => courtShortLabel(a).localeCompare(courtShortLabel(b)));
}

export interface RoleOption {
  label: string;
  ecfRole: EcfRole;
}

/** Role in Court on Attorney Admissions/E-File Registration: "Attorney", or at a bankruptcy court the limited-filer roles (seed 002). */
const ATTORNEY_PATH_ROLES: Record<CourtType, RoleOption[]> = {
  district: [{ label: 'Attorney', ecfRole: 'attorney' }],
  appellate: [{ label: 'Attorney', ecfRole: 'attorney' }],
  bankruptcy: [
    { label: 'Attorney', ecfRole: 'attorney' },
    { label: 'Limited Filer - Creditor', ecfRole: 'limited-filer' },
    { label: 'Limited Filer - Claims Agent', ecfRole: 'limited-filer' },
    { label: 'Limited Filer - Financial Management Course Provider', ecfRole: 'limited-filer' },
  ],
};

/** Role in Court on Non-Attorney E-File Registration (FIDELITY §1.5: Creditor, Filing Agent, Party, Trustee, US Trustee). */
const NON_ATTORNEY_ROLES: Record<CourtType, RoleOption[]> = {
  district: [
    { label: 'Filing Agent', ecfRole: 'filing-agent' },
    { label: 'Party', ecfRole: 'non-attorney' },
    { label: 'Mediator', ecfRole: 'non-attorney' },
  ],
  appellate: [
    { label: 'Filing Agent', ecfRole: 'filing-agent' },
    { label: 'Party', ecfRole: 'non-attorney' },
  ],
  bankruptcy: [
    { label: 'Creditor', ecfRole: 'limited-filer' },
    { label: 'Claims Agent', ecfRole: 'limited-filer' },
    { label: 'Filing Agent', ecfRole: 'filing-agent' },
    { label: 'Party', ecfRole: 'non-attorney' },
    { label: 'Trustee', ecfRole: 'trustee' },
    { label: 'U.S. Trustee', ecfRole: 'trustee' },
  ],
};

export function rolesForCourtType(type: CourtType, path: EfilePath): RoleOption[] {
  return (path === 'attorney' ? ATTORNEY_PATH_ROLES : NON_ATTORNEY_ROLES)[type];
}

export function rolesOffered(court: Court, path: EfilePath): RoleOption[] {
  return rolesForCourtType(court.type, path);
}

export function roleOption(court: Court, path: EfilePath, label: string): RoleOption | null {
  return rolesOffered(court, path).find((role) => role.label === label) ?? null;
}

/** The +Add dropdown of Attorney Bar Information: state bars and federal courts (a representative list [I]). */
export const STATE_BARS = ['Missouri', 'Kansas', 'Illinois', 'Iowa', 'Nebraska', 'Oklahoma', 'Arkansas', 'Tennessee'] as const;
export const FEDERAL_BARS = [
  'U.S. District Court, District of Kansas',
  'U.S. District Court, Eastern District of Missouri',
  'U.S. District Court, Southern District of Illinois',
  'U.S. Court of Appeals for the Eighth Circuit',
] as const;

export function isStateBar(bar: string): boolean {
  return (STATE_BARS as readonly string[]).includes(bar);
}

export function isFederalBar(bar: string): boolean {
  return (FEDERAL_BARS as readonly string[]).includes(bar);
}

/** The sponsoring attorney's jurisdiction dropdown (FIDELITY §1.5 C). */
export const SPONSOR_JURISDICTIONS = [...STATE_BARS, ...FEDERAL_BARS] as const;

export interface CourtQuestion {
  id: string;
  text: string;
}

/**
 * "Additional Attorney Information Required by Court": Y/N questions
 * (FIDELITY §1.5 C). Worded for any court [I]; seed 002's W.D. Mo. asks for
 * good standing in the Missouri Bar or the District of Kansas bar.
 */
export const COURT_QUESTIONS: readonly CourtQuestion[] = [
  {
    id: 'goodStanding',
    text: 'Are you a member in good standing of the bar this Court requires for admission (for example, a state bar or the bar of a United States District Court)?',
  },
  { id: 'discipline', text: 'Have you ever been disbarred, suspended or otherwise disciplined by any court?' },
  { id: 'localRules', text: "Have you read and will you comply with this Court's Local Rules?" },
];

/**
 * Additional Filer Information the E-File Registration screen asks for, by
 * request type. Seed 002 requires it only of MDL attorneys ("be sure to
 * complete the Additional Filer Information", step 10); its federal attorney
 * and pro hac vice steps never mention it (pro hac vice steps "may be
 * completed before a pro hac vice motion is filed"), so theirs is optional.
 */
export interface ExtraField {
  id: string;
  label: string;
  required: boolean;
}

export const EXTRA_FIELDS: Partial<Record<EfileRequestType, ExtraField[]>> = {
  'pro-hac-vice': [{ id: 'caseNumber', label: 'Case Number', required: false }],
  mdl: [
    { id: 'mdlNumber', label: 'MDL Number', required: true },
    { id: 'transferorCourt', label: 'Transferor Court', required: true },
  ],
  'federal-attorney': [{ id: 'agency', label: 'Federal Agency', required: false }],
};

export function extraFieldsFor(type: EfileRequestType | null): ExtraField[] {
  return type ? (EXTRA_FIELDS[type] ?? []) : [];
}

/** The attorney admission fee (district courts' national fee of the era [I]); paid online after the court approves. */
export const ADMISSION_FEE = '$188.00';

/** Largest combined PDF the Document Upload accepts (FIDELITY is silent: a common court limit [I]). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
