import type { Locator, Page } from 'playwright-core';
import { Simulator } from './simulator';

/**
 * Manage My Account ▸ Maintenance ▸ Attorney Admissions/E-File Registration
 * and Non-Attorney E-File Registration, in the words of seed 002's numbered
 * steps. Everything is found by visible label and role.
 */
export class AdmissionsDesk {
  readonly sim: Simulator;

  constructor(readonly page: Page) {
    this.sim = new Simulator(page);
  }

  /** The simulated site's content (below the address bar). */
  get site(): Locator {
    return this.page.locator('.site-root');
  }

  heading(name: string): Locator {
    return this.site.getByRole('heading', { name, exact: true, level: 1 });
  }

  /** Steps 1-6: www.pacer.gov, hover Manage My Account, Manage My Account Login, Log in to Manage My Account, username/password, Login. */
  async logInToManageMyAccount(username: string, password: string): Promise<void> {
    await this.sim.goTo('www.pacer.gov');
    await this.site.getByRole('link', { name: /^Manage My Account/ }).first().hover();
    await this.sim.clickLink('Manage My Account Login');
    await this.sim.clickLink('Log in to Manage My Account');
    await this.site.getByLabel(/^Username/).fill(username);
    await this.site.getByLabel(/^Password/).fill(password);
    await this.sim.clickButton('Login');
    await this.site.getByRole('tab', { name: 'Maintenance' }).waitFor();
  }

  /** Step 7: the Maintenance tab, then the registration link. */
  async openMaintenanceLink(label: 'Attorney Admissions/E-File Registration' | 'Non-Attorney Admission/E-File Registration'): Promise<void> {
    await this.site.getByRole('tab', { name: 'Maintenance' }).click();
    await this.sim.clickLink(label);
  }

  /** Non-Attorney Filers steps 1-3: www.pacer.gov, Manage My Account at the very top of the page, Login. */
  async logInFromTopOfPage(username: string, password: string): Promise<void> {
    await this.sim.goTo('www.pacer.gov');
    await this.page.getByRole('navigation', { name: 'PACER' }).getByRole('link', { name: 'Manage My Account', exact: true }).click();
    await this.sim.clickLink('Log in to Manage My Account');
    await this.site.getByLabel(/^Username/).fill(username);
    await this.site.getByLabel(/^Password/).fill(password);
    await this.sim.clickButton('Login');
    await this.site.getByRole('tab', { name: 'Maintenance' }).waitFor();
  }

  /** "Select … as the Court Type and … as the Court": the Court entry is the one that reads the seed's words. */
  async selectCourt(courtType: string, court: string): Promise<void> {
    await this.site.getByLabel('Court Type', { exact: true }).selectOption({ label: courtType });
    const list = this.site.getByLabel('Court', { exact: true });
    const value = await list.locator('option', { hasText: court }).getAttribute('value');
    await list.selectOption(value ?? court);
  }

  async next(): Promise<void> {
    await this.site.getByRole('button', { name: 'Next', exact: true }).click();
  }

  async submit(): Promise<void> {
    await this.site.getByRole('button', { name: 'Submit', exact: true }).click();
  }

  /** "Select Attorney Admissions and E-File", "Select Pro Hac Vice", "Select E-File Registration Only": one of "What would you like to apply/register for?". */
  async select(label: string): Promise<void> {
    await this.site.getByRole('radio', { name: label, exact: true }).check();
  }

  /** "The information from your registered PACER account will display." */
  pacerInformation(): Locator {
    return this.site.getByRole('heading', { name: 'PACER Account Information', exact: true });
  }

  /** "From the Role in Court drop down list, select …" */
  roleInCourt(): Locator {
    return this.site.getByLabel('Role in Court', { exact: true });
  }

  /** Attorney Bar Information: check the box of the bar's kind, pick it, its number, +Add. */
  async addBar(kind: 'Federal' | 'State', bar: string, barNumber: string): Promise<void> {
    await this.site.getByRole('checkbox', { name: kind, exact: true }).check();
    await this.site.getByLabel('Bar', { exact: true }).selectOption(bar);
    await this.site.getByLabel('Bar Number', { exact: true }).fill(barNumber);
    await this.site.getByRole('button', { name: '+Add' }).click();
    await this.site.getByRole('cell', { name: bar, exact: true }).waitFor();
  }

  async fillSponsor(sponsor: { name: string; barNumber: string; jurisdiction: string; email: string }): Promise<void> {
    await this.site.getByLabel('Sponsor Name').fill(sponsor.name);
    await this.site.getByLabel('Sponsor Bar Number').fill(sponsor.barNumber);
    await this.site.getByLabel('Sponsor Jurisdiction').selectOption(sponsor.jurisdiction);
    await this.site.getByLabel('Sponsor Email').fill(sponsor.email);
  }

  async fillAttorneyInformation(phone: string): Promise<void> {
    await this.site.getByLabel('Phone', { exact: true }).fill(phone);
    await this.site.getByRole('radio', { name: /^I acknowledge the admission fee/ }).check();
  }

  /** Document Upload: "Click the Upload button, then +Browse". The file is read in the page; only its name and size are posted. */
  async upload(name: string, content: Buffer): Promise<void> {
    const browse = this.site.getByLabel('+Browse');
    if (!(await browse.isVisible())) await this.site.getByRole('button', { name: 'Upload', exact: true }).click();
    await browse.setInputFiles({ name, mimeType: 'application/octet-stream', buffer: content });
  }

  attached(name: string): Locator {
    return this.site.getByText(`Attached: ${name}`, { exact: false });
  }

  /** Additional Attorney Information Required by Court: one answer per question. */
  async answerQuestions(answers: [RegExp, 'Yes' | 'No'][]): Promise<void> {
    for (const [question, answer] of answers) {
      await this.site.getByRole('group', { name: question }).getByRole('radio', { name: answer, exact: true }).check();
    }
  }

  /** E-File Registration: Role in Court, the box for the individual listed, any fields the step names (Additional Filer Information). */
  async registerForEfiling(role: string, fields: Record<string, string> = {}): Promise<void> {
    await this.roleInCourt().selectOption(role);
    await this.site.getByRole('checkbox', { name: /submitting the e-file registration for the individual listed above/ }).check();
    for (const [label, value] of Object.entries(fields)) await this.site.getByLabel(label, { exact: true }).fill(value);
  }

  /** The acknowledgment boxes, each by its group's legend. */
  async acknowledge(legends: string[]): Promise<void> {
    for (const legend of legends) {
      for (const box of await this.site.getByRole('group', { name: legend, exact: true }).getByRole('checkbox').all()) await box.check();
    }
  }

  transactionNumber(): Locator {
    return this.site.getByText(/^Transaction number:/);
  }

  async letTimePass(businessDays: number): Promise<void> {
    await this.page.getByLabel('Let time pass').selectOption({ value: String(businessDays) });
    await this.page.getByRole('button', { name: 'Wait', exact: true }).click();
  }

  /** Opens the newest e-mail whose subject matches, in the mailbox. */
  async openMail(subject: RegExp): Promise<Locator> {
    await this.sim.openMailbox();
    await this.page.getByRole('button', { name: subject }).first().click();
    return this.page.getByRole('dialog', { name: 'Mailbox' });
  }
}
