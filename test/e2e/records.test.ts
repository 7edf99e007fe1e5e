import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ApiResponse, Trainee } from '../../shared/api/contract';
import { CSV_HEADER } from '../../shared/records/attempts-csv';
import { CODE_ALPHABET } from '../../shared/records/certificate-code';
import { xapiStatementsSchema } from '../../shared/records/xapi-schema';
import { describeIssues } from '../../shared/util/issues';
import { pdfText } from '../support/pdf-text';
import { downloadedBytes, RecordsScreens } from './poms/records';
import { Simulator } from './poms/simulator';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from './support/browser-mode';

/**
 * A trainee passes the bankruptcy link assessment in Chromium, downloads the
 * CLE certificate, reads its verification code and checks it on the Verify
 * certificate screen; the history screen then offers the certificate of the
 * course that assessment completes, which verifies too; last, exports the
 * results as CSV and xAPI.
 */

const ORGANISATION = 'U.S. Bankruptcy Court, Eastern District of Missouri';
const COURSE = 'NextGen CM/ECF account linking';
const SCENARIO_TITLE = 'Link your CM/ECF account at a NextGen bankruptcy court';
const codeIn = (text: string) => new RegExp(`Verification code: (NGT(?:-[${CODE_ALPHABET}]{4}){3})`).exec(text)?.[1] ?? '';

/** The API as the page calls it in browser mode: POST /api/<method> with the launch token. */
async function callThroughPage(page: Page, method: string, input: unknown): Promise<ApiResponse<unknown>> {
  return page.evaluate(
    async ({ method, input }) => {
      const token = sessionStorage.getItem('nextgen-trainer/token') ?? '';
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-trainer-token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as ApiResponse<unknown>;
    },
    { method, input },
  );
}

async function value<T>(page: Page, method: string, input: unknown): Promise<T> {
  const response = await callThroughPage(page, method, input);
  if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
  return response.value as T;
}

describe('CLE certificate and exports, end to end', () => {
  let trainer: RunningTrainer;
  let browser: Browser;
  let page: Page;
  let sim: Simulator;
  let records: RecordsScreens;
  let code = '';

  beforeAll(async () => {
    trainer = await startTrainer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    sim = new Simulator(page);
    records = new RecordsScreens(page);
    // The trainee's profile and the provider, set up before the app opens (the trainer starts as the last trainee used).
    await page.goto(deepLink(trainer, '#/'));
    const trainee = await value<Trainee>(page, 'trainees.create', { name: 'Jordan A. Reyes', email: 'jreyes@reyes-law.test', barNumber: '58213', barState: 'Missouri' });
    await value(page, 'settings.set', { key: 'lastTraineeId', value: trainee.id });
    await value(page, 'settings.set', { key: 'organisation', value: ORGANISATION });
  });

  afterAll(async () => {
    await browser?.close();
    await trainer?.stop();
    if (trainer) removeDir(trainer.dataDir);
  });

  test('a passed assessment offers the certificate; the PDF names the trainee, the scenario, the score and the code', async () => {
    await page.goto(deepLink(trainer, '#/play/cmecf-link-bankruptcy?mode=assess'));
    await page.reload(); // the app reads the last trainee used when it starts
    await sim.marker.waitFor();
    await sim.passLinkBankruptcy();
    await expect.poll(() => records.certificateButton.isVisible(), { timeout: 15_000 }).toBe(true);

    const download = await records.downloadCertificate();
    expect(download.suggestedFilename()).toBe('cle-certificate-jordan-a-reyes-cmecf-link-bankruptcy.pdf');
    const bytes = await downloadedBytes(download);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const text = (await pdfText(bytes)).pages.join('\n');
    code = codeIn(text);
    expect(code).not.toBe('');
    expect(text).toContain('Jordan A. Reyes');
    expect(text).toContain('Bar number 58213, Missouri');
    expect(text).toContain('“Link your CM/ECF account at a NextGen bankruptcy court” (version 1)');
    expect(text).toMatch(/100 \/ 100 \(pass mark 80\)/);
    expect(text).toContain(`Provider: ${ORGANISATION}`);
    // The page shows the same code the PDF carries.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Verification code' }).textContent()).toContain(code);
  });

  test('the Verify certificate screen accepts the code, and rejects it with one character changed', async () => {
    await page.goto(deepLink(trainer, '#/verify'));
    await records.verify(code);
    const valid = page.getByRole('status').filter({ hasText: 'Valid certificate' });
    await expect.poll(() => valid.isVisible()).toBe(true);
    const details = (await valid.textContent()) ?? '';
    expect(details).toContain('Jordan A. Reyes');
    expect(details).toContain('58213, Missouri');
    expect(details).toContain('100 / 100');
    expect(details).toContain(ORGANISATION);

    const last = code.at(-1) ?? '2';
    const tampered = `${code.slice(0, -1)}${CODE_ALPHABET[(CODE_ALPHABET.indexOf(last) + 1) % CODE_ALPHABET.length]}`;
    await records.verify(tampered);
    const invalid = page.getByRole('alert');
    await expect.poll(() => invalid.textContent()).toContain(`Not valid: ${tampered}`);
    expect(await invalid.textContent()).toContain('No passed assessment recorded by this trainer matches this code.');
  });

  test('the history screen offers the course that assessment completed; its PDF names the course and the code, which verifies', async () => {
    await page.goto(deepLink(trainer, '#/history'));
    const course = records.course(COURSE);
    await course.waitFor();
    expect(await course.getByRole('listitem').textContent()).toContain(`${SCENARIO_TITLE}: Passed (best score 100)`);

    const download = await records.downloadCourseCertificate(COURSE);
    expect(download.suggestedFilename()).toBe('cle-course-certificate-jordan-a-reyes-nextgen-account-linking.pdf');
    const text = (await pdfText(await downloadedBytes(download))).pages.join('\n');
    const courseCode = codeIn(text);
    expect(courseCode).not.toBe('');
    expect(courseCode).not.toBe(code); // the course certificate is a certificate of its own
    expect(text).toContain('Jordan A. Reyes');
    expect(text).toContain(`“${COURSE}”`);
    expect(text).toContain(SCENARIO_TITLE);
    expect(text).toContain(`Provider: ${ORGANISATION}`);
    await expect.poll(() => course.getByRole('status').textContent()).toContain(courseCode);

    await page.goto(deepLink(trainer, '#/verify'));
    await records.verify(courseCode);
    const valid = page.getByRole('status').filter({ hasText: 'Valid course certificate' });
    await expect.poll(() => valid.isVisible()).toBe(true);
    const details = (await valid.textContent()) ?? '';
    expect(details).toContain('Jordan A. Reyes');
    expect(details).toContain(COURSE);
    expect(details).toContain(SCENARIO_TITLE);
    expect(details).toContain('100 / 100');
  });

  test('the history screen exports the results as CSV (one row for the attempt) and as schema-valid xAPI statements', async () => {
    await page.goto(deepLink(trainer, '#/history'));
    await page.getByRole('heading', { level: 1, name: 'History — Jordan A. Reyes' }).waitFor();
    await page.getByRole('heading', { name: 'Export' }).waitFor();
    const csvDownload = await records.exportFrom('Export results (CSV)');
    expect(csvDownload.suggestedFilename()).toMatch(/^nextgen-trainer-results-jordan-a-reyes-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await downloadedBytes(csvDownload)).toString('utf8');
    const xapiDownload = await records.exportFrom('Export xAPI statements (JSON)');
    expect(xapiDownload.suggestedFilename()).toMatch(/^nextgen-trainer-xapi-jordan-a-reyes-\d{4}-\d{2}-\d{2}\.json$/);
    const xapi = (await downloadedBytes(xapiDownload)).toString('utf8');

    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe(CSV_HEADER.join(','));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(
      /^Jordan A\. Reyes,jreyes@reyes-law\.test,58213,Missouri,cmecf-link-bankruptcy,Link your CM\/ECF account at a NextGen bankruptcy court,1,assess,finished,[^,]+,[^,]+,\d+,100,yes,0,0$/,
    );

    const parsed = xapiStatementsSchema.safeParse(JSON.parse(xapi));
    expect(parsed.success ? [] : describeIssues(parsed.error)).toEqual([]);
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data?.[0]).toMatchObject({
      actor: { name: 'Jordan A. Reyes', mbox: 'mailto:jreyes@reyes-law.test' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed' },
      object: { id: 'https://nextgen-trainer.invalid/scenarios/cmecf-link-bankruptcy/v1' },
      result: { score: { raw: 100, scaled: 1 }, success: true, completion: true },
    });
    expect(parsed.data?.[0]?.result.duration).toMatch(/^PT/);
  });
});
