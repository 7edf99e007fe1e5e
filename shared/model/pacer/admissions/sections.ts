import { field, ticked, type FormSubmission } from '../../form-kit';
import {
  COURT_QUESTIONS,
  isFederalBar,
  isStateBar,
  MAX_DOCUMENT_BYTES,
  SPONSOR_JURISDICTIONS,
} from './court-options';
import type { MistakeCode } from '../../mistakes';
import type { AdmissionDocument, AdmissionSections } from './state';

/**
 * The five admission sections (seed 002, Attorney Bar Registration step 10):
 * what each button of that screen does to them, and what Next requires.
 * Every button posts the whole screen and the server keeps what was typed,
 * so +Add or Upload never loses the other sections.
 */

export const SECTION_LIMITS = { name: 120, barNumber: 32, email: 254, phone: 32, reason: 1000, fileName: 255 } as const;

/** The sample the simulator offers instead of a file from disk: two certificates combined into one PDF. */
export const SAMPLE_PDF: AdmissionDocument = { name: 'Certificates-of-Good-Standing-combined.pdf', size: 184_320 };

export const SECTION_MESSAGES = {
  barTypeRequired: 'Attorney Bar Information: check one or both boxes to indicate the federal or state courts to which you are admitted.',
  barsRequired: 'Attorney Bar Information: click +Add to add the court(s) to which you are admitted.',
  barToAdd: 'Attorney Bar Information: select the court or state bar to add.',
  barNumberToAdd: 'Attorney Bar Information: enter the Bar Number before you click +Add.',
  barNumberTooLong: `Attorney Bar Information: a Bar Number is at most ${SECTION_LIMITS.barNumber} characters.`,
  stateBoxUnchecked: 'Attorney Bar Information: check State to add a state bar.',
  federalBoxUnchecked: 'Attorney Bar Information: check Federal to add a federal court.',
  barDuplicate: 'Attorney Bar Information: that bar has already been added.',
  sponsorName: 'Sponsoring Attorney: Name is required.',
  sponsorBarNumber: 'Sponsoring Attorney: Bar Number is required.',
  sponsorJurisdiction: 'Sponsoring Attorney: select the Jurisdiction.',
  sponsorEmail: 'Sponsoring Attorney: enter a valid Email address.',
  tooLong: 'A field is longer than this form allows. Shorten it and try again.',
  phone: 'Attorney Information: Phone is required.',
  feeChoice: 'Attorney Information: acknowledge the admission fee or request a waiver of fees.',
  waiverReason: 'Attorney Information: give the reason for your fee waiver request.',
  documentRequired: 'Document Upload: click Upload, then +Browse to attach the certificates as one PDF document.',
  documentNotPdf: 'Document Upload: the file is not a PDF. Save the two certificates as one PDF document and upload it.',
  documentTooLarge: `Document Upload: the file is larger than the ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB limit.`,
  documentEmpty: 'Document Upload: the file is empty.',
  answersRequired: 'Additional Attorney Information Required by Court: answer all questions.',
} as const;

export type SectionCheck = { ok: true; sections: AdmissionSections } | { ok: false; message: string; mistake: MistakeCode | null };

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function clip(value: string, max: number): string {
  return value.slice(0, max);
}

/** What the screen posted, kept as typed (clipped to the field sizes), whatever the button. */
export function keepTyped(previous: AdmissionSections, submission: FormSubmission): AdmissionSections {
  const answers: Record<string, 'Y' | 'N'> = {};
  for (const question of COURT_QUESTIONS) {
    const answer = field(submission, `answer.${question.id}`);
    if (answer === 'Y' || answer === 'N') answers[question.id] = answer;
  }
  const fee = field(submission, 'feeChoice');
  return {
    ...previous,
    federalBar: ticked(submission, 'federalBar'),
    stateBar: ticked(submission, 'stateBar'),
    sponsorName: clip(field(submission, 'sponsorName'), SECTION_LIMITS.name + 1),
    sponsorBarNumber: clip(field(submission, 'sponsorBarNumber'), SECTION_LIMITS.barNumber + 1),
    sponsorJurisdiction: (SPONSOR_JURISDICTIONS as readonly string[]).includes(field(submission, 'sponsorJurisdiction'))
      ? field(submission, 'sponsorJurisdiction')
      : '',
    sponsorEmail: clip(field(submission, 'sponsorEmail'), SECTION_LIMITS.email + 1),
    firm: clip(field(submission, 'firm'), SECTION_LIMITS.name + 1),
    phone: clip(field(submission, 'phone'), SECTION_LIMITS.phone + 1),
    feeChoice: fee === 'acknowledge' || fee === 'waiver' ? fee : null,
    waiverReason: clip(field(submission, 'waiverReason'), SECTION_LIMITS.reason + 1),
    answers,
  };
}

/** +Add: the bar chosen in the dropdown, with its number, joins the list. */
export function addBar(sections: AdmissionSections, submission: FormSubmission): SectionCheck {
  const bar = field(submission, 'newBar');
  const barNumber = field(submission, 'newBarNumber');
  if (!isStateBar(bar) && !isFederalBar(bar)) return { ok: false, message: SECTION_MESSAGES.barToAdd, mistake: null };
  if (!barNumber) return { ok: false, message: SECTION_MESSAGES.barNumberToAdd, mistake: null };
  if (barNumber.length > SECTION_LIMITS.barNumber) return { ok: false, message: SECTION_MESSAGES.barNumberTooLong, mistake: null };
  if (isStateBar(bar) && !sections.stateBar) return { ok: false, message: SECTION_MESSAGES.stateBoxUnchecked, mistake: null };
  if (isFederalBar(bar) && !sections.federalBar) return { ok: false, message: SECTION_MESSAGES.federalBoxUnchecked, mistake: null };
  if (sections.bars.some((entry) => entry.bar === bar)) return { ok: false, message: SECTION_MESSAGES.barDuplicate, mistake: null };
  return { ok: true, sections: { ...sections, bars: [...sections.bars, { bar, barNumber }] } };
}

export function removeBar(sections: AdmissionSections, index: number): AdmissionSections {
  return { ...sections, bars: sections.bars.filter((_, position) => position !== index) };
}

/**
 * Upload: the renderer posts only the file's name, size and whether its
 * first bytes are "%PDF-"; nothing is uploaded anywhere. The one document
 * replaces any earlier one ("uploaded as one PDF document").
 */
export function attachDocument(sections: AdmissionSections, submission: FormSubmission): SectionCheck {
  const name = field(submission, 'documentName');
  const size = Number(field(submission, 'documentSize'));
  const isPdf = field(submission, 'documentIsPdf') === 'true';
  if (!name) return { ok: false, message: SECTION_MESSAGES.documentRequired, mistake: null };
  if (!isPdf || !/\.pdf$/i.test(name)) return { ok: false, message: SECTION_MESSAGES.documentNotPdf, mistake: 'admission-document-not-pdf' };
  if (!Number.isFinite(size) || size <= 0) return { ok: false, message: SECTION_MESSAGES.documentEmpty, mistake: null };
  if (size > MAX_DOCUMENT_BYTES) return { ok: false, message: SECTION_MESSAGES.documentTooLarge, mistake: null };
  return { ok: true, sections: { ...sections, document: { name: clip(name, SECTION_LIMITS.fileName), size } } };
}

/** Next: every section complete (seed 002: "Complete all five sections of the required registration information"). */
export function completeSections(sections: AdmissionSections): SectionCheck {
  const fail = (message: string): SectionCheck => ({ ok: false, message, mistake: null });
  if (!sections.federalBar && !sections.stateBar) return fail(SECTION_MESSAGES.barTypeRequired);
  if (sections.bars.length === 0) return fail(SECTION_MESSAGES.barsRequired);
  if (!sections.sponsorName) return fail(SECTION_MESSAGES.sponsorName);
  if (!sections.sponsorBarNumber) return fail(SECTION_MESSAGES.sponsorBarNumber);
  if (!sections.sponsorJurisdiction) return fail(SECTION_MESSAGES.sponsorJurisdiction);
  if (!EMAIL_PATTERN.test(sections.sponsorEmail)) return fail(SECTION_MESSAGES.sponsorEmail);
  if (!sections.phone) return fail(SECTION_MESSAGES.phone);
  if (sections.feeChoice === null) return fail(SECTION_MESSAGES.feeChoice);
  if (sections.feeChoice === 'waiver' && !sections.waiverReason) return fail(SECTION_MESSAGES.waiverReason);
  const tooLong =
    sections.sponsorName.length > SECTION_LIMITS.name ||
    sections.sponsorBarNumber.length > SECTION_LIMITS.barNumber ||
    sections.sponsorEmail.length > SECTION_LIMITS.email ||
    sections.firm.length > SECTION_LIMITS.name ||
    sections.phone.length > SECTION_LIMITS.phone ||
    sections.waiverReason.length > SECTION_LIMITS.reason;
  if (tooLong) return fail(SECTION_MESSAGES.tooLong);
  if (sections.document === null) return fail(SECTION_MESSAGES.documentRequired);
  if (COURT_QUESTIONS.some((question) => !sections.answers[question.id])) return fail(SECTION_MESSAGES.answersRequired);
  return { ok: true, sections };
}
