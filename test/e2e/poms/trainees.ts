import type { Locator, Page } from 'playwright-core';

/** The trainee side of the shell: the main navigation, the quick trainee switch, the Trainees and History screens. */
export class TraineesPages {
  constructor(readonly page: Page) {}

  async navigate(section: 'Scenarios' | 'History' | 'Trainees' | 'Verify certificate' | 'Settings'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section, exact: true }).click();
  }

  get traineeSwitch(): Locator {
    return this.page.getByRole('combobox', { name: 'Trainee' });
  }

  async switchTo(name: string): Promise<void> {
    await this.traineeSwitch.selectOption({ label: name });
  }

  async addProfile(profile: { name: string; email?: string; barNumber?: string; barState?: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a profile' });
    await form.getByLabel('Name').fill(profile.name);
    await form.getByLabel('E-mail').fill(profile.email ?? '');
    await form.getByLabel('Bar number').fill(profile.barNumber ?? '');
    await form.getByLabel('Bar state').fill(profile.barState ?? '');
    await form.getByRole('button', { name: 'Add profile' }).click();
  }

  get attemptTable(): Locator {
    return this.page.getByRole('table', { name: 'Every attempt, newest first' });
  }

  /** The history rows (header row left out). */
  get attemptRows(): Locator {
    return this.attemptTable.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** The history row of the newest attempt in this mode ("Practice" or "Assessment"). */
  attemptRow(mode: 'Practice' | 'Assessment'): Locator {
    return this.attemptRows.filter({ has: this.page.getByRole('cell', { name: mode, exact: true }) }).first();
  }

  get progress(): Locator {
    return this.page.getByRole('progressbar');
  }
}
