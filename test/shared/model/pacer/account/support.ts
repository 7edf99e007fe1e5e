import { Attempt } from '../../../../support/attempt';
import { builtinScenario } from '../../../../support/scenarios';
import { currentPage } from '../../../../../shared/model/pages';
import { loginFormUrl, optionUrl, homeUrl, type MmaOptionId, type MmaTab } from '../../../../../shared/model/pacer/account/routes';

/** A trainee in one of the Manage My Account scenarios, with the moves the screens make. */
export class MmaDesk extends Attempt {
  static of(id: 'pacer-upgrade-legacy' | 'pacer-stored-payment' | 'pacer-paa-firm', mode: 'practice' | 'assess' = 'practice'): MmaDesk {
    return new MmaDesk(builtinScenario(id), mode);
  }

  loginAt(username: string, password: string) {
    this.goTo(loginFormUrl(), 'link');
    return this.submit('pacer/account/login', 'login', { username }, { password });
  }

  openOption(option: MmaOptionId, detail?: string) {
    return this.goTo(optionUrl(option, detail ? `detail=${detail}` : undefined), 'link');
  }

  openTab(tab: MmaTab) {
    return this.goTo(homeUrl(tab), 'link');
  }

  get kind(): string {
    return currentPage(this.world).kind;
  }
}

export const KARIN = { username: 'KH4821', password: 'Riverfront2009', accountNumber: '2204817' } as const;
export const GRACE = { username: 'gokonkwo', password: 'Ozark*Mountain88', accountNumber: '5120334' } as const;
export const PAA = { username: 'brandtokafor-paa', password: 'Central*Billing2018', accountNumber: '6040021' } as const;
export const ANA = { username: 'arivera-law', password: 'Country*Club48', accountNumber: '3310452' } as const;
export const SAMUEL = { username: 'sokafor', password: 'Westport*Road66', accountNumber: '3310987' } as const;

export const PERSON = {
  firstName: 'Karin',
  middleName: 'L.',
  lastName: 'Halvorsen',
  dateOfBirth: '07/14/1975',
  email: 'khalvorsen@halvorsen-dube.example',
  userType: 'individual',
};

export const ADDRESS = {
  firm: 'Halvorsen & Dube LLP',
  address: '1201 Walnut Street',
  room: 'Suite 2100',
  city: 'Kansas City',
  state: 'MO',
  county: 'Jackson',
  zip: '64106',
  country: 'United States of America',
  primaryPhone: '816-555-0142',
};

export const SECURITY = {
  newUsername: 'khalvorsen',
  question1: 'What was the name of your first pet?',
  answer1: 'Biscuit',
  question2: 'In what city were you born?',
  answer2: 'Duluth',
};

export const NEW_PASSWORD = 'Union*Station1914';

export const CARD = {
  holderName: 'Grace A. Okonkwo',
  cardType: 'Visa',
  cardNumber: '4111 1111 1111 1111',
  expMonth: '11',
  expYear: '2022',
  securityCode: '737',
  address: '300 South Jefferson Avenue',
  city: 'Springfield',
  state: 'MO',
  zip: '65806',
};

export const ACH = {
  holderName: 'Okonkwo Law Office',
  accountType: 'Checking',
  routingNumber: '101000019',
  bankAccountNumber: '4471902255',
  confirmBankAccountNumber: '4471902255',
};
