import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PresenterNotes, WatchPlayer } from './poms/watch';
import { deepLink, launchChromium, startTrainer, type RunningTrainer } from './support/browser-mode';

/**
 * Watch mode in a real Chromium against browser mode: the bankruptcy link
 * walkthrough, driven by the keyboard only, back to an earlier screen, the
 * projector setting, and the presenter notes following in a second tab.
 */

const TOTAL = 11;

describe('watching cmecf-link-bankruptcy', () => {
  let trainer: RunningTrainer;
  let browser: Browser;
  let page: Page;
  let watch: WatchPlayer;

  beforeAll(async () => {
    trainer = await startTrainer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    watch = new WatchPlayer(page);
    await page.goto(deepLink(trainer, '/play/cmecf-link-bankruptcy?mode=watch'));
    await watch.caption.getByText(`Step 1 of ${TOTAL}`).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await trainer?.stop();
  });

  test('plays to the end with the keyboard alone, through the real screens', async () => {
    await expect(watch.caption.textContent()).resolves.toContain('Highlighted: textbox Address');

    await watch.press('ArrowRight', 3);
    await watch.caption.getByText(`Step 4 of ${TOTAL}`).waitFor();
    await watch.stage.getByRole('heading', { name: 'Login', exact: true }).waitFor();
    await expect(watch.caption.textContent()).resolves.toContain('Highlighted: button Login');

    await watch.press('Space');
    await watch.stage.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' }).waitFor();

    await watch.press('PageDown', 2);
    await watch.caption.getByText(`Step 7 of ${TOTAL}`).waitFor();
    await watch.stage.getByRole('link', { name: 'Link a CM/ECF account to my PACER account' }).waitFor();

    await watch.press('ArrowRight', 3);
    await watch.caption.getByText(`Step 10 of ${TOTAL}`).waitFor();
    await watch.stage.getByText('Your PACER account has been linked to your CM/ECF account.').waitFor();

    await watch.press('ArrowRight');
    await watch.stage.getByRole('button', { name: 'Mailbox (1 unread)' }).waitFor();
    await watch.press('ArrowRight');
    await watch.caption.getByText('Walkthrough complete').waitFor();
    const mailbox = page.getByRole('region', { name: 'Mailbox' });
    await mailbox.getByText('Transaction Status').waitFor();
    await mailbox.getByText('Processed', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Practice' }).waitFor();
    await page.getByRole('link', { name: 'Assess' }).waitFor();
  });

  test('goes Back to an earlier step and shows that screen again', async () => {
    await watch.press('ArrowLeft', 6);
    await watch.caption.getByText(`Step 6 of ${TOTAL}`).waitFor();
    await expect(watch.caption.textContent()).resolves.toContain('Highlighted: menuitem Utilities');
    await watch.press('PageUp');
    await watch.stage.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' }).waitFor();
    await watch.press('Home');
    await watch.caption.getByText(`Step 1 of ${TOTAL}`).waitFor();
    await watch.stage.getByRole('heading', { name: 'New tab' }).waitFor();
    await watch.press('End');
    await watch.caption.getByText('Walkthrough complete').waitFor();
  });

  test('the projector setting enlarges the whole UI to 200% and is remembered', async () => {
    expect(await watch.rootZoom()).toBe('1');
    await watch.projector.selectOption({ label: '200% (extra large)' });
    await expect.poll(() => watch.rootZoom()).toBe('2');
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);
    await page.reload();
    await watch.caption.getByText(`Step 1 of ${TOTAL}`).waitFor();
    await expect.poll(() => watch.rootZoom()).toBe('2');
    await watch.projector.selectOption({ label: 'Off (normal size)' });
    await expect.poll(() => watch.rootZoom()).toBe('1');
  });

  test('the presenter notes open in a second tab and follow Next, and can press Next themselves', async () => {
    const [notesPage] = await Promise.all([page.context().waitForEvent('page'), watch.presenterNotesButton.click()]);
    const notes = new PresenterNotes(notesPage);
    // The tab can read the scenario: the access token came along in its copy of sessionStorage.
    await notesPage.getByRole('heading', { name: /^Presenter notes: Link your CM\/ECF account/ }).waitFor();
    await notes.current.getByText(`Step 1 of ${TOTAL}`).waitFor();
    expect(notesPage.url()).not.toContain('token=');
    expect(await notesPage.evaluate(() => sessionStorage.getItem('nextgen-trainer/token'))).toBe(
      await page.evaluate(() => sessionStorage.getItem('nextgen-trainer/token')),
    );
    await expect(notes.current.textContent()).resolves.toContain('Type the address in the address bar.');

    await page.bringToFront();
    await watch.press('ArrowRight');
    await watch.caption.getByText(`Step 2 of ${TOTAL}`).waitFor();
    await notes.current.getByText(`Step 2 of ${TOTAL}`).waitFor();
    await expect(notes.current.textContent()).resolves.toContain('Step 2. Click on the Eastern District of Missouri Filing System link.');

    await notes.next();
    await watch.caption.getByText(`Step 3 of ${TOTAL}`).waitFor();
    await notes.current.getByText(`Step 3 of ${TOTAL}`).waitFor();
    await notesPage.close();
  });
});
