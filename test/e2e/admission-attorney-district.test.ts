import { beforeAll, describe, expect, test } from 'vitest';
import { AdmissionsDesk } from './poms/admissions';
import { ResultsPage } from './poms/results';
import { scenarioSession } from './support/scenario-session';

/**
 * admission-attorney-district in assess mode, in a real Chromium against
 * browser mode: seed 002 "Attorney Bar Registration" step by step, by the
 * labels it names, with the bad input a trainee can give on each screen.
 * axe checks every admissions screen.
 */

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

describe('admission-attorney-district in assess mode, following seed 002 step by step', () => {
  const session = scenarioSession();
  let desk: AdmissionsDesk;

  beforeAll(() => {
    desk = new AdmissionsDesk(session.page);
  });

  test('steps 1-7: log in to Manage My Account, Maintenance, Attorney Admissions/E-File Registration', async () => {
    await session.openScenario('admission-attorney-district');
    // Typed before logging in, the registration asks for the Manage My Account login.
    await desk.sim.goTo('pacer.psc.uscourts.gov/pscof/manage/efile/attorney.jsf');
    await expect.poll(() => desk.site.getByText('You must be logged in to Manage My Account').isVisible()).toBe(true);
    await session.expectAccessible('log in first');
    await desk.logInToManageMyAccount('aferreira', 'Union*Station19');
    await desk.openMaintenanceLink('Attorney Admissions/E-File Registration');
    await expect.poll(() => desk.heading('Attorney Admissions / E-File Registration').isVisible()).toBe(true);
    await session.expectAccessible('court selection');
  });

  test('steps 8-9: Next without a court is refused; Attorney Admissions and E-File, U.S. District Courts, Missouri Western District Court, Next', async () => {
    await desk.next();
    await expect.poll(() => desk.sim.alert.textContent()).toBe('Court Type is required.');
    // 8. Select Attorney Admissions and E-File
    await desk.select('Attorney Admissions and E-File');
    // 9. Select U.S. District Courts as the Court Type and Missouri Western District Court as the Court. Click Next
    await desk.selectCourt('U.S. District Courts', 'Missouri Western District Court');
    await desk.next();
  });

  test('step 10, Attorney Bar Information: check the boxes and +Add each bar', async () => {
    // 10. Complete all five sections of the required registration information
    await expect.poll(() => desk.heading('Attorney Admissions').isVisible()).toBe(true);
    await session.expectAccessible('admission sections');
    await desk.next();
    await expect.poll(() => desk.sim.alert.textContent()).toContain('check one or both boxes');
    await desk.addBar('State', 'Missouri', '68421');
    await desk.addBar('Federal', 'U.S. District Court, District of Kansas', 'KS-27719');
    expect(await desk.site.getByRole('button', { name: /^Remove / }).count()).toBe(2);
  });

  test('Sponsoring Attorney and Attorney Information; hostile text stays text', async () => {
    await desk.fillSponsor({ name: HOSTILE, barNumber: '41207', jurisdiction: 'Missouri', email: 'hokonkwo@okonkwo-law.example' });
    await desk.fillAttorneyInformation('816-555-0142');
    await desk.answerQuestions([
      [/good standing/, 'Yes'],
      [/disbarred/, 'No'],
      [/Local Rules/, 'Yes'],
    ]);
    await desk.next();
    await expect.poll(() => desk.sim.alert.textContent()).toContain('Document Upload');
    // What was typed survived the refused post, as text.
    expect(await desk.site.getByLabel('Sponsor Name').inputValue()).toBe(HOSTILE);
    expect(await session.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await desk.site.getByLabel('Sponsor Name').fill('Harold J. Okonkwo');
  });

  test('Document Upload: a file that is not a PDF is refused; the combined PDF is attached', async () => {
    await desk.upload('certificates.docx', Buffer.from('PK\u0003\u0004 not a pdf'));
    await expect.poll(() => desk.sim.alert.textContent()).toContain('the file is not a PDF');
    await desk.upload('renamed.pdf', Buffer.from('GIF89a, not a pdf either'));
    await expect.poll(() => desk.sim.alert.textContent()).toContain('the file is not a PDF');
    await desk.upload('certificates-combined.pdf', PDF);
    await expect.poll(() => desk.attached('certificates-combined.pdf').isVisible()).toBe(true);
    await session.expectAccessible('admission sections with a document');
  });

  test('Additional Attorney Information answered, Next; E-File Registration needs the acknowledgment box', async () => {
    // Additional Attorney Information Required by Court: 1. Answer all questions and click Next.
    await desk.next();
    await expect.poll(() => desk.heading('E-File Registration').isVisible()).toBe(true);
    expect(await desk.site.getByText('5520318').isVisible()).toBe(true);
    await session.expectAccessible('E-File Registration');
    await desk.site.getByLabel('Role in Court').selectOption('Attorney');
    await desk.next();
    await expect.poll(() => desk.sim.alert.textContent()).toContain('acknowledging that you are submitting the e-file registration');
    // 1. Complete the personal information on the E-File Registration screen and click Next.
    await desk.registerForEfiling('Attorney');
    await desk.next();
  });

  test('2. Set default Payment Information if desired (not required). Click Next to bypass this screen', async () => {
    await expect.poll(() => desk.heading('Payment Information').isVisible()).toBe(true);
    await session.expectAccessible('payment defaults');
    await desk.next();
  });

  test('the acknowledgments: all three boxes, Submit, the Confirmation Page; a second Submit cannot file twice', async () => {
    await expect.poll(() => desk.heading('Acknowledgments').isVisible()).toBe(true);
    await session.expectAccessible('acknowledgments');
    await desk.acknowledge(['Acknowledgment of Policies and Procedures for Attorney Admissions']);
    await desk.submit();
    await expect.poll(() => desk.sim.alert.textContent()).toBe('You must check every acknowledgment box before you click Submit.');
    // 3. Check the Acknowledgment of Policies and Procedures for Attorney Admissions box and the two Attorney E-Filing Terms of Use acknowledgment boxes.
    await desk.acknowledge(['Acknowledgment of Policies and Procedures for Attorney Admissions', 'Attorney E-Filing Terms of Use']);
    expect(await desk.site.getByRole('group', { name: 'Attorney E-Filing Terms of Use', exact: true }).getByRole('checkbox').count()).toBe(2);
    // 4. Click Submit.
    await desk.submit();
    await expect.poll(() => desk.heading('Confirmation').isVisible()).toBe(true);
    expect(await desk.transactionNumber().textContent()).toContain('52017');
    expect(await desk.site.getByRole('button', { name: 'Submit' }).count()).toBe(0);
    await session.expectAccessible('confirmation');
  });

  test("the court's e-mail: approved, fee due, with the link to pay online", async () => {
    await desk.letTimePass(2);
    const mailbox = await desk.openMail(/fee due/);
    await expect.poll(() => mailbox.getByText('Approved - Fee Due').isVisible()).toBe(true);
    await mailbox.getByRole('button', { name: 'Pay Admission Fee' }).click();
    await expect.poll(() => desk.heading('Pay Admission Fee').isVisible()).toBe(true);
    await session.expectAccessible('fee payment');
  });

  test('the fee: a mistyped card is refused, then paid; the receipt', async () => {
    await desk.site.getByLabel('Card Number').fill('4111 1111 1111 1112');
    await desk.site.getByLabel('Expiration Month').selectOption('12');
    await desk.site.getByLabel('Expiration Year').selectOption('2021');
    await desk.site.getByRole('checkbox', { name: /I authorize a charge/ }).check();
    await desk.submit();
    await expect.poll(() => desk.sim.alert.textContent()).toBe('Enter a valid Card Number.');
    await desk.site.getByLabel('Card Number').fill('4111 1111 1111 1111');
    await desk.site.getByRole('checkbox', { name: /I authorize a charge/ }).check();
    await desk.submit();
    await expect.poll(() => desk.heading('Payment Receipt').isVisible()).toBe(true);
    expect(await desk.site.getByText('ADM-52017').isVisible()).toBe(true);
    await session.expectAccessible('fee receipt');
  });

  test('finishing scores the attempt and lists the mistakes made on the way', async () => {
    await session.page.getByRole('button', { name: 'Finish' }).click();
    const results = new ResultsPage(session.page);
    await expect.poll(() => results.scoreCard.isVisible()).toBe(true);
    // Two files that were not PDFs, and two acknowledgments skipped: each mistake is listed.
    expect(await results.mistake('The admission certificates were not uploaded as a PDF').count()).toBe(2);
    expect(await results.mistake('A required acknowledgment was not checked').count()).toBe(2);
  });
});
