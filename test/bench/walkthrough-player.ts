import type { Locator, Page } from 'playwright-core';
import type { TrainerEvent } from '../../shared/model/events';
import { replay, scriptedEvent } from '../../shared/model/replay';
import type { ResolvedScenario, WalkthroughStep } from '../../shared/scenario/schema';

/**
 * Plays a built-in scenario's walkthrough in practice mode the way a
 * trainee would: each step's form is filled in first (not timed), then the
 * one click or key press that performs the step is made (timed by the
 * caller). Fields are found by the names the page posts them under, the
 * control by the role and name the step gives.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The step's control: a target names it by how its name starts ("Mailbox" is "Mailbox (1 unread)" once mail arrives). */
function targetOf(page: Page, step: WalkthroughStep): Locator {
  const target = step.target!;
  return page.getByRole(target.role, { name: new RegExp(`^${escape(target.name)}`) }).first();
}

/** A link in a hover menu shows once the pointer rests on the menu's own item (PACER's "Manage My Account ▾"). */
async function revealed(page: Page, step: WalkthroughStep): Promise<Locator> {
  const control = targetOf(page, step);
  if (await control.isVisible()) return control;
  const target = step.target!;
  const hidden = page.getByRole(target.role, { name: new RegExp(`^${escape(target.name)}`), includeHidden: true }).first();
  const menu = hidden.locator('xpath=ancestor::ul[1]/parent::li/*[1]');
  if ((await hidden.count()) > 0 && (await menu.count()) > 0) await menu.hover();
  return control;
}

async function fillField(page: Page, name: string, value: string, secret: boolean): Promise<void> {
  const fields = page.locator(`[name="${name}"]:not([type="hidden"]):not([disabled]):visible`);
  const count = await fields.count();
  if (count === 0 && !secret) {
    // A value kept in a hidden field is chosen in a list of its own (CM/ECF's Available Events box).
    const chooser = page.locator(`select:not([name]):has(option[value="${value}"])`).first();
    if ((await chooser.count()) > 0) await chooser.selectOption(value);
    return;
  }
  for (let index = 0; index < count; index += 1) {
    const field = fields.nth(index);
    const tag = await field.evaluate((element) => `${element.tagName.toLowerCase()}:${(element as HTMLInputElement).type ?? ''}`);
    if (tag === 'input:radio') {
      if ((await field.getAttribute('value')) === value) await field.check();
    } else if (tag === 'input:checkbox') {
      if (!(await field.isChecked())) await field.check();
    } else if (tag.startsWith('select')) {
      await field.selectOption(value);
    } else if (tag !== 'input:file' && (!secret || tag === 'input:password')) {
      await field.fill(value);
    }
  }
}

/** The mail a step opens, by its subject in the world the walkthrough has reached. */
function mailSubject(scenario: ResolvedScenario, index: number, mailId: string): string {
  const events: TrainerEvent[] = [
    { type: 'attempt/started', salt: 'bench-player', mode: 'practice' },
    ...scenario.walkthrough.slice(0, index).map((step) => scriptedEvent(step.action, 'bench-player')),
  ];
  const mail = replay(scenario, events).world.mailbox.find((item) => item.id === mailId);
  if (!mail) throw new Error(`${scenario.id} step ${index + 1}: ${mailId} has not arrived`);
  return mail.subject;
}

/** Fills what step `index` needs and returns the one action that performs it. */
export async function prepareStep(page: Page, scenario: ResolvedScenario, index: number): Promise<() => Promise<void>> {
  const step = scenario.walkthrough[index]!;
  const { action } = step;
  switch (action.type) {
    case 'browser/navigated': {
      const control = await revealed(page, step);
      if (action.via === 'address-bar') {
        await control.fill(action.address);
        return () => control.press('Enter');
      }
      return () => control.click();
    }
    case 'form/submitted': {
      const { documentName, documentSize } = action.fields;
      if (documentName && documentSize && (await page.locator('input[type="file"]').count()) > 0) {
        // A document the page reads itself: a PDF of the name and size the step posts.
        const body = Buffer.alloc(Number(documentSize), 0x20);
        body.write('%PDF-1.4\n');
        await page.locator('input[type="file"]').first().setInputFiles({ name: documentName, mimeType: 'application/pdf', buffer: body });
        await page.getByText(documentName).first().waitFor();
      }
      // In the order the page asks for them: a later field may appear only once an earlier one is chosen.
      for (const [name, value] of Object.entries(action.fields)) await fillField(page, name, value, false);
      for (const [name, value] of Object.entries(action.secrets)) await fillField(page, name, value, true);
      const control = await revealed(page, step);
      // A step may name the control that opens a panel ("Upload") whose own button posts the form ("Use a sample PDF").
      const posting = page.locator(`button[name="button"][value="${action.button}"]:visible`);
      if ((await posting.count()) === 0 && (await control.getAttribute('aria-expanded')) === 'false') {
        await control.click();
        if ((await posting.count()) > 0) return () => posting.first().click();
      }
      return () => control.click();
    }
    case 'pacer/login-submitted':
      await page.getByLabel('Username', { exact: true }).fill(action.username);
      await page.getByLabel('Password', { exact: true }).fill(action.password);
      break;
    case 'cmecf/link-credentials-submitted':
      await page.getByLabel('CM/ECF login', { exact: true }).fill(action.login);
      await page.getByLabel('CM/ECF password', { exact: true }).fill(action.password);
      break;
    case 'cmecf/redaction-acknowledged':
      await page.getByRole('checkbox', { name: /I have read this notice/ }).check();
      break;
    case 'trainee/waited':
      await page.getByLabel('Let time pass').selectOption(String(action.businessDays));
      break;
    case 'mail/opened': {
      const mailbox = page.getByRole('button', { name: /^Mailbox/ });
      if ((await mailbox.getAttribute('aria-expanded')) !== 'true') await mailbox.click();
      const list = page.getByRole('button', { name: 'All messages' });
      if (await list.isVisible()) await list.click();
      const item = page.getByRole('list', { name: 'Messages' }).getByRole('button', { name: mailSubject(scenario, index, action.mailId) });
      return () => item.click();
    }
    default:
      break;
  }
  const control = await revealed(page, step);
  return () => control.click();
}

/**
 * Ends the attempt: Finish when the walkthrough was followed to the letter
 * (every objective met), otherwise Give up. Returns whether it ended at 100.
 */
export async function endAttempt(page: Page): Promise<boolean> {
  const finish = page.getByRole('button', { name: 'Finish' });
  if (await finish.isVisible()) {
    await finish.click();
    await page.getByText(/\d+\s*\/\s*100/).first().waitFor();
    return page.getByText(/100\s*\/\s*100/).first().isVisible();
  }
  await page.getByRole('button', { name: 'Give up' }).click();
  await page.getByRole('button', { name: 'End attempt' }).click();
  await page.getByText(/\d+\s*\/\s*100/).first().waitFor();
  return false;
}
