import type { Locator, Page } from 'playwright-core';

/**
 * The trainer as a trainee sees it: the simulated browser (address bar,
 * back/forward, bookmarks), the page inside it, the mailbox and the
 * briefing. Everything is found by visible label and role.
 */
export class Simulator {
  constructor(readonly page: Page) {}

  get marker(): Locator {
    return this.page.getByText('Training simulator — not the real PACER/CM/ECF').first();
  }

  get address(): Locator {
    return this.page.getByRole('textbox', { name: 'Address', exact: true });
  }

  async goTo(address: string): Promise<void> {
    await this.address.fill(address);
    await this.address.press('Enter');
  }

  async clickLink(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
  }

  async clickButton(name: string): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  async fill(label: string, value: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  menuItem(name: string): Locator {
    return this.page.getByRole('menuitem', { name, exact: true });
  }

  /**
   * A value the briefing gives ("What you are given"), read off the panel
   * as the trainee reads it before typing it.
   */
  async given(label: string): Promise<string> {
    const row = this.page.locator('.given__row').filter({ has: this.page.getByRole('term').getByText(label, { exact: true }) });
    return ((await row.locator('.given__value').textContent()) ?? '').trim();
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { name });
  }

  get alert(): Locator {
    return this.page.getByRole('alert').first();
  }

  async openMailbox(): Promise<void> {
    await this.page.getByRole('button', { name: /^Mailbox/ }).click();
  }

  // Seed 000, "Link an Upgraded PACER Account to a NextGen CM/ECF Account", in the steps it names.
  // Each waits for the screen the step leads to, so tests can check it next.

  /** Steps 1-2: the court's website, E-Filing (CM/ECF), the filing system link, landing on the PACER login. */
  async openFilingSystem(): Promise<void> {
    await this.goTo('www.moeb.uscourts.gov');
    await this.clickLink('E-Filing (CM/ECF)');
    await this.clickLink('Eastern District of Missouri Filing System');
    await this.heading('Login').waitFor();
  }

  /** Step 3: the PACER login (the attorney's own upgraded account unless told otherwise). */
  async logInToPacer(username = 'dwhitfield', password = 'Gateway#Arch19'): Promise<void> {
    await this.fill('Username', username);
    await this.fill('Password', password);
    await this.clickButton('Login');
  }

  /** The redaction notice shown at every login: the box, then Continue. */
  async acknowledgeRedaction(): Promise<void> {
    await this.continuePastRedactionNotice();
    await this.menuItem('Utilities').waitFor();
  }

  async continuePastRedactionNotice(): Promise<void> {
    const notice = this.page.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' });
    await notice.getByRole('checkbox').check();
    await notice.getByRole('button', { name: 'Continue' }).click();
  }

  /**
   * At a court whose filing-system link follows the sign-on (the Western
   * District of Missouri, seed 002 steps 3-5): the PACER login page, the
   * redaction notice, then the Document Filing System link.
   */
  async logInThenEnterFilingSystem(username: string, password: string): Promise<void> {
    await this.heading('Login').waitFor();
    await this.logInToPacer(username, password);
    await this.continuePastRedactionNotice();
    await this.clickLink('Western District of Missouri-Document Filing System');
  }

  /** Steps 4-8: Utilities, the link entry, the CM/ECF credentials, Submit on the matching names, the final screen. */
  async linkCmecfAccount(login = 'dmw4521', password = 'Eads*Bridge74'): Promise<void> {
    await this.menuItem('Utilities').click();
    await this.clickLink('Link a CM/ECF account to my PACER account');
    await this.fill('CM/ECF login', login);
    await this.fill('CM/ECF password', password);
    await this.clickButton('Submit');
    await this.page.getByText('Dana M. Whitfield').first().waitFor();
    await this.clickButton('Submit');
    await this.page.getByText('Your PACER account has been linked to your CM/ECF account.').first().waitFor();
  }

  /** Step 9 and the note: one menu click brings the filing menus; the e-mail notice is read. */
  async showFilingMenusAndReadNotice(): Promise<void> {
    await this.menuItem('Query').click();
    await this.menuItem('Bankruptcy').waitFor();
    await this.openMailbox();
    await this.page.getByRole('button', { name: /MISSOURI EASTERN BANKRUPTCY COURT/ }).first().click();
    await this.page.getByText('Transaction Status').first().waitFor();
    await this.page.keyboard.press('Escape');
  }

  /** The whole of seed 000 without a mistake, then Finish. */
  async passLinkBankruptcy(): Promise<void> {
    await this.openFilingSystem();
    await this.logInToPacer();
    await this.acknowledgeRedaction();
    await this.linkCmecfAccount();
    await this.showFilingMenusAndReadNotice();
    await this.page.getByRole('button', { name: 'Finish' }).click();
  }
}
