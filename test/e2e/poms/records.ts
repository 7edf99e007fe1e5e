import type { Download, Locator, Page } from 'playwright-core';

/**
 * Results, certificates and exports as a trainee sees them: the CLE
 * certificate panel on the results screen, the Verify certificate screen,
 * and the courses and export buttons of the history screen. Found by label and role.
 */
export class RecordsScreens {
  constructor(readonly page: Page) {}

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
