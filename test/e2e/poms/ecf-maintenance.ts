import type { Locator, Page } from 'playwright-core';
import { Simulator } from './simulator';

/**
 * Maintain Your ECF Account at the Western District of Missouri, in the
 * words of seed 002: entering the court's filing system, then Utilities ▸
 * Maintain Your ECF Account, Email Information, More User Information.
 * Every control is found by its visible label or role.
 */
export class EcfMaintenanceDesk {
  readonly sim: Simulator;

  constructor(readonly page: Page) {
    this.sim = new Simulator(page);
  }

  /** www.mow.uscourts.gov, District CM/ECF, the PACER login, the redaction notice, the Document Filing System link. */
  async enterFilingSystem(username: string, password: string): Promise<void> {
    await this.sim.goTo('https://www.mow.uscourts.gov/');
    await this.sim.clickLink('District CM/ECF');
    await this.logInAndContinue(username, password);
  }

  /** The PACER login page, then the redaction notice and the Document Filing System link. */
  async logInAndContinue(username: string, password: string): Promise<void> {
    await this.sim.logInThenEnterFilingSystem(username, password);
    await this.sim.menuItem('Utilities').waitFor();
  }

  /**
   * Seed 002, "1. Click Utilities. 2. Click Your Accounts. 3. Click Maintain
   * Your ECF Account." The group reads "Your Account" on screen; the seed's
   * "Your Accounts" finds it too.
   */
  async openMaintainYourEcfAccountBySeedSteps(): Promise<void> {
    await this.sim.menuItem('Utilities').click();
    await this.yourAccounts.click();
    // The menu now shows the Your Account group open and the other groups folded.
    await this.page.getByRole('navigation', { name: 'Other Utilities groups' }).waitFor();
    await this.sim.clickLink('Maintain Your ECF Account');
    await this.heading('Maintain User Account').waitFor();
  }

  /** The Utilities group named "Your Accounts" in seed 002. */
  get yourAccounts(): Locator {
    return this.page.getByRole('link', { name: /^Your Accounts?$/ });
  }

  /** Click Utilities, then Maintain Your ECF Account right on the Utilities page (the path that always worked). */
  async openMaintainYourEcfAccount(): Promise<void> {
    await this.sim.menuItem('Utilities').click();
    await this.sim.clickLink('Maintain Your ECF Account');
    await this.heading('Maintain User Account').waitFor();
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async click(name: string): Promise<void> {
    await this.button(name).click();
  }

  /** The Update Filing Agent Permissions box. */
  get permissionsBox(): Locator {
    return this.page.getByRole('region', { name: 'Update Filing Agent Permissions' });
  }

  /** Opens the Mailbox and the court's account-change notice; returns its text. */
  async readAccountChangeNotice(): Promise<string> {
    await this.sim.openMailbox();
    await this.page.getByRole('button', { name: /account change processed/ }).first().click();
    const mailbox = this.page.getByRole('dialog', { name: 'Mailbox' }).or(this.page.getByRole('region', { name: 'Mailbox' }));
    await mailbox.getByText('Transaction Status').first().waitFor();
    const text = (await mailbox.textContent()) ?? '';
    await this.page.keyboard.press('Escape');
    return text;
  }
}
