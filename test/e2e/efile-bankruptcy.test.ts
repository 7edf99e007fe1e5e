import { beforeAll, describe, expect, test } from 'vitest';
import { AdmissionsDesk } from './poms/admissions';
import { scenarioSession } from './support/scenario-session';

/**
 * Seed 002's two bankruptcy procedures in assess mode, in a real Chromium
 * against browser mode, word for word. They disagree on order: "Register to
 * E-File as a Bankruptcy Attorney" selects Attorney Admissions and E-File
 * before the court and E-File Registration Only after it; "Register to
 * E-File as a Limited Filer" goes from the court's Next straight to the Role
 * in Court. Both work.
 */

describe('efile-bankruptcy-attorney in assess mode, following seed 002 "Register to E-File as a Bankruptcy Attorney" word for word', () => {
  const session = scenarioSession();
  let desk: AdmissionsDesk;

  beforeAll(() => {
    desk = new AdmissionsDesk(session.page);
  });

  test('steps 1-7: log in to Manage My Account, Maintenance, Attorney Admissions/E-File Registration', async () => {
    await session.openScenario('efile-bankruptcy-attorney');
    await desk.logInToManageMyAccount('lnguyen', 'Plaza*Lights27');
    await desk.openMaintenanceLink('Attorney Admissions/E-File Registration');
    await expect.poll(() => desk.heading('Attorney Admissions / E-File Registration').isVisible()).toBe(true);
  });

  test('8. Select Attorney Admissions and E-File', async () => {
    await desk.select('Attorney Admissions and E-File');
  });

  test("9. Select U.S. Bankruptcy Courts as the Court Type and the district's bankruptcy court as the Court. Click Next", async () => {
    await desk.selectCourt('U.S. Bankruptcy Courts', 'Missouri Western Bankruptcy Court');
    await desk.next();
    await expect.poll(() => desk.site.getByRole('radio', { name: 'E-File Registration Only', exact: true }).isVisible()).toBe(true);
    // The bankruptcy court does not admit attorneys: it offers the one kind of request.
    const choices = desk.site.getByRole('group', { name: /What would you like to apply\/register for\?/ }).getByRole('radio');
    expect(await choices.count()).toBe(1);
  });

  test('10. Select E-File Registration Only. 11. The information from your registered PACER account will display.', async () => {
    await desk.select('E-File Registration Only');
    await expect.poll(() => desk.pacerInformation().isVisible()).toBe(true);
    expect(await desk.site.getByText('Linh T. Nguyen').count()).toBeGreaterThan(0);
    await session.expectAccessible('E-File Registration Only at the bankruptcy court');
  });

  test('12. From the Role in Court drop down list, select Attorney. 13. Check the box … 14. Complete all other required fields and click Next.', async () => {
    await desk.registerForEfiling('Attorney');
    await desk.next();
  });

  test('15. Set default Payment Information if desired (not required). Click Next … to bypass this screen.', async () => {
    await expect.poll(() => desk.heading('Payment Information').isVisible()).toBe(true);
    await desk.next();
  });

  test('16. Check the two boxes for Attorney E-Filing Terms of Use and Acknowledgment of Policies. 17. Click Submit.', async () => {
    await expect.poll(() => desk.heading('Acknowledgments').isVisible()).toBe(true);
    await desk.acknowledge(['Attorney E-Filing Terms of Use', 'Acknowledgment of Policies']);
    await desk.submit();
    await expect.poll(() => desk.heading('Confirmation').isVisible()).toBe(true);
    expect(await desk.transactionNumber().textContent()).toContain('90412');
  });

  test('the court decides at once and e-mails its answer', async () => {
    const mailbox = await desk.openMail(/request processed/);
    await expect.poll(() => mailbox.getByText('Attorney', { exact: true }).isVisible()).toBe(true);
    await session.page.keyboard.press('Escape');
  });

  test('finishing: every objective met, no mistake', async () => {
    await session.finish(100);
  });
});

describe('efile-limited-filer in assess mode, following seed 002 "Register to E-File as a Limited Filer" word for word', () => {
  const session = scenarioSession();
  let desk: AdmissionsDesk;

  beforeAll(() => {
    desk = new AdmissionsDesk(session.page);
  });

  test('steps 1-7: log in to Manage My Account, Maintenance, Attorney Admissions/E-File Registration', async () => {
    await session.openScenario('efile-limited-filer');
    await desk.logInToManageMyAccount('rmcallister', 'Harvest^Moon58');
    await desk.openMaintenanceLink('Attorney Admissions/E-File Registration');
    await expect.poll(() => desk.heading('Attorney Admissions / E-File Registration').isVisible()).toBe(true);
  });

  test('8. Select U.S. Bankruptcy Courts as the Court Type and the bankruptcy court as the Court. Click Next', async () => {
    await desk.selectCourt('U.S. Bankruptcy Courts', 'Missouri Western Bankruptcy Court');
    await desk.next();
  });

  test('9. From the Role in Court drop down list, select appropriate filing role. 10. Check the box … 11. Complete all other required fields and click Next.', async () => {
    await expect.poll(() => desk.roleInCourt().isVisible()).toBe(true);
    expect(await desk.site.getByRole('radio', { name: 'E-File Registration Only', exact: true }).isChecked()).toBe(true);
    await session.expectAccessible('limited filer: Role in Court after the court');
    await desk.registerForEfiling('Limited Filer - Creditor');
    await desk.next();
  });

  test('12. Set default Payment Information if desired (not required). Click Next … to bypass this screen.', async () => {
    await expect.poll(() => desk.heading('Payment Information').isVisible()).toBe(true);
    await desk.next();
  });

  test('13. Check the two boxes for Attorney E-Filing Terms of Use and Acknowledgment of Policies. 14. Click Submit.', async () => {
    await expect.poll(() => desk.heading('Acknowledgments').isVisible()).toBe(true);
    await desk.submit();
    await expect.poll(() => desk.sim.alert.textContent()).toBe('You must check every acknowledgment box before you click Submit.');
    await desk.acknowledge(['Attorney E-Filing Terms of Use', 'Acknowledgment of Policies']);
    await desk.submit();
    await expect.poll(() => desk.heading('Confirmation').isVisible()).toBe(true);
    expect(await desk.transactionNumber().textContent()).toContain('91377');
  });

  test('the court processes the request and e-mails its answer', async () => {
    await desk.letTimePass(1);
    const mailbox = await desk.openMail(/request processed/);
    await expect.poll(() => mailbox.getByText('Limited Filer - Creditor', { exact: true }).isVisible()).toBe(true);
    await session.page.keyboard.press('Escape');
  });

  test('finishing shows every objective met, less the skipped acknowledgment', async () => {
    await session.finish(95);
  });
});
