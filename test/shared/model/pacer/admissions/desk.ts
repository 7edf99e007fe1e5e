import { PACER_ENTRY } from '../../../../../shared/model/pacer/hosts';
import type { ScenarioInput } from '../../../../../shared/scenario/schema';
import { Attempt, scenarioVariant } from '../../../../support/attempt';
import { builtinScenario } from '../../../../support/scenarios';

/**
 * A trainee at Manage My Account ▸ Maintenance, with the district
 * admission scenario's attorney (seed 002, Attorney Bar Registration).
 */

export const ALICIA = { username: 'aferreira', password: 'Union*Station19', accountNumber: '5520318' } as const;
export const MMA_LOGIN = 'https://pacer.psc.uscourts.gov/pscof/login.jsf?form=login';

/** The five sections filled in as the briefing gives them (everything Next needs once a bar is added and a PDF attached). */
export const SECTIONS = {
  federalBar: 'on',
  stateBar: 'on',
  sponsorName: 'Harold J. Okonkwo',
  sponsorBarNumber: '41207',
  sponsorJurisdiction: 'Missouri',
  sponsorEmail: 'hokonkwo@okonkwo-law.example',
  firm: 'Brightwater Hale LLP',
  phone: '816-555-0142',
  feeChoice: 'acknowledge',
  'answer.goodStanding': 'Y',
  'answer.discipline': 'N',
  'answer.localRules': 'Y',
} as const;

export const EFILE = { role: 'Attorney', individualAcknowledged: 'on', emailFormat: 'HTML', phone: '816-555-0142' } as const;
export const ADMISSION_ACKS = { admissionPolicies: 'on', termsOfUse: 'on', termsSignature: 'on' } as const;

export class Desk extends Attempt {
  static district(edit?: (scenario: ScenarioInput) => void): Desk {
    return new Desk(edit ? scenarioVariant('admission-attorney-district', edit) : builtinScenario('admission-attorney-district'));
  }

  /** Steps 1-6: Manage My Account login. */
  logInToManageMyAccount(credentials: { username: string; password: string } = ALICIA): this {
    this.goTo(MMA_LOGIN);
    this.submit('pacer/account/login', 'login', { username: credentials.username }, { password: credentials.password });
    return this;
  }

  /** Step 7: Maintenance ▸ Attorney Admissions/E-File Registration. */
  openAttorneyAdmissions(): this {
    this.goTo(PACER_ENTRY.attorneyAdmissions, 'link');
    return this;
  }

  chooseCourt(court = 'mow', courtType = 'district') {
    return this.submit('pacer/efile/court', 'next', { courtType, court });
  }

  chooseRequestType(requestType: string) {
    return this.submit('pacer/efile/request-type', 'next', { requestType });
  }

  sections(button: string, fields: Record<string, string> = {}) {
    return this.submit('pacer/efile/admission-sections', button, { ...SECTIONS, ...fields });
  }

  /** Screens A-C of an admission, the sections complete; lands on E-File Registration. */
  throughSections(): this {
    this.logInToManageMyAccount().openAttorneyAdmissions();
    this.chooseCourt();
    this.chooseRequestType('admission');
    this.sections('add-bar', { newBar: 'Missouri', newBarNumber: '68421' });
    this.sections('use-sample-pdf');
    this.sections('next');
    return this;
  }

  /** Through Submit of an admission request. */
  submitAdmission(): this {
    this.throughSections();
    this.submit('pacer/efile/registration', 'next', EFILE);
    this.submit('pacer/efile/payment-defaults', 'next');
    this.submit('pacer/efile/acknowledgments', 'submit', ADMISSION_ACKS);
    return this;
  }
}
