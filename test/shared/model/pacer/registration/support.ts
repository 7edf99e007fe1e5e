import { Attempt, scenarioVariant } from '../../../../support/attempt';
import { builtinScenario } from '../../../../support/scenarios';
import type { ScenarioInput } from '../../../../../shared/scenario/schema';
import { validationToken } from '../../../../../shared/model/pacer/registration/codes';

/** Priya Raman of pacer-register-individual, as the Account Information form posts her. */
export const PRIYA_FIELDS: Record<string, string> = {
  registrationType: 'case-search',
  prefix: 'Ms.',
  firstName: 'Priya',
  middleName: 'N.',
  lastName: 'Raman',
  generation: '',
  dateOfBirth: '04/17/1988',
  firm: 'Raman Ostby LLP',
  unit: '',
  address: '1100 Main Street',
  room: 'Suite 2400',
  city: 'Kansas City',
  state: 'MO',
  county: 'Jackson',
  zip: '64105',
  country: 'United States of America',
  primaryPhone: '816-555-0142',
  email: 'praman@raman-ostby.example',
  confirmEmail: 'praman@raman-ostby.example',
  userType: 'individual',
  userVerification: 'on',
};

export const PASSWORD = 'Union*Station88';
export const SECURITY_FIELDS = {
  username: 'praman.kc',
  securityQuestion1: 'What is the name of your first pet?',
  securityAnswer1: 'Biscuit',
  securityQuestion2: 'In what city were you born?',
  securityAnswer2: 'Wichita',
};
export const CARD_FIELDS = {
  cardType: 'Visa',
  cardNumber: '4111 1111 1111 1111',
  expirationMonth: '12',
  expirationYear: '2022',
  nameOnCard: 'Priya N. Raman',
  authorizeQuarterlyCharges: 'on',
};
export const NO_CARD = { cardType: '', cardNumber: '', expirationMonth: '', expirationYear: '', nameOnCard: '' };

export const ACCOUNT_FORM = 'https://pacer.psc.uscourts.gov/pscof/registration/account.jsf?type=case-search';

export function individual(edit?: (scenario: ScenarioInput) => void): Attempt {
  return new Attempt(edit ? scenarioVariant('pacer-register-individual', edit) : builtinScenario('pacer-register-individual'));
}

/** A trainee at the Account Information form of the scenario's registration. */
export function atAccountForm(edit?: (scenario: ScenarioInput) => void, address = ACCOUNT_FORM): Attempt {
  const attempt = individual(edit);
  attempt.goTo(address, 'link');
  return attempt;
}

export function tokenFor(attempt: Attempt, email = PRIYA_FIELDS.email!, sent = 1): string {
  return validationToken(attempt.world.scenarioId, email, sent);
}

/** Account Information, token, security: at the payment screen. */
export function toPayment(attempt: Attempt, fields: Record<string, string> = PRIYA_FIELDS): Attempt {
  attempt.submit('pacer/register/account-information', 'next', fields);
  attempt.submit('pacer/register/validation-token', 'next', { validationToken: tokenFor(attempt, fields.email) });
  attempt.submit('pacer/register/security', 'next', SECURITY_FIELDS, { password: PASSWORD, confirmPassword: PASSWORD });
  return attempt;
}

export function register(attempt: Attempt, payment: Record<string, string> = CARD_FIELDS, fields: Record<string, string> = PRIYA_FIELDS): Attempt {
  toPayment(attempt, fields);
  attempt.submit('pacer/register/payment', 'next', payment);
  attempt.submit('pacer/register/policies', 'submit', { acknowledgePolicies: 'on' });
  return attempt;
}
