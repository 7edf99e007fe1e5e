import { CMECF_PATHS, ecfUrl, type ParsedAddress } from '../../addresses';
import { pscUrl } from '../../pacer/hosts';
import type { Court, World } from '../../world';
import { ATTORNEY_REINSTATEMENT_MENU, offersReinstatement, signedInAttorney } from './standing';
import { reinstatementOf, stepIndex, type ReinstatementDraft, type ReinstatementStep } from './state';

/** Pages of the attorney reinstatement filing: event selection, the Next screens, PACER's payment screens, the Notice of Electronic Filing. */
export type ReinstatementPage =
  /** Steps 7-8: Available Events, Selected Event, Next. */
  | { kind: 'cmecf-reinstatement-event'; courtId: string }
  /** Step 9: the case the event is filed in. */
  | { kind: 'cmecf-reinstatement-case'; courtId: string }
  /** Step 10: the red text to review. */
  | { kind: 'cmecf-reinstatement-statement'; courtId: string }
  /** Steps 11-12: Attorney Name and Attorney Bar Number. */
  | { kind: 'cmecf-reinstatement-attorney'; courtId: string }
  /** Step 13: the reinstatement fee. */
  | { kind: 'cmecf-reinstatement-fee'; courtId: string }
  /** Step 20: back in the filing system after the payment. */
  | { kind: 'cmecf-reinstatement-returned'; courtId: string }
  /** Step 21: the final docket text; Next commits the filing. */
  | { kind: 'cmecf-reinstatement-docket-text'; courtId: string }
  /** The final screen: Notice of Electronic Filing. */
  | { kind: 'cmecf-reinstatement-nef'; courtId: string; filingId: string }
  /** Step 14: PACER's login for the payment. */
  | { kind: 'pacer-fee-login'; courtId: string }
  /** Steps 15-16: Select a Payment Method. */
  | { kind: 'pacer-fee-method'; courtId: string }
  /** Steps 17-19: payment details, Court Specific information, Email Receipts, Authorization. */
  | { kind: 'pacer-fee-review'; courtId: string };

/** Every kind of ReinstatementPage, so the site view can tell these pages apart. */
export const REINSTATEMENT_PAGE_KINDS = [
  'cmecf-reinstatement-event',
  'cmecf-reinstatement-case',
  'cmecf-reinstatement-statement',
  'cmecf-reinstatement-attorney',
  'cmecf-reinstatement-fee',
  'cmecf-reinstatement-returned',
  'cmecf-reinstatement-docket-text',
  'cmecf-reinstatement-nef',
  'pacer-fee-login',
  'pacer-fee-method',
  'pacer-fee-review',
] as const satisfies readonly ReinstatementPage['kind'][];

export type ReinstatementPageKind = (typeof REINSTATEMENT_PAGE_KINDS)[number];

/** The court's reinstatement screens after the event selection. */
export const REINSTATEMENT_PATH = '/cgi-bin/AttyReinstatement.pl';

/** PACER's payment screens for a court fee (pacer.psc.uscourts.gov). */
export const COURT_FEE_PATHS = {
  login: '/pscof/payment/login.jsf',
  method: '/pscof/payment/method.jsf',
  review: '/pscof/payment/review.jsf',
} as const;

const ECF_STEP_KINDS = {
  case: 'cmecf-reinstatement-case',
  statement: 'cmecf-reinstatement-statement',
  attorney: 'cmecf-reinstatement-attorney',
  fee: 'cmecf-reinstatement-fee',
  returned: 'cmecf-reinstatement-returned',
  'docket-text': 'cmecf-reinstatement-docket-text',
} as const satisfies Partial<Record<ReinstatementStep, ReinstatementPageKind>>;
type EcfStep = keyof typeof ECF_STEP_KINDS;

const PAYMENT_STEP_KINDS = {
  login: { step: 'pay-login', kind: 'pacer-fee-login' },
  method: { step: 'pay-method', kind: 'pacer-fee-method' },
  review: { step: 'pay-review', kind: 'pacer-fee-review' },
} as const;
type PaymentScreen = keyof typeof PAYMENT_STEP_KINDS;

function isEcfStep(value: string | null): value is EcfStep {
  return value !== null && Object.hasOwn(ECF_STEP_KINDS, value);
}

/** The event selection: the Attorney Reinstatement menu item's page. */
export function reinstatementMenuUrl(court: Court): string {
  return ecfUrl(court, CMECF_PATHS.menu, `menu=${encodeURIComponent(ATTORNEY_REINSTATEMENT_MENU)}`);
}

export function reinstatementStepUrl(court: Court, step: EcfStep): string {
  return ecfUrl(court, REINSTATEMENT_PATH, `step=${step}`);
}

export function nefUrl(court: Court, filingId: string): string {
  return ecfUrl(court, REINSTATEMENT_PATH, `step=nef&filing=${encodeURIComponent(filingId)}`);
}

export function courtFeeUrl(court: Court, screen: PaymentScreen): string {
  return pscUrl(COURT_FEE_PATHS[screen], `court=${court.id}`);
}

/** The signed-in attorney's filing in progress at this court, if any. */
export function activeDraft(world: World, courtId: string): ReinstatementDraft | null {
  const draft = reinstatementOf(world).draft;
  const attorney = signedInAttorney(world, courtId);
  if (!draft || !attorney || draft.courtId !== courtId || draft.ecfAccountId !== attorney.id) return null;
  return draft;
}

function reached(draft: ReinstatementDraft | null, step: ReinstatementStep): boolean {
  return draft !== null && stepIndex(step) <= stepIndex(draft.reached);
}

/** A court's CM/ECF address (the caller has checked the sign-on and the redaction notice). */
export function reinstatementPageAt(world: World, courtId: string, address: ParsedAddress): ReinstatementPage | null {
  if (address.path === CMECF_PATHS.menu) {
    const opensEvents = address.query.get('menu') === ATTORNEY_REINSTATEMENT_MENU && offersReinstatement(world, courtId);
    return opensEvents ? { kind: 'cmecf-reinstatement-event', courtId } : null;
  }
  if (address.path !== REINSTATEMENT_PATH) return null;
  const step = address.query.get('step');
  if (step === 'nef') {
    const filingId = address.query.get('filing') ?? '';
    const attorney = signedInAttorney(world, courtId);
    const filing = reinstatementOf(world).filings.find((candidate) => candidate.id === filingId);
    if (filing && attorney && filing.courtId === courtId && filing.ecfAccountId === attorney.id) {
      return { kind: 'cmecf-reinstatement-nef', courtId, filingId };
    }
  }
  const draft = activeDraft(world, courtId);
  if (isEcfStep(step) && reached(draft, step)) return { kind: ECF_STEP_KINDS[step], courtId };
  // A screen of a filing no longer in progress (committed, or never started) starts the event over.
  return offersReinstatement(world, courtId) ? { kind: 'cmecf-reinstatement-event', courtId } : null;
}

/** PACER's payment screens, open while a reinstatement filing waits for its fee. */
export function courtFeePageAt(world: World, address: ParsedAddress): ReinstatementPage | null {
  const screen = (Object.keys(COURT_FEE_PATHS) as PaymentScreen[]).find((name) => COURT_FEE_PATHS[name] === address.path);
  if (!screen) return null;
  const courtId = address.query.get('court') ?? '';
  const { step, kind } = PAYMENT_STEP_KINDS[screen];
  return reached(activeDraft(world, courtId), step) ? { kind, courtId } : null;
}
