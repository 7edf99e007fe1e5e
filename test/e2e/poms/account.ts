import type { Locator, Page } from 'playwright-core';
import { Simulator } from './simulator';

/**
 * Manage My Account as the seeds walk it: www.pacer.gov, hover over Manage
 * My Account, Manage My Account Login, Log in to Manage My Account, then the
 * account's tabs. Everything is found by visible label and role.
 */
export class ManageAccount {
  readonly sim: Simulator;

  constructor(readonly page: Page) {
    this.sim = new Simulator(page);
  }

  /** Steps 1-4 of the seed's lists: the PACER site, the hover menu, the login page, the login form. */
  async openLoginForm(): Promise<void> {
    await this.sim.goTo('www.pacer.gov');
    await this.page.getByRole('navigation', { name: 'PACER' }).getByRole('link', { name: /^Manage My Account/ }).first().hover();
    await this.sim.clickLink('Manage My Account Login');
    await this.sim.clickLink('Log in to Manage My Account');
    await this.sim.heading('Log in to Manage My Account').waitFor();
  }

  /** Steps 5-6: username, password, Login. */
  async logIn(username: string, password: string): Promise<void> {
    await this.sim.fill('Username', username);
    await this.sim.fill('Password', password);
    await this.sim.clickButton('Login');
  }

  async logOut(): Promise<void> {
    await this.sim.clickButton('Logout');
    await this.sim.heading('Log in to Manage My Account').waitFor();
  }

  /** The value beside a header row such as "Account Type". */
  row(label: string): Locator {
    return this.page.getByRole('region', { name: 'Account information' }).locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async openTab(name: string): Promise<void> {
    await this.tab(name).click();
    await this.page.getByRole('tabpanel', { name }).waitFor();
  }

  async select(label: string, value: string | { index: number }): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption(value);
  }

  async check(label: string | RegExp): Promise<void> {
    await this.page.getByRole('checkbox', { name: label }).check();
  }

  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Finish' }).click();
  }
}
