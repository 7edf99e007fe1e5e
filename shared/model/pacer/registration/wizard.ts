import { passesLuhn } from '../../card-numbers';
import { addBusinessDays } from '../../clock';
import { field, secret, ticked, type FormSubmission } from '../../form-kit';
import type { MistakeCode } from '../../mistakes';
import { ACCEPTED, acceptedWith, pushAddress, refused, type Applied } from '../../transitions';
import type { CaseSearchStatus, MailItem, PacerAccount, World } from '../../world';
import { displayName, postalAddress, readAccountInformation } from './account-information';
import { activationCode, letterBusinessDays, validationToken, sameCode } from './codes';
import { findDuplicate, isAliasEmail } from './duplicates';
import { activationLetter, validationTokenEmail } from './mail';
import { CARD_TYPES, isGovernment, SECURITY_QUESTIONS } from './options';
import { wizardUrl, registrationFormUrl } from './pages';
import { passwordProblem, usernameProblem } from './password-rules';
import { isRegistrationType, registrationState, type RegistrationDraft, type RegistrationState, type RegistrationStep } from './state';

/**
 * What the PACER Service Center's registration does with each posted
 * screen (seed 002, "Instructions for Registering for a PACER Account",
 * steps 5-17; FIDELITY 1.2).
 */

export const REGISTRATION_MESSAGES = {
  noRegistration: 'Your registration session has expired. Please start again from Register for an Account.',
  tokenRequired: 'Validation Token is required.',
  tokenWrong: 'The validation token you entered is not valid. Check the e-mail we sent and try again.',
  tokenResent: 'A new validation token has been sent to your e-mail address. Use the code in the latest e-mail.',
  questionsRequired: 'Select two security questions and answer both.',
  questionsDifferent: 'Select two different security questions.',
  answerTooShort: 'Security answers must be at least 3 characters.',
  cardIncomplete: 'Enter the Card Type, Card Number, Expiration Date and Name on Card, or leave every payment field blank to register without a card.',
  cardNumberInvalid: 'The card number is not valid.',
  cardExpired: 'The credit card has expired.',
  authorizationRequired:
    'Check the box authorizing the PACER Service Center to charge the above credit card once a quarter, or remove the card information to register without a card.',
  policiesRequired: 'You must acknowledge that you have read the policies and procedures before you can submit your registration.',
} as const;

function withState(world: World, change: Partial<RegistrationState>): World {
  return { ...world, registration: { ...registrationState(world), ...change } };
}

function withDraft(world: World, draft: RegistrationDraft | null): World {
  return withState(world, { draft });
}

function toStep(world: World, draft: RegistrationDraft, step: RegistrationStep): World {
  return pushAddress(withDraft(world, { ...draft, step }), wizardUrl(step));
}

function currentDraft(world: World): RegistrationDraft | null {
  return registrationState(world).draft;
}

/** The validation e-mail reaches the mailbox only if it was sent to the trainee's own address (a typo sends it elsewhere). */
function sendToken(world: World, draft: RegistrationDraft): { world: World; draft: RegistrationDraft } {
  const sent = draft.tokensSent + 1;
  const token = validationToken(world.scenarioId, draft.details.email, sent);
  const next = { ...draft, validationToken: token, tokensSent: sent };
  const ownAddress = draft.details.email.toLowerCase() === world.traineeEmail.toLowerCase();
  const mailbox: MailItem[] = ownAddress
    ? [...world.mailbox, validationTokenEmail(`mail-${world.mailbox.length + 1}`, draft.details, token, world.clock)]
    : world.mailbox;
  return { world: { ...world, mailbox }, draft: next };
}

/** Whether the registrant's choices fit who the scenario says they are (seed 002 step 5; Filing Agents, step 1). */
function accountInformationMistake(world: World, draft: RegistrationDraft): MistakeCode | null {
  const registrant = registrationState(world).registrant;
  if (draft.type === 'administrative') return null;
  const chosen = draft.details.userType;
  if (chosen === 'firm' || chosen === 'commercial') return 'wrong-user-type';
  if (registrant && registrant.userType !== chosen) return 'wrong-user-type';
  if (registrant?.files === 'non-attorney' && draft.type === 'attorney-filers') return 'attorney-path-for-filing-agent';
  return null;
}

export function submitAccountInformation(world: World, submission: FormSubmission): Applied {
  const postedType = field(submission, 'registrationType');
  const type = isRegistrationType(postedType) ? postedType : 'case-search';
  const read = readAccountInformation(world, submission, type);
  if (!read.ok) return { world, outcome: refused(read.message) };
  const details = read.value;
  const duplicate = type === 'administrative' ? ({ kind: 'none' } as const) : findDuplicate(world, details);
  const draft: RegistrationDraft = {
    type,
    step: 'validation',
    details,
    validationToken: '',
    tokensSent: 0,
    username: '',
    passwordDigest: '',
    securityQuestions: [],
    cardLastFour: null,
    hold: duplicate.kind === 'same-person' ? 'duplicate' : isAliasEmail(details.email) ? 'email-alias' : null,
  };
  const mistake = accountInformationMistake(world, draft);
  if (duplicate.kind === 'possible') {
    return { world: toStep(world, draft, 'possible-duplicate'), outcome: acceptedWith(null, mistake) };
  }
  const sent = sendToken(world, draft);
  // Registering again as the same person is accepted by the site (and held); the courts' rule says not to.
  const outcomeMistake = mistake ?? (draft.hold === 'duplicate' ? 'second-account-registered' : null);
  return { world: toStep(sent.world, sent.draft, 'validation'), outcome: acceptedWith(null, outcomeMistake) };
}

/** "An account may already exist": Continue carries on regardless (a second account), Cancel ends the registration. */
export function answerPossibleDuplicate(world: World, submission: FormSubmission): Applied {
  const draft = currentDraft(world);
  if (!draft) return { world, outcome: refused(REGISTRATION_MESSAGES.noRegistration) };
  if (submission.button === 'cancel') {
    return { world: pushAddress(withDraft(world, null), registrationFormUrl(draft.type)), outcome: ACCEPTED };
  }
  const sent = sendToken(world, draft);
  return { world: toStep(sent.world, sent.draft, 'validation'), outcome: acceptedWith(null, 'second-account-registered') };
}

export function submitValidationToken(world: World, submission: FormSubmission): Applied {
  const draft = currentDraft(world);
  if (!draft) return { world, outcome: refused(REGISTRATION_MESSAGES.noRegistration) };
  if (submission.button === 'resend') {
    const sent = sendToken(world, draft);
    return { world: withDraft(sent.world, sent.draft), outcome: acceptedWith(REGISTRATION_MESSAGES.tokenResent) };
  }
  const typed = field(submission, 'validationToken');
  if (typed === '') return { world, outcome: refused(REGISTRATION_MESSAGES.tokenRequired) };
  if (!sameCode(typed, draft.validationToken)) return { world, outcome: refused(REGISTRATION_MESSAGES.tokenWrong, 'validation-token-wrong') };
  return { world: toStep(world, draft, 'security'), outcome: ACCEPTED };
}

export function submitSecurity(world: World, submission: FormSubmission): Applied {
  const draft = currentDraft(world);
  if (!draft) return { world, outcome: refused(REGISTRATION_MESSAGES.noRegistration) };
  const username = field(submission, 'username');
  const usernameError = usernameProblem(world, username);
  if (usernameError) return { world, outcome: refused(usernameError) };
  const passwordError = passwordProblem(world.era ?? '2018-2022', secret(submission, 'password'), secret(submission, 'confirmPassword'));
  if (passwordError) return { world, outcome: refused(passwordError.message, passwordError.mistake) };
  const questions = [1, 2].map((index) => ({
    question: field(submission, `securityQuestion${index}`),
    answer: field(submission, `securityAnswer${index}`),
  }));
  if (questions.some(({ question, answer }) => !(SECURITY_QUESTIONS as readonly string[]).includes(question) || answer === '')) {
    return { world, outcome: refused(REGISTRATION_MESSAGES.questionsRequired) };
  }
  if (questions[0]?.question === questions[1]?.question) return { world, outcome: refused(REGISTRATION_MESSAGES.questionsDifferent) };
  if (questions.some(({ answer }) => answer.length < 3 || answer.length > 60)) {
    return { world, outcome: refused(REGISTRATION_MESSAGES.answerTooShort) };
  }
  const next: RegistrationDraft = {
    ...draft,
    username,
    passwordDigest: secret(submission, 'password')?.digest ?? '',
    // Answers are kept only as whether they were given: the simulator needs no more of them.
    securityQuestions: questions.map(({ question }) => ({ question, answer: 'given' })),
  };
  // Government registrations go straight to the policies (seed 002, Federal Government Attorney, steps 14-15).
  return { world: toStep(world, next, isGovernment(draft.details.userType) ? 'policies' : 'payment'), outcome: ACCEPTED };
}

const PAYMENT_FIELDS = ['cardType', 'cardNumber', 'expirationMonth', 'expirationYear', 'nameOnCard'] as const;

export function submitPayment(world: World, submission: FormSubmission): Applied {
  const draft = currentDraft(world);
  if (!draft) return { world, outcome: refused(REGISTRATION_MESSAGES.noRegistration) };
  const values = PAYMENT_FIELDS.map((name) => field(submission, name));
  // Step 12: "click Next without entering any information on this screen" to register without a card.
  if (values.every((value) => value === '')) return { world: toStep(world, { ...draft, cardLastFour: null }, 'policies'), outcome: ACCEPTED };
  const [cardType = '', cardNumber = '', month = '', year = '', nameOnCard = ''] = values;
  if (values.some((value) => value === '') || !(CARD_TYPES as readonly string[]).includes(cardType)) {
    return { world, outcome: refused(REGISTRATION_MESSAGES.cardIncomplete) };
  }
  const digits = cardNumber.replace(/[\s-]/g, '');
  if (!/^\d{13,19}$/.test(digits) || !passesLuhn(digits)) return { world, outcome: refused(REGISTRATION_MESSAGES.cardNumberInvalid) };
  const expires = `${year}-${month.padStart(2, '0')}`;
  if (!/^\d{4}-\d{2}$/.test(expires) || expires < world.clock.slice(0, 7) || nameOnCard.length > 80) {
    return { world, outcome: refused(REGISTRATION_MESSAGES.cardExpired) };
  }
  if (!ticked(submission, 'authorizeQuarterlyCharges')) return { world, outcome: refused(REGISTRATION_MESSAGES.authorizationRequired) };
  return { world: toStep(world, { ...draft, cardLastFour: digits.slice(-4) }, 'policies'), outcome: ACCEPTED };
}

function nextFreeAccountNumber(world: World): number {
  let number = registrationState(world).nextAccountNumber;
  while (Object.hasOwn(world.pacerAccounts, String(number))) number += 1;
  return number;
}

/**
 * The account the registration opens: active at once with a validated card
 * (or for a government user), awaiting the mailed activation code without
 * one, and Inactive when held as a duplicate or alias registration.
 */
function caseSearchStatus(draft: RegistrationDraft): CaseSearchStatus {
  if (draft.hold) return 'inactive';
  if (draft.cardLastFour !== null || isGovernment(draft.details.userType)) return 'active';
  return 'awaiting-activation';
}

export function submitPolicies(world: World, submission: FormSubmission): Applied {
  const draft = currentDraft(world);
  if (!draft) return { world, outcome: refused(REGISTRATION_MESSAGES.noRegistration) };
  if (!ticked(submission, 'acknowledgePolicies')) return { world, outcome: refused(REGISTRATION_MESSAGES.policiesRequired) };
  const number = nextFreeAccountNumber(world);
  const accountNumber = String(number);
  const account: PacerAccount = {
    accountNumber,
    username: draft.username,
    passwordDigest: draft.passwordDigest,
    kind: 'upgraded',
    userType: draft.details.userType,
    name: displayName(draft.details),
    firm: draft.details.firm === '' ? null : draft.details.firm,
    email: draft.details.email,
    caseSearchStatus: caseSearchStatus(draft),
    retiredUsernames: [],
    dateOfBirth: draft.details.dateOfBirth,
    administrative: draft.type === 'administrative',
  };
  const state = registrationState(world);
  const letters =
    account.caseSearchStatus === 'awaiting-activation'
      ? [
          ...state.letters,
          {
            accountNumber,
            code: activationCode(world.scenarioId, accountNumber),
            dueAt: addBusinessDays(world.clock, letterBusinessDays(accountNumber)),
            delivered: false,
          },
        ]
      : state.letters;
  const registered = withState(
    { ...world, pacerAccounts: { ...world.pacerAccounts, [accountNumber]: account } },
    {
      draft: null,
      completedAccount: accountNumber,
      letters,
      nextAccountNumber: number + 1,
      registrations: [
        ...state.registrations,
        { accountNumber, type: draft.type, details: draft.details, cardLastFour: draft.cardLastFour, hold: draft.hold, submittedAt: world.clock },
      ],
    },
  );
  return { world: pushAddress(registered, wizardUrl('complete')), outcome: ACCEPTED };
}

/** While time passes the PACER Service Center's letters arrive (7-10 business days after registration). */
export function deliverLetters(world: World): World {
  const state = registrationState(world);
  if (!state.letters.some((letter) => !letter.delivered && letter.dueAt <= world.clock)) return world;
  let mailbox = world.mailbox;
  const letters = state.letters.map((letter) => {
    if (letter.delivered || letter.dueAt > world.clock) return letter;
    const account = world.pacerAccounts[letter.accountNumber];
    const registration = state.registrations.find((candidate) => candidate.accountNumber === letter.accountNumber);
    if (!account || !registration) return letter;
    mailbox = [...mailbox, activationLetter(`mail-${mailbox.length + 1}`, account, postalAddress(registration.details), letter.code, letter.dueAt)];
    return { ...letter, delivered: true };
  });
  return withState({ ...world, mailbox }, { letters });
}
