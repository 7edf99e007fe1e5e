import type { Locator, Page } from 'playwright-core';
import { Simulator } from './simulator';

/**
 * PACER registration as seed 002 words it ("Instructions for Registering
 * for a PACER Account", steps 1-17): each method is one or a few of its
 * numbered steps, done by visible labels.
 */

export interface Registrant {
  prefix?: string;
  firstName: string;
  middleName?: string;
  lastName: string;
  dateOfBirth: string;
  firm?: string;
  unit?: string;
  address: string;
  room?: string;
  city: string;
  state: string;
  county: string;
  zip: string;
  primaryPhone: string;
  email: string;
  /** The User Type option's label, e.g. "INDIVIDUAL" or "FEDERAL GOVERNMENT". */
  userType: string;
  federal?: { agencyCode: string; division: string; district: string };
}

export class Registration {
  readonly sim: Simulator;

  constructor(readonly page: Page) {
    this.sim = new Simulator(page);
  }

  get site(): Locator {
    return this.page.locator('.site-root');
  }

  /** Steps 1-4: www.pacer.gov, Register for an Account, the account type, Register for a PACER Account. */
  async openRegistration(accountType = 'PACER – Case Search Only'): Promise<void> {
    await this.sim.goTo('www.pacer.gov');
    await this.sim.heading('Welcome to PACER').waitFor();
    await this.sim.clickLink('Register for an Account');
    await this.sim.clickLink(accountType);
    await this.sim.clickLink('Register for a PACER Account');
    await this.sim.heading('Account Information').waitFor();
  }

  async select(label: string, option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  /** Steps 5-6: the Account Information form, User Type at the bottom, User Verification. */
  async fillAccountInformation(person: Registrant): Promise<void> {
    const { sim } = this;
    if (person.prefix) await this.select('Prefix', person.prefix);
    await sim.fill('First Name', person.firstName);
    if (person.middleName) await sim.fill('Middle Name', person.middleName);
    await sim.fill('Last Name', person.lastName);
    await sim.fill('Date of Birth', person.dateOfBirth);
    if (person.firm) await sim.fill('Firm/Office', person.firm);
    if (person.unit) await sim.fill('Unit/Department', person.unit);
    await sim.fill('Address 1', person.address);
    if (person.room) await sim.fill('Room/Suite', person.room);
    await sim.fill('City', person.city);
    await this.select('State', person.state);
    // County appears only once a State is chosen.
    await this.select('County', person.county);
    await sim.fill('Zip/Postal Code', person.zip);
    await sim.fill('Primary Phone', person.primaryPhone);
    await sim.fill('Email', person.email);
    await sim.fill('Confirm Email', person.email);
    await this.select('User Type', person.userType);
    if (person.federal) {
      await sim.fill('Agency Code', person.federal.agencyCode);
      await this.select('Division', person.federal.division);
      await this.select('District', person.federal.district);
    }
    await this.page.getByRole('checkbox', { name: 'I am not a robot' }).check();
  }

  /** Steps 8-9: the e-mail with the security code; returns the code. */
  async readSecurityCode(): Promise<string> {
    await this.sim.openMailbox();
    await this.page.getByRole('button', { name: /PACER Account Validation Token/ }).first().click();
    const message = this.page.getByRole('article', { name: 'PACER Account Validation Token' });
    await message.waitFor();
    const code = (await message.locator('dd').filter({ hasText: /^[A-Z0-9]{8}$/ }).first().textContent()) ?? '';
    await this.closeMailbox();
    return code.trim();
  }

  async closeMailbox(): Promise<void> {
    await this.page.getByRole('button', { name: 'Close mailbox' }).click();
  }

  /** Step 10: the code into the Validation Token box, then Next. */
  async enterValidationToken(code: string): Promise<void> {
    await this.sim.fill('Validation Token', code);
    await this.sim.clickButton('Next');
  }

  /** Step 11: Username, Password, Security Questions, Next. */
  async createCredentials(username: string, password: string, answers: [string, string]): Promise<void> {
    await this.sim.heading('Security Information').waitFor();
    await this.sim.fill('Username', username);
    await this.sim.fill('Password', password);
    await this.sim.fill('Confirm Password', password);
    await this.select('Security Question 1', 'What is the name of your first pet?');
    await this.sim.fill('Answer 1', answers[0]);
    await this.select('Security Question 2', 'In what city were you born?');
    await this.sim.fill('Answer 2', answers[1]);
    await this.sim.clickButton('Next');
  }

  /** Steps 12-14: the practice card and the quarterly authorization, or nothing at all (no card). */
  async payment(card: { type: string; number: string; month: string; year: string; name: string } | null): Promise<void> {
    await this.sim.heading('Payment Information').waitFor();
    if (card) {
      await this.select('Card Type', card.type);
      await this.sim.fill('Card Number', card.number);
      await this.select('Expiration Month', card.month);
      await this.select('Expiration Year', card.year);
      await this.sim.fill('Name on Card', card.name);
      await this.page.getByRole('checkbox', { name: /I authorize the PACER Service Center/ }).check();
    }
    await this.sim.clickButton('Next');
  }

  /** Steps 15-16: acknowledge the policies and procedures, Submit. */
  async acknowledgePolicies(): Promise<void> {
    await this.sim.heading('Policies and Procedures').waitFor();
    await this.page.getByRole('checkbox', { name: /I have read and acknowledge/ }).check();
    await this.sim.clickButton('Submit');
    await this.sim.heading('Thank you for registering with the PACER Service Center').waitFor();
  }
}
