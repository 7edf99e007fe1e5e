import { beforeAll, describe, expect, test } from 'vitest';
import { AdmissionsDesk } from './poms/admissions';
import { scenarioSession } from './support/scenario-session';

/**
 * efile-non-attorney in assess mode, in a real Chromium against browser mode:
 * seed 002 "Non-Attorney Filers" word for word: a filing agent registers as a non-attorney.
 */

describe('efile-non-attorney in assess mode, following seed 002 step by step', () => {
  const session = scenarioSession();
  let desk: AdmissionsDesk;

  beforeAll(() => {
    desk = new AdmissionsDesk(session.page);
  });

  test('1. Navigate to www.pacer.gov 2. Click Manage My Account at the very top of the page 3. Login 4. Click on the Maintenance tab', async () => {
    await session.openScenario('efile-non-attorney');
    await desk.logInFromTopOfPage('dkowalski', 'Westport!Lane36');
    await desk.site.getByRole('tab', { name: 'Maintenance' }).click();
  });

  test('5. Select Non-Attorney Admission/E-File Registration (PACER’s FAQ: "Non-Attorney Admissions E-File Registration")', async () => {
    const byProcedure = desk.site.getByRole('link', { name: 'Non-Attorney Admission/E-File Registration', exact: true });
    const byFaq = desk.site.getByTitle('Non-Attorney Admissions E-File Registration', { exact: true });
    await expect.poll(() => byProcedure.isVisible()).toBe(true);
    expect(await byFaq.getAttribute('href')).toBe(await byProcedure.getAttribute('href'));
    await byProcedure.click();
    await expect.poll(() => desk.heading('Non-Attorney E-File Registration').isVisible()).toBe(true);
    await session.expectAccessible('non-attorney registration');
  });

  test('6. Complete all sections of the E-File Registration section and click Next. Select U.S. District Courts as the Court Type and Western District of Missouri as the Court.', async () => {
    await desk.selectCourt('U.S. District Courts', 'Western District of Missouri');
    const roles = await desk.roleInCourt().locator('option').allTextContents();
    expect(roles).toContain('Filing Agent');
    expect(roles).not.toContain('Attorney');
    await desk.registerForEfiling('Filing Agent');
    await desk.next();
  });

  test('7. Set default payment information if desired (not required). Click Next … to bypass this screen.', async () => {
    await expect.poll(() => desk.heading('Payment Information').isVisible()).toBe(true);
    await desk.next();
  });

  test('8. Check the two Non-Attorney E-Filing Terms and Conditions acknowledgment boxes. 9. Click Submit.', async () => {
    await expect.poll(() => desk.heading('Acknowledgments').isVisible()).toBe(true);
    await desk.submit();
    await expect.poll(() => desk.sim.alert.textContent()).toBe('You must check every acknowledgment box before you click Submit.');
    await desk.acknowledge(['Non-Attorney E-Filing Terms and Conditions']);
    await desk.submit();
    await expect.poll(() => desk.heading('Confirmation').isVisible()).toBe(true);
    expect(await desk.transactionNumber().textContent()).toContain('45120');
  });

  test("the court processes the request and e-mails its answer", async () => {
    await desk.letTimePass(1);
    const mailbox = await desk.openMail(/request processed/);
    await expect.poll(() => mailbox.getByText('Filing Agent', { exact: true }).isVisible()).toBe(true);
    expect(await mailbox.getByText('Processed', { exact: true }).isVisible()).toBe(true);
    await session.page.keyboard.press('Escape');
  });

  test('finishing shows every objective met, less the skipped acknowledgment', async () => {
    await session.finish(95);
  });
});
