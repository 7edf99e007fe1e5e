import { z } from 'zod';
import { field, readFields, type FormDefinition, type FormSubmission } from '../../form-kit';
import { ACCEPTED, pushAddress, type Applied } from '../../transitions';
import type { World } from '../../world';
import { namesMatch } from '../../person-names';
import { sameBarNumber } from './attorney-record';
import { advance, draftContext, filingContext, nextMailId, notOnThisPage, refuse } from './context';
import { ATTORNEY_REINSTATEMENT_EVENT, eventChoice } from './events-catalog';
import { nefMail } from './notices';
import { courtFeeUrl, nefUrl, reinstatementStepUrl } from './pages';
import { filingAwaitingUpdate, STANDING_MESSAGES } from './standing';
import { formatFee, reinstatementOf, reinstatementSettings, withReinstatement, type ReinstatementDraft, type ReinstatementFiling } from './state';

/**
 * The court's side of the filing (seed 002, "Attorney Reinstatement", steps
 * 7-13 and 20-21): the event, the Next screens, the attorney's name and bar
 * number, the fee, and the commit that issues the Notice of Electronic Filing.
 */

export const FILING_MESSAGES = {
  selectEvent: 'Select an event in the Available Events box.',
  eventNotAvailable: (label: string) =>
    `${label} cannot be filed while your attorney status in this court is not active. Select Attorney reinstatement.`,
  statusActive: 'Your attorney status in this court is active: there is nothing to reinstate.',
  nameRequired: 'Attorney Name is required.',
  nameTooLong: 'Attorney Name must be at most 100 characters.',
  barRequired: 'Attorney Bar Number is required.',
  barTooLong: 'Attorney Bar Number must be at most 20 characters.',
  nameMismatch: 'The Attorney Name does not match the court’s record of the attorney account you are logged in with.',
  barMismatch: 'The Attorney Bar Number does not match the court’s record for this attorney.',
  notPaid: 'The reinstatement fee has not been paid. Go back to the fee screen and click Next to pay it.',
} as const;

function chooseEvent(world: World, submission: FormSubmission): Applied {
  const context = filingContext(world);
  if (!context) return notOnThisPage(world);
  const { court, attorney } = context;
  const choice = eventChoice(field(submission, 'event'));
  if (!choice) return refuse(world, FILING_MESSAGES.selectEvent);
  if (attorney.standing === 'active') return refuse(world, FILING_MESSAGES.statusActive);
  if (filingAwaitingUpdate(world, attorney.id)) return refuse(world, STANDING_MESSAGES.awaitingUpdate, 'filed-before-status-updated');
  if (choice.id !== ATTORNEY_REINSTATEMENT_EVENT.id) return refuse(world, FILING_MESSAGES.eventNotAvailable(choice.label), 'wrong-reinstatement-event');
  // Starting over keeps a fee already paid for this filing: it is never charged twice.
  const paid = context.draft?.receiptNumber ? context.draft : null;
  const draft: ReinstatementDraft = {
    courtId: court.id,
    ecfAccountId: attorney.id,
    reached: 'case',
    attorneyName: null,
    barNumber: null,
    payer: paid?.payer ?? null,
    method: paid?.method ?? null,
    receiptNumber: paid?.receiptNumber ?? null,
  };
  return { world: pushAddress(withReinstatement(world, { draft }), reinstatementStepUrl(court, 'case')), outcome: ACCEPTED };
}

/** A screen with only Next (steps 9, 10 and 20): on to the next one. */
function nextScreen(from: 'case' | 'statement' | 'returned'): FormDefinition['handle'] {
  const to = ({ case: 'statement', statement: 'attorney', returned: 'docket-text' } as const)[from];
  return (world) => {
    const context = draftContext(world);
    if (!context) return notOnThisPage(world);
    if (to === 'docket-text' && !context.draft.receiptNumber) return refuse(world, FILING_MESSAGES.notPaid);
    return { world: advance(world, context.draft, to, reinstatementStepUrl(context.court, to)), outcome: ACCEPTED };
  };
}

const attorneySchema = z.object({
  attorneyName: z.string().min(1, FILING_MESSAGES.nameRequired).max(100, FILING_MESSAGES.nameTooLong),
  barNumber: z.string().min(1, FILING_MESSAGES.barRequired).max(20, FILING_MESSAGES.barTooLong),
});

function enterAttorney(world: World, submission: FormSubmission): Applied {
  const context = draftContext(world);
  if (!context) return notOnThisPage(world);
  const read = readFields(attorneySchema, submission);
  if (!read.ok) return refuse(world, read.message);
  const { attorneyName, barNumber } = read.value;
  const { attorney, court, draft } = context;
  if (!namesMatch(attorneyName, attorney.name)) return refuse(world, FILING_MESSAGES.nameMismatch, 'attorney-name-wrong');
  if (attorney.barNumber && !sameBarNumber(barNumber, attorney.barNumber)) {
    return refuse(world, FILING_MESSAGES.barMismatch, 'attorney-bar-number-wrong');
  }
  return { world: advance(world, draft, 'fee', reinstatementStepUrl(court, 'fee'), { attorneyName, barNumber }), outcome: ACCEPTED };
}

/** Step 13: Next hands the fee to PACER's payment screens, unless this filing's fee is already paid. */
function acceptFee(world: World): Applied {
  const context = draftContext(world);
  if (!context) return notOnThisPage(world);
  const { court, draft } = context;
  const moved = draft.receiptNumber
    ? advance(world, draft, 'returned', reinstatementStepUrl(court, 'returned'))
    : advance(world, draft, 'pay-login', courtFeeUrl(court, 'login'));
  return { world: moved, outcome: ACCEPTED };
}

export function docketText(name: string, barNumber: string, feeCents: number, receiptNumber: string): string {
  return `ATTORNEY REINSTATEMENT by ${name}, Bar Number ${barNumber}. (Reinstatement fee ${formatFee(feeCents)}, receipt number ${receiptNumber}.)`;
}

/** Step 21: Next commits the transaction; the final screen is the Notice of Electronic Filing. */
function commitFiling(world: World): Applied {
  const context = draftContext(world);
  if (!context) return notOnThisPage(world);
  const { court, attorney, draft } = context;
  if (!draft.receiptNumber || !draft.attorneyName || !draft.barNumber) return refuse(world, FILING_MESSAGES.notPaid);
  const settings = reinstatementSettings(court);
  const state = reinstatementOf(world);
  const filing: ReinstatementFiling = {
    id: `reinstatement-${state.filings.length + 1}`,
    courtId: court.id,
    ecfAccountId: attorney.id,
    attorneyName: draft.attorneyName,
    barNumber: draft.barNumber,
    receiptNumber: draft.receiptNumber,
    feeCents: settings.feeCents,
    caseNumber: settings.caseNumber,
    caseName: settings.caseName,
    docketText: docketText(draft.attorneyName, draft.barNumber, settings.feeCents, draft.receiptNumber),
    filedAt: world.clock,
    status: 'awaiting-overnight-update',
    processedAt: null,
  };
  const filed = withReinstatement(world, { draft: null, filings: [...state.filings, filing] });
  const mailed: World = { ...filed, mailbox: [...filed.mailbox, nefMail(nextMailId(filed), court, filing, attorney)] };
  return { world: pushAddress(mailed, nefUrl(court, filing.id)), outcome: ACCEPTED };
}

export const FILING_FORMS = {
  'cmecf/reinstatement/event': {
    title: 'Attorney Reinstatement',
    pages: ['cmecf-reinstatement-event'],
    handle: chooseEvent,
    describe: (submission) => {
      const choice = eventChoice(field(submission, 'event'));
      return choice ? `Selected the event "${choice.label}" and clicked Next` : 'Clicked Next with no event selected';
    },
  },
  'cmecf/reinstatement/case': { title: 'Attorney reinstatement: case', pages: ['cmecf-reinstatement-case'], handle: nextScreen('case') },
  'cmecf/reinstatement/statement': {
    title: 'Attorney reinstatement: statement',
    pages: ['cmecf-reinstatement-statement'],
    handle: nextScreen('statement'),
    describe: () => 'Reviewed the red text and clicked Next',
  },
  'cmecf/reinstatement/attorney': {
    title: 'Attorney reinstatement: attorney',
    pages: ['cmecf-reinstatement-attorney'],
    handle: enterAttorney,
    describe: (submission) =>
      `Entered Attorney Name "${field(submission, 'attorneyName').slice(0, 100)}" and Attorney Bar Number "${field(submission, 'barNumber').slice(0, 20)}"`,
  },
  'cmecf/reinstatement/fee': {
    title: 'Attorney reinstatement: fee',
    pages: ['cmecf-reinstatement-fee'],
    handle: acceptFee,
    describe: () => 'Noted the reinstatement fee and clicked Next',
  },
  'cmecf/reinstatement/returned': {
    title: 'Attorney reinstatement: payment received',
    pages: ['cmecf-reinstatement-returned'],
    handle: nextScreen('returned'),
  },
  'cmecf/reinstatement/docket-text': {
    title: 'Attorney reinstatement: docket text',
    pages: ['cmecf-reinstatement-docket-text'],
    handle: commitFiling,
    describe: () => 'Clicked Next on the final docket text, committing the filing',
  },
} satisfies Record<string, FormDefinition>;
