import type { Locator, Page } from 'playwright-core';
import { Simulator } from './simulator';

/**
 * Seed 002's "Attorney Reinstatement" steps as a trainee performs them, by
 * the labels the steps name. Each method waits for the screen its step
 * leads to, so a test can check that screen next.
 */
export class ReinstatementSteps {
  readonly sim: Simulator;

  constructor(readonly page: Page) {
    this.sim = new Simulator(page);
  }

  get availableEvents(): Locator {
    return this.page.getByRole('listbox', { name: 'Available Events' });
  }

  get selectedEvent(): Locator {
    return this.page.getByRole('listbox', { name: 'Selected Event' });
  }

  /** Steps 1-5: the court's website, District CM/ECF, the PACER login, the redaction notice, the Document Filing System. */
  async enterDocumentFilingSystem(username: string, password: string): Promise<void> {
    await this.sim.goTo('https://www.mow.uscourts.gov/');
    await this.sim.clickLink('District CM/ECF');
    await this.sim.logInThenEnterFilingSystem(username, password);
    await this.sim.menuItem('Attorney Reinstatement').waitFor();
  }

  /** Step 6. */
  async clickAttorneyReinstatement(): Promise<void> {
    await this.sim.menuItem('Attorney Reinstatement').click();
    await this.availableEvents.waitFor();
  }

  /** Step 7: the event, chosen in the Available Events box. */
  async selectEvent(label: string): Promise<void> {
    await this.availableEvents.selectOption({ label });
  }

  /** Clicks Next and waits for `next` (a heading, text or control of the next screen). */
  async next(next: Locator): Promise<void> {
    await this.sim.clickButton('Next');
    await next.waitFor();
  }

  /** Step 15: a new credit card under Select a Payment Method. */
  async enterNewCard(card: { holder: string; number: string; month: string; year: string; code: string; zip: string }): Promise<void> {
    await this.page.getByRole('radio', { name: 'New credit card' }).check();
    await this.sim.fill('Name on Card', card.holder);
    await this.sim.fill('Card Number', card.number);
    await this.page.getByLabel('Expiration Month', { exact: true }).selectOption(card.month);
    await this.page.getByLabel('Expiration Year', { exact: true }).selectOption(card.year);
    await this.sim.fill('Security Code', card.code);
    await this.sim.fill('Billing ZIP Code', card.zip);
  }

  /** The play screen's time control: let business days pass. */
  async letTimePass(businessDays: number): Promise<void> {
    await this.page.getByLabel('Let time pass', { exact: true }).selectOption(String(businessDays));
    await this.page.getByRole('button', { name: 'Wait', exact: true }).click();
  }
}
