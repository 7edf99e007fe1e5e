import { addBusinessDays } from '../../clock';
import { field, ticked, type FormDefinition, type FormSubmission } from '../../form-kit';
import type { MistakeCode } from '../../mistakes';
import { currentPage } from '../../pages';
import { ACCEPTED, NOT_ON_THIS_PAGE, pushAddress, refused, type Applied } from '../../transitions';
import { courtById, type PacerAccount, type World } from '../../world';
import { attorneyStepUrl, nonAttorneyStepUrl, stepUrl } from './addresses';
import { acknowledgmentNames } from './acknowledgments';
import { checkApplicant } from './applicant';
import { chooseCourt } from './attorney-forms';
import { roleOption } from './court-options';
import { readEfileDetails } from './efile-details';
import { requestReceivedNotice } from './mail-templates';
import { decideRequest, withMail } from './processing';
import { linkHasFailed } from './session';
import {
  admissionsOf,
  draftOf,
  emptySections,
  withAdmissions,
  withDraft,
  type EfileDraft,
  type EfilePath,
  type EfileRequest,
  type RejectionReason,
} from './state';

/**
 * The screens both paths end with: Non-Attorney E-File Registration's first
 * screen, the optional payment defaults, and the acknowledgments with
 * Submit, which files the request with the court.
 */

export const SUBMIT_MESSAGES = {
  acknowledgments: 'You must check every acknowledgment box before you click Submit.',
  incomplete: 'Your registration is incomplete. Start again from Maintenance.',
} as const;

function pathOfPage(world: World): EfilePath | null {
  const page = currentPage(world);
  return 'path' in page && (page.path === 'attorney' || page.path === 'non-attorney') ? page.path : null;
}

function ownDraft(world: World, path: EfilePath, account: PacerAccount): EfileDraft | null {
  const draft = draftOf(world, path);
  return draft && draft.accountNumber === account.accountNumber ? draft : null;
}

function registerNonAttorney(world: World, submission: FormSubmission): Applied {
  const applicant = checkApplicant(world);
  if (!applicant.ok) return { world, outcome: applicant.outcome };
  const chosen = chooseCourt(world, applicant.account.accountNumber, submission);
  if (!chosen.ok) return { world, outcome: chosen.outcome };
  const details = readEfileDetails(chosen.court, 'non-attorney', null, submission);
  if (!details.ok) return { world, outcome: refused(details.message, details.mistake) };
  const draft: EfileDraft = {
    path: 'non-attorney',
    accountNumber: applicant.account.accountNumber,
    courtId: chosen.court.id,
    requestType: null,
    sections: emptySections(),
    sectionsDone: false,
    efile: details.details,
    paymentDefaultsDone: false,
  };
  return { world: pushAddress(withDraft(world, 'non-attorney', draft), nonAttorneyStepUrl('payment')), outcome: ACCEPTED };
}

function confirmPaymentDefaults(world: World, submission: FormSubmission): Applied {
  const applicant = checkApplicant(world);
  const path = pathOfPage(world);
  if (!applicant.ok) return { world, outcome: applicant.outcome };
  const draft = path ? ownDraft(world, path, applicant.account) : null;
  if (!path || !draft) return { world, outcome: refused(NOT_ON_THIS_PAGE) };
  if (submission.button === 'back') {
    // Every kind but admissions has its E-File Registration on the request-type screen.
    const back = path === 'non-attorney' ? nonAttorneyStepUrl(null) : attorneyStepUrl(draft.requestType === 'admission' ? 'registration' : 'type');
    return { world: pushAddress(world, back), outcome: ACCEPTED };
  }
  const next = withDraft(world, path, { ...draft, paymentDefaultsDone: true });
  return { world: pushAddress(next, stepUrl(path, 'acknowledge')), outcome: ACCEPTED };
}

/** Two people are the same when first and last names agree (case, punctuation and middle names aside). */
function samePerson(a: string, b: string): boolean {
  const words = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^a-z\s]/g, ' ')
      .split(/\s+/)
      .filter((word) => word.length > 1);
  const left = words(a);
  const right = words(b);
  return left.length > 0 && left[0] === right[0] && left.at(-1) === right.at(-1);
}

/**
 * Why the court will refuse this request, if it will: a filing agent on the
 * attorney path, or a filer who already has a CM/ECF account there and has
 * not tried to link it (seed 002 step 17; seed 004: a new request is the
 * fallback when the link fails).
 */
function rejectionFor(world: World, draft: EfileDraft, account: PacerAccount): { reason: RejectionReason; mistake: MistakeCode | null } | null {
  if (draft.path === 'attorney' && admissionsOf(world).settings.filingAgentAccounts.includes(account.accountNumber)) {
    // Already marked when the attorney path was chosen.
    return { reason: 'filing-agent-attorney-path', mistake: null };
  }
  const existing = Object.values(world.ecfAccounts).filter(
    (ecf) => ecf.courtId === draft.courtId && ecf.linkedPacerAccount === null && samePerson(ecf.name, account.name),
  );
  if (existing.length > 0 && !existing.some((ecf) => linkHasFailed(world, ecf.id))) {
    return { reason: 'has-ecf-account', mistake: 'efile-request-duplicate' };
  }
  return null;
}

function submitRequest(world: World, submission: FormSubmission): Applied {
  const applicant = checkApplicant(world);
  const path = pathOfPage(world);
  if (!applicant.ok) return { world, outcome: applicant.outcome };
  const account = applicant.account;
  const draft = path ? ownDraft(world, path, account) : null;
  const court = courtById(world, draft?.courtId ?? null);
  if (!path || !draft || !court || !draft.efile) return { world, outcome: refused(SUBMIT_MESSAGES.incomplete) };
  if (submission.button === 'back') return { world: pushAddress(world, stepUrl(path, 'payment')), outcome: ACCEPTED };
  if (acknowledgmentNames(path, draft.requestType).some((name) => !ticked(submission, name))) {
    return { world, outcome: refused(SUBMIT_MESSAGES.acknowledgments, 'efile-acknowledgment-skipped') };
  }
  const role = roleOption(court, path, draft.efile.role);
  if (!role) return { world, outcome: refused(SUBMIT_MESSAGES.incomplete) };

  const rejection = rejectionFor(world, draft, account);
  const { settings } = admissionsOf(world);
  const transactionId = String(world.nextTransactionId);
  const request: EfileRequest = {
    transactionId,
    path,
    accountNumber: account.accountNumber,
    courtId: court.id,
    requestType: draft.requestType,
    role: role.label,
    ecfRole: role.ecfRole,
    emailFormat: draft.efile.emailFormat,
    extra: draft.efile.extra,
    sections: draft.requestType === 'admission' ? draft.sections : null,
    submittedAt: world.clock,
    dueAt: settings.processingBusinessDays === 0 ? world.clock : addBusinessDays(world.clock, settings.processingBusinessDays),
    status: 'pending',
    rejection: rejection?.reason ?? null,
    decidedAt: null,
    feePaidAt: null,
    feeReceipt: null,
    ecfAccountId: null,
  };
  const filed = withDraft(
    withAdmissions({ ...world, nextTransactionId: world.nextTransactionId + 1 }, { requests: [...admissionsOf(world).requests, request] }),
    path,
    null,
  );
  const received = withMail(
    filed,
    requestReceivedNotice({ id: `mail-${filed.mailbox.length + 1}`, to: world.traineeEmail, account, court, request, at: world.clock }),
  );
  const decided = settings.processingBusinessDays === 0 ? decideRequest(received, request) : received;
  return {
    world: pushAddress(decided, stepUrl(path, 'confirmation', transactionId)),
    outcome: { status: 'accepted', mistake: rejection?.mistake ?? null, message: null },
  };
}

export const SUBMISSION_FORMS: Record<string, FormDefinition> = {
  'pacer/efile/non-attorney': {
    title: 'Non-Attorney E-File Registration',
    pages: ['admission-non-attorney'],
    handle: registerNonAttorney,
    describe: (submission, worldBefore) => {
      const court = courtById(worldBefore, field(submission, 'court'));
      return `Registered as "${field(submission, 'role') || '(no role)'}" at ${court ? court.noticeName : '(no court)'} and clicked Next`;
    },
  },
  'pacer/efile/payment-defaults': {
    title: 'Payment Information',
    pages: ['admission-payment-defaults'],
    handle: confirmPaymentDefaults,
  },
  'pacer/efile/acknowledgments': {
    title: 'Acknowledgments',
    pages: ['admission-acknowledgments'],
    handle: submitRequest,
    describe: (submission) => (submission.button === 'back' ? 'Went back to Payment Information' : 'Checked the acknowledgments and clicked Submit'),
  },
};
