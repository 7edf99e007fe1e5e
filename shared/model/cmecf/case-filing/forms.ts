import { z } from 'zod';
import { currentPage } from '../../pages';
import { field, readFields, type FormDefinition, type FormSubmission } from '../../form-kit';
import { ACCEPTED, acceptedWith, NOT_ON_THIS_PAGE, pushAddress, refused, unchanged, type Applied } from '../../transitions';
import { courtById, type Court, type EcfAccount, type World } from '../../world';
import { CASE_NUMBER_MAX, caseByNumber, findCase } from './cases';
import { civilEvent } from './events-catalog';
import { caseFilingNefMail, civilDocketText, noticeAddresses, noticeRecipients } from './notices';
import { activeCaseFiling, caseFilingNefUrl, caseFilingStepUrl, civilFilerAtKeyboard, filingInNameOf } from './pages';
import { caseFilingOf, furthestStep, withCaseFiling, type CaseFiling, type CaseFilingDraft, type CaseFilingStep, type FiledDocument } from './state';

/**
 * The court's side of a civil filing (Civil ▸ Other Filings): the event,
 * the case number, the filer, the main document, and the commit that
 * dockets it and issues the Notice of Electronic Filing.
 */

/** Largest main document the court takes (the seeds are silent: a common district limit [I]). */
export const MAX_MAIN_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** What the simulator attaches when the trainee has no PDF at hand. */
export const SAMPLE_MAIN_DOCUMENT: FiledDocument = { name: 'sample-document.pdf', size: 48_128 };

export const CASE_FILING_MESSAGES = {
  selectEvent: 'Select an event in the Available Events box.',
  chooseUser: 'You are logged in as a filing agent. Click Utilities, then Change User, and select the attorney or trustee you are filing for.',
  caseRequired: 'Enter a case number.',
  caseFormat: 'Invalid case number. Type it as 4:19-cv-00512 (office, year, cv, number).',
  caseUnknown: (typed: string) => `Cannot find case ${typed} in this court. Check the number and try again.`,
  caseNotCivil: 'This is not a civil case number: Civil events are filed in civil (cv) cases.',
  caseAmbiguous: 'More than one case has this number. Type the office too, e.g. 4:19-cv-00512.',
  filerRequired: 'Select the filer: the party on whose behalf the document is filed.',
  documentRequired: 'Main Document: click Browse and choose the PDF file of the document.',
  documentNotPdf: 'The Main Document is not a PDF file. CM/ECF accepts documents in PDF only.',
  documentEmpty: 'The Main Document is empty. Choose the PDF file again.',
  documentTooLarge: `The Main Document is larger than ${MAX_MAIN_DOCUMENT_BYTES / (1024 * 1024)} MB. Split it into attachments or reduce its size.`,
  sampleAttached: `Attached ${SAMPLE_MAIN_DOCUMENT.name}.`,
} as const;

interface Context {
  court: Court;
  atKeyboard: EcfAccount;
}

function context(world: World): Context | null {
  const page = currentPage(world);
  const court = 'courtId' in page ? courtById(world, page.courtId) : null;
  const atKeyboard = court ? civilFilerAtKeyboard(world, court.id) : null;
  return court && atKeyboard ? { court, atKeyboard } : null;
}

function draftContext(world: World): (Context & { draft: CaseFilingDraft }) | null {
  const here = context(world);
  const draft = here ? activeCaseFiling(world, here.court.id) : null;
  return here && draft ? { ...here, draft } : null;
}

const notHere = (world: World): Applied => unchanged(world, refused(NOT_ON_THIS_PAGE));

function advance(world: World, court: Court, draft: CaseFilingDraft, to: CaseFilingStep, change: Partial<CaseFilingDraft> = {}): World {
  const next: CaseFilingDraft = { ...draft, ...change, reached: furthestStep(draft.reached, to) };
  return pushAddress(withCaseFiling(world, { draft: next }), caseFilingStepUrl(court, to));
}

function chooseEvent(world: World, submission: FormSubmission): Applied {
  const here = context(world);
  if (!here) return notHere(world);
  const { court, atKeyboard } = here;
  const filer = filingInNameOf(world, court.id, atKeyboard);
  if (!filer) return unchanged(world, refused(CASE_FILING_MESSAGES.chooseUser, 'agent-filed-without-choosing-principal'));
  const event = civilEvent(field(submission, 'event'));
  if (!event) return unchanged(world, refused(CASE_FILING_MESSAGES.selectEvent));
  const draft: CaseFilingDraft = {
    courtId: court.id,
    enteredByEcfAccountId: atKeyboard.id,
    filerEcfAccountId: filer.id,
    eventId: event.id,
    reached: 'case',
    caseNumber: null,
    partyIds: [],
    document: null,
  };
  return { world: pushAddress(withCaseFiling(world, { draft }), caseFilingStepUrl(court, 'case')), outcome: ACCEPTED };
}

const caseSchema = z.object({ caseNumber: z.string().min(1, CASE_FILING_MESSAGES.caseRequired).max(CASE_NUMBER_MAX, CASE_FILING_MESSAGES.caseFormat) });

function enterCase(world: World, submission: FormSubmission): Applied {
  const here = draftContext(world);
  if (!here) return notHere(world);
  const read = readFields(caseSchema, submission);
  if (!read.ok) return unchanged(world, refused(read.message));
  const typed = read.value.caseNumber;
  const lookup = findCase(world, here.court.id, typed);
  if (!lookup.found) {
    const messages = {
      format: CASE_FILING_MESSAGES.caseFormat,
      unknown: CASE_FILING_MESSAGES.caseUnknown(typed),
      'not-civil': CASE_FILING_MESSAGES.caseNotCivil,
      ambiguous: CASE_FILING_MESSAGES.caseAmbiguous,
    } as const;
    return unchanged(world, refused(messages[lookup.reason]));
  }
  const number = lookup.courtCase.number;
  // Another case drops the filer chosen for the first one: its parties are not this case's.
  const partyIds = number === here.draft.caseNumber ? here.draft.partyIds : [];
  return { world: advance(world, here.court, here.draft, 'filer', { caseNumber: number, partyIds }), outcome: ACCEPTED };
}

function selectFiler(world: World, submission: FormSubmission): Applied {
  const here = draftContext(world);
  const courtCase = here?.draft.caseNumber ? caseByNumber(world, here.court.id, here.draft.caseNumber) : null;
  if (!here || !courtCase) return notHere(world);
  const partyIds = courtCase.parties.filter((party) => field(submission, `party-${party.id}`) !== '').map((party) => party.id);
  if (partyIds.length === 0) return unchanged(world, refused(CASE_FILING_MESSAGES.filerRequired));
  return { world: advance(world, here.court, here.draft, 'document', { partyIds }), outcome: ACCEPTED };
}

/** The document the page posted: only its name, size and whether its first bytes are "%PDF-" (it never leaves the machine). */
function postedDocument(submission: FormSubmission): { ok: true; document: FiledDocument | null } | { ok: false; message: string } {
  const name = field(submission, 'documentName').slice(0, 255);
  if (!name) return { ok: true, document: null };
  const size = Number(field(submission, 'documentSize'));
  if (field(submission, 'documentIsPdf') !== 'true' || !/\.pdf$/i.test(name)) return { ok: false, message: CASE_FILING_MESSAGES.documentNotPdf };
  if (!Number.isFinite(size) || size <= 0) return { ok: false, message: CASE_FILING_MESSAGES.documentEmpty };
  if (size > MAX_MAIN_DOCUMENT_BYTES) return { ok: false, message: CASE_FILING_MESSAGES.documentTooLarge };
  return { ok: true, document: { name, size } };
}

function attachDocument(world: World, submission: FormSubmission): Applied {
  const here = draftContext(world);
  if (!here) return notHere(world);
  if (submission.button === 'use-sample-pdf') {
    const draft = { ...here.draft, document: SAMPLE_MAIN_DOCUMENT };
    return { world: withCaseFiling(world, { draft }), outcome: acceptedWith(CASE_FILING_MESSAGES.sampleAttached) };
  }
  const posted = postedDocument(submission);
  if (!posted.ok) return unchanged(world, refused(posted.message));
  const document = posted.document ?? here.draft.document;
  if (!document) return unchanged(world, refused(CASE_FILING_MESSAGES.documentRequired));
  return { world: advance(world, here.court, here.draft, 'docket-text', { document }), outcome: ACCEPTED };
}

/** The final text's Next commits the filing: it is docketed, and the Notice of Electronic Filing is issued. */
function commitFiling(world: World): Applied {
  const here = draftContext(world);
  if (!here) return notHere(world);
  const { court, draft } = here;
  const state = caseFilingOf(world);
  const courtCase = draft.caseNumber ? caseByNumber(world, court.id, draft.caseNumber) : null;
  const filer = world.ecfAccounts[draft.filerEcfAccountId];
  if (!courtCase || !filer || !draft.document || draft.partyIds.length === 0) return notHere(world);
  const parties = courtCase.parties.filter((party) => draft.partyIds.includes(party.id));
  const documentNumber = courtCase.lastDocumentNumber + 1;
  const filing: CaseFiling = {
    id: `case-filing-${state.filings.length + 1}`,
    courtId: court.id,
    caseNumber: courtCase.number,
    caseTitle: courtCase.title,
    eventId: draft.eventId,
    documentNumber,
    document: draft.document,
    filerEcfAccountId: filer.id,
    enteredByEcfAccountId: draft.enteredByEcfAccountId,
    partyIds: [...draft.partyIds],
    docketText: civilDocketText(draft.eventId, parties, filer.name),
    filedAt: world.clock,
    noticedTo: noticeRecipients(world, courtCase, filer),
  };
  const cases = state.cases.map((candidate) => (candidate === courtCase ? { ...candidate, lastDocumentNumber: documentNumber } : candidate));
  const filed = withCaseFiling(world, { draft: null, cases, filings: [...state.filings, filing] });
  // The trainee's mailbox holds the filer's own copies: the primary address and, when set, the secondary ones.
  const copies = noticeAddresses(filer).map((address, index) => caseFilingNefMail(`mail-${filed.mailbox.length + 1 + index}`, court, filing, address, filed));
  const mailed: World = { ...filed, mailbox: [...filed.mailbox, ...copies] };
  return { world: pushAddress(mailed, caseFilingNefUrl(court, filing.id)), outcome: ACCEPTED };
}

function eventLabel(world: World): string {
  const draft = caseFilingOf(world).draft;
  return civilEvent(draft?.eventId ?? '')?.label ?? 'Other Filings';
}

export const CASE_FILING_FORMS = {
  'cmecf/case-filing/event': {
    title: 'Other Filings',
    pages: ['cmecf-filing-event'],
    handle: chooseEvent,
    describe: (submission) => {
      const event = civilEvent(field(submission, 'event'));
      return event ? `Selected the event "${event.label}" and clicked Next` : 'Clicked Next with no event selected';
    },
  },
  'cmecf/case-filing/case': {
    title: 'Civil case number',
    pages: ['cmecf-filing-case'],
    handle: enterCase,
    describe: (submission) => `Entered case number "${field(submission, 'caseNumber').slice(0, CASE_NUMBER_MAX)}" and clicked Next`,
  },
  'cmecf/case-filing/filer': {
    title: 'Select the filer',
    pages: ['cmecf-filing-filer'],
    handle: selectFiler,
    describe: (submission, before) => {
      const draft = caseFilingOf(before).draft;
      const courtCase = draft?.caseNumber ? caseByNumber(before, draft.courtId, draft.caseNumber) : null;
      const names = (courtCase?.parties ?? []).filter((party) => field(submission, `party-${party.id}`) !== '').map((party) => party.name);
      return names.length > 0 ? `Selected the filer ${names.join(', ')} and clicked Next` : 'Clicked Next with no filer selected';
    },
  },
  'cmecf/case-filing/document': {
    title: 'Main Document',
    pages: ['cmecf-filing-document'],
    handle: attachDocument,
    describe: (submission, before) => {
      if (submission.button === 'use-sample-pdf') return 'Attached the sample PDF as the main document';
      const name = field(submission, 'documentName').slice(0, 120);
      return name ? `Chose ${name} as the main document of the ${eventLabel(before)} and clicked Next` : 'Clicked Next on the Main Document screen';
    },
  },
  'cmecf/case-filing/docket-text': {
    title: 'Docket text: final text',
    pages: ['cmecf-filing-docket-text'],
    handle: commitFiling,
    describe: () => 'Clicked Next on the final docket text, committing the filing',
  },
} satisfies Record<string, FormDefinition>;
