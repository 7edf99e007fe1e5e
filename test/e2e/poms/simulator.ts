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
    return this.page.getByRole('textbox', { name: 'Address' });
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

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { name });
  }

  get alert(): Locator {
    return this.page.getByRole('alert').first();
  }

  async openMailbox(): Promise<void> {
    await this.page.getByRole('button', { name: /^Mailbox/ }).click();
  }
}
