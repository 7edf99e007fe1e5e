import type { Download, Locator, Page } from 'playwright-core';
import type { Simulator } from './simulator';

/**
 * Results, certificates and exports as a trainee sees them: the CLE
 * certificate panel on the results screen, the Verify certificate screen,
 * and the courses and export buttons of the history screen. Found by label and role.
 */
export class RecordsScreens {
  constructor(readonly page: Page) {}

  /** Seed 000 followed to the end in assess mode, the e-mail notice read: a passing attempt. */
  async passLinkBankruptcy(sim: Simulator): Promise<void> {
    await sim.goTo('www.moeb.uscourts.gov');
    await sim.clickLink('E-Filing (CM/ECF)');
    await sim.clickLink('Eastern District of Missouri Filing System');
    await sim.fill('Username', 'dwhitfield');
    await sim.fill('Password', 'Gateway#Arch19');
    await sim.clickButton('Login');
    const notice = this.page.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' });
    await notice.getByRole('checkbox').check();
    await notice.getByRole('button', { name: 'Continue' }).click();
    await sim.menuItem('Utilities').click();
    await sim.clickLink('Link a CM/ECF account to my PACER account');
    await sim.fill('CM/ECF login', 'dmw4521');
    await sim.fill('CM/ECF password', 'Eads*Bridge74');
    await sim.clickButton('Submit');
    await this.page.getByText('Dana M. Whitfield').first().waitFor();
    await sim.clickButton('Submit');
    await this.page.getByText('Your PACER account has been linked to your CM/ECF account.').first().waitFor();
    await sim.menuItem('Query').click();
    await sim.menuItem('Bankruptcy').waitFor();
    await sim.openMailbox();
    await this.page.getByRole('button', { name: /MISSOURI EASTERN BANKRUPTCY COURT/ }).first().click();
    await this.page.getByText('Transaction Status').first().waitFor();
    await this.page.keyboard.press('Escape');
    await this.page.getByRole('button', { name: 'Finish' }).click();
  }

  get certificateButton(): Locator {
    return this.page.getByRole('button', { name: 'Download CLE certificate (PDF)' });
  }

  /** Clicks the certificate button and waits for the browser's download. */
  async downloadCertificate(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.certificateButton.click();
    return download;
  }

  /** A course on the history screen's Courses section, by its title. */
  course(title: string): Locator {
    return this.page.getByRole('region', { name: 'Courses' }).getByRole('article', { name: title });
  }

  /** Clicks a completed course's certificate button and waits for the browser's download. */
  async downloadCourseCertificate(title: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.course(title).getByRole('button', { name: 'Download course certificate (PDF)' }).click();
    return download;
  }

  async verify(code: string): Promise<void> {
    await this.page.getByLabel('Verification code').fill(code);
    await this.page.getByRole('button', { name: 'Verify', exact: true }).click();
  }

  async exportFrom(buttonName: 'Export results (CSV)' | 'Export xAPI statements (JSON)'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: buttonName }).click();
    return download;
  }
}

/** The bytes of a finished download. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
