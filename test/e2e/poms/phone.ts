import type { Locator, Page } from 'playwright-core';
import { Simulator } from './simulator';

/**
 * The simulated phone beside the Mailbox and PACER's MFA screens, as a
 * trainee uses them: everything by visible label and role, codes read off
 * the phone's screen the way a person reads them.
 */
export class PhoneDesk {
  readonly sim: Simulator;

  constructor(readonly page: Page) {
    this.sim = new Simulator(page);
  }

  get panel(): Locator {
    return this.page.getByRole('dialog', { name: 'Phone' });
  }

  async openPhone(): Promise<void> {
    if (await this.panel.isVisible()) return;
    await this.page.getByRole('button', { name: 'Phone', exact: true }).click();
    await this.panel.waitFor();
  }

  async closePhone(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Close phone' }).click();
  }

  async scanQrCode(): Promise<void> {
    await this.openPhone();
    await this.panel.getByRole('button', { name: 'Scan QR code' }).click();
  }

  /** The 6-digit code the authenticator shows now for a PACER username. */
  async readCode(username: string): Promise<string> {
    await this.openPhone();
    const code = this.panel.getByLabel(`Code for PACER: ${username}`, { exact: true });
    await code.waitFor();
    return ((await code.textContent()) ?? '').trim();
  }

  /** The security code from PACER's e-mail, read in the Mailbox. */
  async readSecurityCodeMail(): Promise<string> {
    await this.sim.openMailbox();
    await this.page.getByRole('button', { name: /PACER Multifactor Authentication Security Code/ }).first().click();
    const message = this.page.getByRole('article', { name: 'PACER Multifactor Authentication Security Code' });
    await message.waitFor();
    const code = (await message.locator('dd').filter({ hasText: /^\d{6}$/ }).first().textContent()) ?? '';
    await this.page.getByRole('button', { name: 'Close mailbox' }).click();
    return code.trim();
  }
}
