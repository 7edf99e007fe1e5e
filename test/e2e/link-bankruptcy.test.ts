import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Simulator } from './poms/simulator';
import { deepLink, launchChromium, removeDir, startTrainer, type RunningTrainer } from './support/browser-mode';

/**
 * Seed 000, "Link an Upgraded PACER Account to a NextGen CM/ECF Account",
 * followed literally, by the labels it names, in assess mode in a real
 * Chromium against browser mode.
 */

const WRONG_PASSWORD = 'Wr0ng-Typed-Passw0rd-7731';
const PACER_PASSWORD = 'Gateway#Arch19';
const CMECF_PASSWORD = 'Eads*Bridge74';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('cmecf-link-bankruptcy in assess mode, following seed 000 step by step', () => {
  let trainer: RunningTrainer;
  let browser: Browser;
  let page: Page;
  let sim: Simulator;

  beforeAll(async () => {
    trainer = await startTrainer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    sim = new Simulator(page);
  });

  afterAll(async () => {
    await browser?.close();
    await trainer?.stop();
    if (trainer) removeDir(trainer.dataDir);
  });

  test('the deep link opens the scenario with the simulator marker and the briefing', async () => {
    await page.goto(deepLink(trainer, '#/play/cmecf-link-bankruptcy?mode=assess'));
    await expect.poll(() => sim.marker.isVisible()).toBe(true);
    await expect.poll(() => page.getByText('PACER username', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('dwhitfield', { exact: true }).first().isVisible()).toBe(true);
    // Assess mode: no hints and no running score.
    expect(await page.getByRole('button', { name: 'Hint' }).count()).toBe(0);
  });

  test('steps 1-3: court website, E-Filing (CM/ECF), filing system link, PACER login', async () => {
    await sim.goTo('www.moeb.uscourts.gov');
    await sim.clickLink('E-Filing (CM/ECF)');
    await sim.clickLink('Eastern District of Missouri Filing System');
    await expect.poll(() => sim.heading('Login').isVisible()).toBe(true);

    // A mistyped password: the real system's error, nothing more in assess mode.
    await sim.fill('Username', 'dwhitfield');
    await sim.fill('Password', WRONG_PASSWORD);
    await sim.clickButton('Login');
    await expect.poll(() => sim.alert.textContent()).toContain('Invalid username or password.');

    await sim.fill('Username', 'dwhitfield');
    await sim.fill('Password', PACER_PASSWORD);
    await sim.clickButton('Login');
  });

  test('the redaction notice: Continue only after the checkbox', async () => {
    const dialog = page.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const continueButton = dialog.getByRole('button', { name: 'Continue' });
    expect(await continueButton.isDisabled()).toBe(true);
    await dialog.getByRole('checkbox').check();
    await continueButton.click();
    await expect.poll(() => sim.menuItem('Utilities').isVisible()).toBe(true);
    // Not linked yet: no filing menus.
    expect(await sim.menuItem('Bankruptcy').count()).toBe(0);
  });

  test('steps 4-5, then a reload resumes on the same screen', async () => {
    await sim.menuItem('Utilities').click();
    await sim.clickLink('Link a CM/ECF account to my PACER account');
    await expect.poll(() => page.getByLabel('CM/ECF login', { exact: true }).isVisible()).toBe(true);

    await page.reload();
    await expect.poll(() => page.getByLabel('CM/ECF login', { exact: true }).isVisible()).toBe(true);
    expect(await sim.address.inputValue()).toContain('ecf.moeb.uscourts.gov');
  });

  test('steps 6-8: CM/ECF credentials, matching names, Submit, final confirmation', async () => {
    await sim.fill('CM/ECF login', 'dmw4521');
    await sim.fill('CM/ECF password', CMECF_PASSWORD);
    await sim.clickButton('Submit');

    await expect.poll(() => page.getByText('Dana M. Whitfield').first().isVisible()).toBe(true);
    expect(await page.getByText('Dana Whitfield', { exact: true }).count()).toBeGreaterThan(0);
    await sim.clickButton('Submit');
    await expect.poll(() => page.getByText('Your PACER account has been linked to your CM/ECF account.').first().isVisible()).toBe(true);
  });

  test('step 9: one menu click and the Bankruptcy and Adversary menus appear', async () => {
    await sim.menuItem('Query').click();
    await expect.poll(() => sim.menuItem('Bankruptcy').isVisible()).toBe(true);
    expect(await sim.menuItem('Adversary').isVisible()).toBe(true);
  });

  test('the e-mail notice arrives in the mailbox with the fields of the sample', async () => {
    await sim.openMailbox();
    await page.getByRole('button', { name: /MISSOURI EASTERN BANKRUPTCY COURT/ }).first().click();
    const mailbox = page.getByRole('dialog', { name: 'Mailbox' }).or(page.getByRole('region', { name: 'Mailbox' }));
    await expect.poll(() => mailbox.getByText('Transaction Status').first().isVisible()).toBe(true);
    const text = (await mailbox.textContent()) ?? '';
    expect(text).toContain('Processed');
    expect(text).toContain('4417093');
    expect(text).toContain('10005');
    expect(text).toMatch(/07\/22\/2019 10:4\d:\d\d CST/);
    expect(text).toContain('Your PACER account has been linked to your CM/ECF account.');
    await page.keyboard.press('Escape');
  });

  test('finishing shows a passing score with the one mistake explained', async () => {
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => page.getByText(/95\s*\/\s*100/).first().isVisible()).toBe(true);
    expect(await page.getByText(/passed/i).first().isVisible()).toBe(true);
    expect(await page.getByText('Wrong PACER username or password').first().isVisible()).toBe(true);
  });

  test('no password the trainee typed, right or wrong, is stored in clear text', async () => {
    await trainer.stop();
    const files = filesUnder(trainer.dataDir);
    expect(files.some((file) => file.endsWith('trainer.db'))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from(WRONG_PASSWORD)), `${file} holds the mistyped password`).toBe(false);
    }
    // The right passwords are the scenario's fictional ones, shown in its briefing and
    // stored with the scenario; the attempt's own records must not hold them.
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(trainer.dataDir, 'trainer.db'), { readonly: true });
    const rows = db.prepare('SELECT payload FROM attempt_events').all() as { payload: string }[];
    db.close();
    expect(rows.length).toBeGreaterThan(10);
    for (const { payload } of rows) {
      expect(payload).not.toContain(PACER_PASSWORD);
      expect(payload).not.toContain(CMECF_PASSWORD);
      expect(payload).not.toContain(WRONG_PASSWORD);
    }
    expect(trainer.output()).not.toContain(WRONG_PASSWORD);
  });
});
