import type { FormSubmission, ModelPart } from '../../form-kit';
import { field } from '../../form-kit';
import type { World } from '../../world';
import { submitActivationCode } from './activation';
import { USER_TYPE_LABELS } from './options';
import { registrationState } from './state';
import {
  answerPossibleDuplicate,
  deliverLetters,
  submitAccountInformation,
  submitPayment,
  submitPolicies,
  submitSecurity,
  submitValidationToken,
} from './wizard';

function describeAccountInformation(submission: FormSubmission): string {
  const type = field(submission, 'userType');
  const label = Object.hasOwn(USER_TYPE_LABELS, type) ? USER_TYPE_LABELS[type as keyof typeof USER_TYPE_LABELS] : null;
  return label ? `Clicked Next on "Account Information" with User Type ${label}` : 'Clicked Next on "Account Information"';
}

function describePayment(submission: FormSubmission): string {
  return field(submission, 'cardNumber') === ''
    ? 'Clicked Next on "Payment Information" without a credit card'
    : 'Clicked Next on "Payment Information" with a credit card';
}

function describeToken(submission: FormSubmission, world: World): string {
  if (submission.button === 'resend') return 'Asked for a new validation token';
  const draft = registrationState(world).draft;
  const typed = field(submission, 'validationToken');
  return draft && typed !== '' ? `Entered validation token "${typed}"` : 'Clicked Next on "Validation Token"';
}

/** PACER registration (pacer.psc.uscourts.gov/pscof/registration): account types, Account Information, validation token, credentials, payment, policies; the mailed activation code. */
export const REGISTRATION: ModelPart = {
  forms: {
    'pacer/register/account-information': {
      title: 'Account Information',
      pages: ['pacer-registration-account'],
      handle: submitAccountInformation,
      describe: describeAccountInformation,
    },
    'pacer/register/possible-duplicate': {
      title: 'An Account May Already Exist',
      pages: ['pacer-registration-duplicate'],
      handle: answerPossibleDuplicate,
    },
    'pacer/register/validation-token': {
      title: 'Validation Token',
      pages: ['pacer-registration-validation'],
      handle: submitValidationToken,
      describe: describeToken,
    },
    'pacer/register/security': {
      title: 'Security Information',
      pages: ['pacer-registration-security'],
      handle: submitSecurity,
      describe: (submission) => `Chose username "${field(submission, 'username')}" and security questions`,
    },
    'pacer/register/payment': {
      title: 'Payment Information',
      pages: ['pacer-registration-payment'],
      handle: submitPayment,
      describe: describePayment,
    },
    'pacer/register/policies': {
      title: 'Policies and Procedures',
      pages: ['pacer-registration-policies'],
      handle: submitPolicies,
    },
    'pacer/activate': {
      title: 'Activate Your PACER Account',
      pages: ['pacer-activation'],
      handle: submitActivationCode,
      describe: (submission) => `Entered activation code "${field(submission, 'activationCode')}"`,
    },
  },
  afterTimePasses: deliverLetters,
};
