import { Attempt } from '../../../../support/attempt';
import { builtinScenario } from '../../../../support/scenarios';
import type { ResolvedScenario } from '../../../../../shared/scenario/schema';

/**
 * The attorney of cmecf-attorney-reinstatement at the desk, with the
 * stretches of seed 002's "Attorney Reinstatement" steps as methods.
 */

export const MOW = 'mow';
export const MOW_CMECF = 'https://ecf.mow.uscourts.gov/';
export const MARISOL = { username: 'mferrante', password: 'Union*Station17', accountNumber: '4620187' } as const;
export const FIRM_PAA = { username: 'ferranteosei', password: 'Firm*Billing2018' } as const;
export const ATTORNEY = { name: 'Marisol K. Ferrante', barNumber: '58214', ecfId: 'ferrante-mow', login: 'mkf3317' } as const;
export const PRACTICE_CARD = {
  method: 'new-card',
  cardHolder: 'Marisol K. Ferrante',
  cardNumber: '4111 1111 1111 1111',
  expirationMonth: '09',
  expirationYear: '2021',
  billingZip: '64106',
} as const;
export const RECEIPT_FIELDS = {
  courtAttorneyName: 'Marisol K. Ferrante',
  email: 'mferrante@ferrante-osei.example',
  confirmEmail: 'mferrante@ferrante-osei.example',
  ccEmail: '',
  authorize: 'on',
} as const;

export class ReinstatingAttorney extends Attempt {
  constructor(scenario: ResolvedScenario = builtinScenario('cmecf-attorney-reinstatement'), mode: 'practice' | 'assess' = 'practice') {
    super(scenario, mode);
  }

  /** Steps 1-5: signed in, notice acknowledged, the Document Filing System open. */
  enterFilingSystem(): this {
    this.goTo('https://www.mow.uscourts.gov/');
    this.goTo(MOW_CMECF, 'link');
    this.logIn(MARISOL.username, MARISOL.password);
    this.acknowledgeRedaction(MOW);
    this.goTo(`${MOW_CMECF}cgi-bin/ShowIndex.pl`, 'link');
    return this;
  }

  /** Step 6. */
  openReinstatement() {
    return this.openMenu('Attorney Reinstatement', MOW);
  }

  chooseEvent(event: string) {
    return this.submit('cmecf/reinstatement/event', 'next', { event });
  }

  enterAttorney(attorneyName: string, barNumber: string) {
    return this.submit('cmecf/reinstatement/attorney', 'next', { attorneyName, barNumber });
  }

  /** Steps 6-12: up to the fee screen. */
  reachFee(): this {
    this.enterFilingSystem();
    this.openReinstatement();
    this.chooseEvent('atty-reinstatement');
    this.submit('cmecf/reinstatement/case', 'next');
    this.submit('cmecf/reinstatement/statement', 'next');
    this.enterAttorney(ATTORNEY.name, ATTORNEY.barNumber);
    return this;
  }

  payLogin(username: string, password: string) {
    return this.submit('pacer/court-fee/login', 'login', { username }, { password });
  }

  chooseMethod(fields: Record<string, string>, securityCode = '737') {
    return this.submit('pacer/court-fee/method', 'next', fields, securityCode === '' ? {} : { securityCode });
  }

  submitPayment(fields: Record<string, string> = RECEIPT_FIELDS) {
    return this.submit('pacer/court-fee/review', 'submit', fields);
  }

  /** Steps 13-16: to the payment review. */
  reachPaymentReview(): this {
    this.reachFee();
    this.submit('cmecf/reinstatement/fee', 'next');
    this.payLogin(MARISOL.username, MARISOL.password);
    this.chooseMethod({ ...PRACTICE_CARD });
    return this;
  }

  /** Steps 13-19: the fee paid, back in the filing system. */
  pay(): this {
    this.reachPaymentReview();
    this.submitPayment();
    return this;
  }

  /** Steps 1-21: the Notice of Electronic Filing. */
  file(): this {
    this.pay();
    this.submit('cmecf/reinstatement/returned', 'next');
    this.submit('cmecf/reinstatement/docket-text', 'next');
    return this;
  }

  get attorney() {
    return this.world.ecfAccounts[ATTORNEY.ecfId]!;
  }
}
