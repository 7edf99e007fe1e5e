import { beforeAll, describe, expect, test } from 'vitest';
import { EcfMaintenanceDesk } from './poms/ecf-maintenance';
import { scenarioSession } from './support/scenario-session';

/**
 * filing-agent-setup in assess mode: the attorney follows seed 002 "Attorney
 * or Trustee: Linking Filing Agent to CM/ECF Account" steps 1-7 by their
 * labels, adds the agent's e-mail for notices, and the agent then signs in
 * with his own PACER account, chooses her under Change User and files a
 * Certificate of Service that the docket shows in her name.
 */

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('filing-agent-setup in assess mode, following seed 002 step by step', () => {
  const session = scenarioSession();
  let desk: EcfMaintenanceDesk;

  beforeAll(() => {
    desk = new EcfMaintenanceDesk(session.page);
  });

  test('the deep link opens the scenario in assess mode', async () => {
    await session.openScenario('filing-agent-setup');
    await expect.poll(() => session.page.getByText('lbrandt', { exact: true }).first().isVisible()).toBe(true);
  });

  test('the attorney signs in with her own PACER account', async () => {
    await desk.enterFilingSystem('lbrandt', 'Union*Station31');
  });

  test('step 1: Utilities > Your Accounts > Maintain Your ECF Account > More User Information', async () => {
    await desk.openMaintainYourEcfAccountBySeedSteps();
    await desk.click('More User Information');
    await expect.poll(() => desk.heading('More User Information').isVisible()).toBe(true);
    await session.expectAccessible('More User Information');
  });

  test('step 2: the name in Find Filing Agent, then the search icon', async () => {
    await desk.sim.fill('Find Filing Agent', 'Oyelaran');
    await desk.click('Search');
    await expect.poll(() => session.page.getByText('Marcus D. Oyelaran').first().isVisible()).toBe(true);
    await session.expectAccessible('Find Filing Agent results');
  });

  test('step 3: Select Filing Agent', async () => {
    await desk.click('Select');
    await expect.poll(() => session.page.getByRole('link', { name: 'Marcus D. Oyelaran' }).isVisible()).toBe(true);
  });

  test('steps 4-5: click the name; Update Filing Agent Permissions; Internet Payment Y; Save', async () => {
    await desk.sim.clickLink('Marcus D. Oyelaran');
    await expect.poll(() => desk.permissionsBox.isVisible()).toBe(true);
    await session.expectAccessible('Update Filing Agent Permissions');
    await desk.permissionsBox.getByLabel('Internet Payment').selectOption('Y');
    await desk.permissionsBox.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => desk.permissionsBox.count()).toBe(0);
    expect(await session.page.getByRole('row', { name: /Marcus D. Oyelaran Y/ }).count()).toBe(1);
  });

  test('step 6: Return to Account Screen', async () => {
    await desk.click('Return to Account Screen');
    await expect.poll(() => session.page.getByText('Marcus D. Oyelaran (Internet Payment: Y)').isVisible()).toBe(true);
  });

  test('the agent’s e-mail as a secondary address, so he receives the notices', async () => {
    await desk.click('Email Information');
    await desk.sim.fill('Secondary E-Mail Address', 'moyelaran@brandt-okoye.example');
    await desk.sim.fill('Reenter Secondary E-Mail Address', 'moyelaran@brandt-okoye.example');
    await session.page.getByLabel('To the Secondary Addresses', { exact: true }).check();
    await desk.click('Return to Account Screen');
    await expect.poll(() => desk.heading('Maintain User Account').isVisible()).toBe(true);
  });

  test('step 7: Submit, then Log Out', async () => {
    await desk.click('Submit');
    await expect.poll(() => session.page.getByText('Filing agent linked: Marcus D. Oyelaran (Internet Payment Y)').isVisible()).toBe(true);
    await desk.sim.menuItem('Log Out').click();
  });

  test('the agent signs in with his own PACER account and sees the filing menus', async () => {
    await desk.sim.goTo('https://ecf.mow.uscourts.gov/');
    await desk.logInAndContinue('moyelaran', 'Penn*Valley82');
    await expect.poll(() => desk.sim.menuItem('Civil').isVisible()).toBe(true);
  });

  test('Utilities, Change User: he chooses to file for Lauren K. Brandt', async () => {
    await desk.sim.menuItem('Utilities').click();
    await desk.sim.clickLink('Change User');
    await expect.poll(() => desk.heading('Change User').isVisible()).toBe(true);
    await session.expectAccessible('Change User');
    await session.page.getByLabel('Lauren K. Brandt', { exact: true }).check();
    await desk.click('Submit');
    await expect.poll(() => session.page.getByText('You are filing for Lauren K. Brandt.').isVisible()).toBe(true);
  });

  test('Civil, Other Filings: he selects Certificate of Service in the Available Events box and clicks Next', async () => {
    await desk.sim.menuItem('Civil').click();
    await desk.sim.clickLink('Other Filings');
    await expect.poll(() => desk.heading('Other Filings').isVisible()).toBe(true);
    await session.expectAccessible('Other Filings event picker');
    await session.page.getByLabel('Available Events').selectOption({ label: 'Certificate of Service' });
    await expect.poll(() => session.page.getByLabel('Selected Event').locator('option').allTextContents()).toEqual(['Certificate of Service']);
    await desk.click('Next');
    await expect.poll(() => desk.heading('Certificate of Service').isVisible()).toBe(true);
  });

  test('the case number: a mistyped one is refused with the court’s words, shown as text', async () => {
    await desk.sim.fill('Civil Case Number', '<img src=x onerror="document.title=1">');
    await desk.click('Next');
    await expect.poll(() => session.page.getByText('Invalid case number.', { exact: false }).isVisible()).toBe(true);
    await desk.sim.fill('Civil Case Number', '4:19-cv-00999');
    await desk.click('Next');
    await expect.poll(() => session.page.getByText('Cannot find case 4:19-cv-00999 in this court.', { exact: false }).isVisible()).toBe(true);
    await session.expectAccessible('Civil Case Number with an error');
    await desk.sim.fill('Civil Case Number', '4:19-cv-00512');
    await desk.click('Next');
    await expect.poll(() => session.page.getByLabel('Harlan Freight Co. [Plaintiff]').isVisible()).toBe(true);
  });

  test('he selects the filer, Harlan Freight Co., and clicks Next', async () => {
    await session.expectAccessible('Select the filer');
    await desk.click('Next');
    await expect.poll(() => session.page.getByText('Select the filer: the party on whose behalf', { exact: false }).isVisible()).toBe(true);
    await session.page.getByLabel('Harlan Freight Co. [Plaintiff]').check();
    await desk.click('Next');
    await expect.poll(() => session.page.getByLabel('Main Document').isVisible()).toBe(true);
  });

  test('the Main Document: a file that is not a PDF is refused; the PDF is checked on this computer and attached', async () => {
    const mainDocument = session.page.getByLabel('Main Document');
    await mainDocument.setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Dear counsel, …') });
    await expect.poll(() => session.page.getByText('Attached: certificate.pdf').isVisible()).toBe(true);
    await desk.click('Next');
    await expect.poll(() => session.page.getByText('The Main Document is not a PDF file.', { exact: false }).isVisible()).toBe(true);
    await mainDocument.setInputFiles({ name: 'Certificate-of-Service.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => session.page.getByText('Attached: Certificate-of-Service.pdf').isVisible()).toBe(true);
    await session.expectAccessible('Main Document');
    await desk.click('Next');
    await expect.poll(() => session.page.getByRole('heading', { name: 'Docket Text: Final Text' }).isVisible()).toBe(true);
  });

  test('the final docket text names Lauren K. Brandt as the filer, not Marcus; Next commits it', async () => {
    const text = session.page.locator('.ecf-filing-docket-text');
    await expect.poll(() => text.textContent()).toBe('4:19-cv-00512 CERTIFICATE OF SERVICE by Plaintiff Harlan Freight Co. (Brandt, Lauren K.)');
    await session.expectAccessible('Docket Text: Final Text');
    await desk.click('Next');
    await expect.poll(() => desk.heading('Notice of Electronic Filing').isVisible()).toBe(true);
  });

  test('the Notice of Electronic Filing: entered in her name, document 15, e-mailed to her and to Marcus', async () => {
    const notice = session.page.locator('.ecf-filing-nef');
    await expect.poll(() => notice.textContent()).toContain('The following transaction was entered by Brandt, Lauren K. on 9/16/2019');
    expect(await session.page.getByRole('row', { name: 'Document Number: 15' }).count()).toBe(1);
    const recipients = await session.page.getByRole('listitem').allTextContents();
    expect(recipients.join('\n')).toContain('moyelaran@brandt-okoye.example');
    expect(recipients.join('\n')).toContain('tquill@quillnorris.example');
    expect(await notice.textContent()).not.toContain('Oyelaran');
    expect(await session.page.title()).not.toBe('1');
    await session.expectAccessible('Notice of Electronic Filing');
  });

  test('finishing shows a full, passing score', async () => {
    await session.finish(100);
  });
});
