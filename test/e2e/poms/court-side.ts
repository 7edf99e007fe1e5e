import type { Locator, Page } from 'playwright-core';
import { Simulator } from './simulator';

/**
 * The court side beyond the district/bankruptcy link screens, as a trainee
 * sees it: the appellate landing and link screen (seed 004), a CurrentGen
 * court's own login, and keyboard-only driving of the simulated sites.
 */
export class CourtSide {
  readonly sim: Simulator;

  constructor(readonly page: Page) {
    this.sim = new Simulator(page);
  }

  get redactionNotice(): Locator {
    return this.page.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' });
  }

  /** The court website's CM/ECF entry, then CM/ECF Login, landing on the PACER login (appellate courts). */
  async openAppellateCmecf(website = 'www.ca8.uscourts.gov'): Promise<void> {
    await this.sim.goTo(website);
    await this.sim.clickLink('CM/ECF');
    await this.sim.clickLink('CM/ECF Login');
    await this.sim.heading('Login').waitFor();
  }

  async acknowledgeRedaction(): Promise<void> {
    await this.redactionNotice.getByRole('checkbox').check();
    await this.redactionNotice.getByRole('button', { name: 'Continue' }).click();
  }

  /** "Link my filer account to my PACER account": the filer username and password, then Submit. */
  async submitFilerAccount(username: string, password: string): Promise<void> {
    await this.sim.fill('Filer username', username);
    await this.sim.fill('Filer password', password);
    await this.sim.clickButton('Submit');
  }

  /** A CurrentGen court's own login: the court-issued login and password, the redaction box, Login. */
  async logInToCurrentGen(login: string, password: string, acknowledge = true): Promise<void> {
    await this.sim.fill('Login', login);
    await this.sim.fill('Password', password);
    if (acknowledge) await this.page.getByRole('checkbox', { name: /I understand that, if I file/ }).check();
    await this.sim.clickButton('Login');
  }

  /**
   * Seed 003: "use the 'Forgot Your Password' feature from the CM/ECF login
   * page": the link under the CurrentGen login, the court-issued login, Submit.
   */
  async forgotPassword(login: string): Promise<void> {
    await this.sim.clickLink('Forgot Your Password?');
    await this.sim.heading('Forgot Your Password').waitFor();
    await this.sim.fill('Login', login);
    await this.sim.clickButton('Submit');
  }

  /** Opens the court's password e-mail in the mailbox and returns it. */
  async openPasswordResetMail(): Promise<Locator> {
    await this.sim.openMailbox();
    await this.page.getByRole('button', { name: /CM\/ECF password reset/ }).first().click();
    const mail = this.page.getByRole('article', { name: /CM\/ECF password reset/ });
    await mail.waitFor();
    return mail;
  }

  /** Reset Your Password in the open e-mail; waits for the page it opens. */
  async followResetLink(mail: Locator): Promise<void> {
    await mail.getByRole('button', { name: 'Reset Your Password' }).click();
    await this.sim.heading('Reset Your Password').waitFor();
  }

  /** The e-mailed link's page: the new password twice, then Submit. */
  async setNewPassword(password: string, confirm = password): Promise<void> {
    await this.sim.fill('New Password', password);
    await this.sim.fill('Confirm Password', confirm);
    await this.sim.clickButton('Submit');
  }

  /** The focused element's role and accessible name, as a screen reader would announce it. */
  async focused(): Promise<{ role: string; name: string }> {
    return this.page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return { role: '', name: '' };
      const labelledBy = element.getAttribute('aria-labelledby');
      const byLabel = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent : null;
      const name =
        element.getAttribute('aria-label') ??
        (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
        byLabel ??
        element.textContent ??
        '';
      const tag = element.tagName.toLowerCase();
      const implicit = tag === 'a' ? 'link' : tag === 'button' ? 'button' : tag === 'input' ? (element as HTMLInputElement).type : tag;
      return { role: element.getAttribute('role') ?? implicit, name: name.replace('▾', '').trim() };
    });
  }

  /**
   * Presses Tab (or Shift+Tab) until the control with this role and name has
   * focus, as a keyboard user would; fails after `limit` presses.
   */
  async tabTo(role: string, name: string | RegExp, options: { backwards?: boolean; limit?: number } = {}): Promise<void> {
    const { backwards = false, limit = 80 } = options;
    for (let press = 0; press < limit; press += 1) {
      const now = await this.focused();
      const nameMatches = typeof name === 'string' ? now.name === name : name.test(now.name);
      if (now.role === role && nameMatches) return;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    const last = await this.focused();
    throw new Error(`no ${role} "${String(name)}" reached by ${backwards ? 'Shift+Tab' : 'Tab'} (last: ${last.role} "${last.name}")`);
  }
}
