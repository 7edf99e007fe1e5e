import { field, type FormDefinition, type FormSubmission } from '../../form-kit';
import { ACCEPTED, acceptedWith, pushAddress, refused, type Applied } from '../../transitions';
import { courtById, ecfAccountLinkedTo, type CourtType, type World } from '../../world';
import { attorneyStepUrl } from './addresses';
import { ADMISSION_MESSAGES, checkApplicant } from './applicant';
import { COURT_TYPES, courtsOffered, FIRST_SCREEN_REQUEST_TYPES, REQUEST_TYPE_LABELS, requestTypeAfterCourt, requestTypesOf } from './court-options';
import { readEfileDetails } from './efile-details';
import { addBar, attachDocument, completeSections, keepTyped, removeBar, SAMPLE_PDF } from './sections';
import { admissionsOf, draftOf, emptySections, withDraft, type EfileDraft, type EfileRequestType } from './state';

/**
 * Manage My Account ▸ Maintenance ▸ Attorney Admissions/E-File Registration
 * (seed 002, Attorney Bar Registration and the sections after it): screens
 * A to D. The acknowledgments and Submit are shared with the non-attorney
 * path (submission.ts).
 */

export const COURT_MESSAGES = {
  courtType: 'Court Type is required.',
  court: 'Court is required.',
  courtNotOffered: 'Select a Court from the list. A court not yet on NextGen CM/ECF takes registrations itself.',
  pending: 'You already have an e-filing request pending with this court. The court will e-mail you when it has reviewed it.',
  requestType: 'Select what you would like to apply/register for.',
} as const;

export function isCourtType(value: string): value is CourtType {
  return (COURT_TYPES as readonly string[]).includes(value);
}

/** Court Type and Court (shared with the non-attorney screen): a NextGen court of that type, where the account is not a filer already. */
export function chooseCourt(world: World, accountNumber: string, submission: FormSubmission) {
  const courtType = field(submission, 'courtType');
  const courtId = field(submission, 'court');
  if (!courtType) return { ok: false as const, outcome: refused(COURT_MESSAGES.courtType) };
  if (!courtId) return { ok: false as const, outcome: refused(COURT_MESSAGES.court) };
  const court = isCourtType(courtType) ? courtsOffered(world, courtType).find((candidate) => candidate.id === courtId) : undefined;
  if (!court) return { ok: false as const, outcome: refused(COURT_MESSAGES.courtNotOffered) };
  if (ecfAccountLinkedTo(world, court.id, accountNumber)) {
    return { ok: false as const, outcome: refused(ADMISSION_MESSAGES.alreadyFiler, 'efile-request-duplicate') };
  }
  const pending = admissionsOf(world).requests.some(
    (request) =>
      request.accountNumber === accountNumber && request.courtId === court.id && (request.status === 'pending' || request.status === 'fee-due'),
  );
  if (pending) return { ok: false as const, outcome: refused(COURT_MESSAGES.pending) };
  return { ok: true as const, court };
}

function attorneyDraft(world: World, accountNumber: string): EfileDraft | null {
  const draft = draftOf(world, 'attorney');
  return draft && draft.accountNumber === accountNumber ? draft : null;
}

/** The PSC accepts a filing agent's choice of request; the court will not: filing agents register as non-attorneys (seed 002, Filing Agents). */
function requestChosen(world: World, accountNumber: string): Applied['outcome'] {
  const filingAgent = admissionsOf(world).settings.filingAgentAccounts.includes(accountNumber);
  return filingAgent ? acceptedWith(null, 'filing-agent-attorney-path') : ACCEPTED;
}

/** A request type posted by a screen that offers these, or null when none was chosen; undefined when it is not one of them. */
function postedRequestType(submission: FormSubmission, offered: readonly EfileRequestType[]): EfileRequestType | null | undefined {
  const posted = field(submission, 'requestType');
  if (!posted) return null;
  return offered.find((type) => type === posted);
}

/**
 * Court Type and Court, and, if the trainee chose it there, the kind of
 * request (seed 002 puts "Select Attorney Admissions and E-File" before the
 * court in two procedures and after it in four: both orders work).
 */
function selectCourt(world: World, submission: FormSubmission): Applied {
  const applicant = checkApplicant(world);
  if (!applicant.ok) return { world, outcome: applicant.outcome };
  const chosenType = postedRequestType(submission, FIRST_SCREEN_REQUEST_TYPES);
  if (chosenType === undefined) return { world, outcome: refused(COURT_MESSAGES.requestType) };
  const chosen = chooseCourt(world, applicant.account.accountNumber, submission);
  if (!chosen.ok) return { world, outcome: chosen.outcome };
  const previous = attorneyDraft(world, applicant.account.accountNumber);
  const kept = previous && previous.courtId === chosen.court.id ? previous : null;
  const requestType = requestTypeAfterCourt(chosen.court, chosenType ?? kept?.requestType ?? null);
  const draft: EfileDraft =
    kept && kept.requestType === requestType
      ? kept
      : {
          path: 'attorney',
          accountNumber: applicant.account.accountNumber,
          courtId: chosen.court.id,
          requestType,
          sections: kept?.sections ?? emptySections(),
          sectionsDone: false,
          efile: null,
          paymentDefaultsDone: false,
        };
  const toSections = chosenType === 'admission' && requestType === 'admission';
  const moved = pushAddress(withDraft(world, 'attorney', draft), attorneyStepUrl(toSections ? 'admission' : 'type'));
  return { world: moved, outcome: toSections ? requestChosen(world, applicant.account.accountNumber) : ACCEPTED };
}

/**
 * "What would you like to apply/register for?" with, for every kind but
 * admissions, the E-File Registration fields on the same screen: seed 002
 * goes from "Select Pro Hac Vice" (or "Select E-File Registration Only",
 * after which "the information from your registered PACER account will
 * display") straight to completing them and Next. A post without the Role
 * in Court field comes from the earlier two-screen version of this screen
 * (stored attempts replay it): it goes to E-File Registration on its own.
 */
function selectRequestType(world: World, submission: FormSubmission): Applied {
  const applicant = checkApplicant(world);
  if (!applicant.ok) return { world, outcome: applicant.outcome };
  const draft = attorneyDraft(world, applicant.account.accountNumber);
  const court = courtById(world, draft?.courtId ?? null);
  if (!draft || !court) return { world, outcome: refused(COURT_MESSAGES.court) };
  if (submission.button === 'back') return { world: pushAddress(world, attorneyStepUrl(null)), outcome: ACCEPTED };
  const requestType = postedRequestType(submission, requestTypesOf(court));
  if (!requestType) return { world, outcome: refused(COURT_MESSAGES.requestType) };
  const changed = draft.requestType !== requestType;
  const chosen: EfileDraft = changed ? { ...draft, requestType, sectionsDone: false, efile: null, paymentDefaultsDone: false } : draft;
  const outcome = requestChosen(world, applicant.account.accountNumber);
  if (requestType === 'admission' || !Object.hasOwn(submission.fields, 'role')) {
    const step = requestType === 'admission' ? 'admission' : 'registration';
    return { world: pushAddress(withDraft(world, 'attorney', chosen), attorneyStepUrl(step)), outcome };
  }
  const details = readEfileDetails(court, 'attorney', requestType, submission);
  if (!details.ok) return { world, outcome: refused(details.message, details.mistake) };
  const registered = withDraft(world, 'attorney', { ...chosen, efile: details.details, paymentDefaultsDone: false });
  return { world: pushAddress(registered, attorneyStepUrl('payment')), outcome };
}

function fillSections(world: World, submission: FormSubmission): Applied {
  const applicant = checkApplicant(world);
  if (!applicant.ok) return { world, outcome: applicant.outcome };
  const draft = attorneyDraft(world, applicant.account.accountNumber);
  if (!draft || draft.requestType !== 'admission') return { world, outcome: refused(COURT_MESSAGES.requestType) };
  if (submission.button === 'back') return { world: pushAddress(world, attorneyStepUrl('type')), outcome: ACCEPTED };

  const typed = keepTyped(draft.sections, submission);
  const keep = (sections = typed, done = draft.sectionsDone) => withDraft(world, 'attorney', { ...draft, sections, sectionsDone: done });
  const removal = /^remove-bar-(\d{1,2})$/.exec(submission.button);
  if (removal) return { world: keep(removeBar(typed, Number(removal[1]))), outcome: ACCEPTED };

  switch (submission.button) {
    case 'add-bar': {
      const added = addBar(typed, submission);
      return added.ok ? { world: keep(added.sections), outcome: ACCEPTED } : { world: keep(), outcome: refused(added.message, added.mistake) };
    }
    case 'upload': {
      const attached = attachDocument(typed, submission);
      return attached.ok
        ? { world: keep(attached.sections), outcome: ACCEPTED }
        : { world: keep(), outcome: refused(attached.message, attached.mistake) };
    }
    case 'use-sample-pdf': {
      const sections = { ...typed, document: SAMPLE_PDF };
      return { world: keep(sections), outcome: ACCEPTED };
    }
    case 'next': {
      const complete = completeSections(typed);
      if (!complete.ok) return { world: keep(typed, false), outcome: refused(complete.message, complete.mistake) };
      return { world: pushAddress(keep(complete.sections, true), attorneyStepUrl('registration')), outcome: ACCEPTED };
    }
    default:
      return { world, outcome: refused(COURT_MESSAGES.requestType) };
  }
}

function registerEfile(world: World, submission: FormSubmission): Applied {
  const applicant = checkApplicant(world);
  if (!applicant.ok) return { world, outcome: applicant.outcome };
  const draft = attorneyDraft(world, applicant.account.accountNumber);
  const court = courtById(world, draft?.courtId ?? null);
  if (!draft || !court || draft.requestType === null) return { world, outcome: refused(COURT_MESSAGES.requestType) };
  if (submission.button === 'back') {
    return { world: pushAddress(world, attorneyStepUrl(draft.requestType === 'admission' ? 'admission' : 'type')), outcome: ACCEPTED };
  }
  const details = readEfileDetails(court, 'attorney', draft.requestType, submission);
  if (!details.ok) return { world, outcome: refused(details.message, details.mistake) };
  const next = withDraft(world, 'attorney', { ...draft, efile: details.details });
  return { world: pushAddress(next, attorneyStepUrl('payment')), outcome: ACCEPTED };
}

function requestTypeName(submission: FormSubmission): string {
  const type = field(submission, 'requestType') as EfileRequestType;
  return Object.hasOwn(REQUEST_TYPE_LABELS, type) ? REQUEST_TYPE_LABELS[type] : 'nothing';
}

export const ATTORNEY_FORMS: Record<string, FormDefinition> = {
  'pacer/efile/court': {
    title: 'Attorney Admissions / E-File Registration',
    pages: ['admission-court'],
    handle: selectCourt,
    describe: (submission, worldBefore) => {
      const court = courtById(worldBefore, field(submission, 'court'));
      const kind = field(submission, 'requestType') ? `${requestTypeName(submission)} at ` : '';
      return `Chose ${kind}the court ${court ? court.noticeName : '(none)'} for attorney admissions/e-file registration`;
    },
  },
  'pacer/efile/request-type': {
    title: 'What would you like to apply/register for?',
    pages: ['admission-request-type'],
    handle: selectRequestType,
    describe: (submission) => {
      if (submission.button === 'back') return 'Went back to the court selection';
      const role = field(submission, 'role');
      return role ? `Chose ${requestTypeName(submission)}, the Role in Court "${role}", and clicked Next` : `Chose ${requestTypeName(submission)}`;
    },
  },
  'pacer/efile/admission-sections': {
    title: 'Attorney Admissions',
    pages: ['admission-sections'],
    handle: fillSections,
    describe: (submission) => {
      if (submission.button === 'add-bar') return `Clicked +Add for the bar "${field(submission, 'newBar')}"`;
      if (submission.button === 'upload') return `Uploaded the file "${field(submission, 'documentName')}"`;
      if (submission.button === 'use-sample-pdf') return 'Uploaded the sample PDF of the two certificates';
      if (submission.button.startsWith('remove-bar-')) return 'Removed a bar';
      return submission.button === 'back' ? 'Went back to the request types' : 'Clicked Next on the five admission sections';
    },
  },
  'pacer/efile/registration': {
    title: 'E-File Registration',
    pages: ['admission-efile'],
    handle: registerEfile,
    describe: (submission) =>
      submission.button === 'back' ? 'Went back from E-File Registration' : `Chose the Role in Court "${field(submission, 'role')}" and clicked Next`,
  },
};
