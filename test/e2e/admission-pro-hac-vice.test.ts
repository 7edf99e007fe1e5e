import { beforeAll, describe, expect, test } from 'vitest';
import { AdmissionsDesk } from './poms/admissions';
import { scenarioSession } from './support/scenario-session';

/**
 * admission-pro-hac-vice in assess mode, in a real Chromium against browser mode:
 * seed 002 "Pro Hac Vice Attorneys" by the labels it names.
 */

describe('admission-pro-hac-vice in assess mode, following seed 002 step by step', () => {
  const session = scenarioSession();
  let desk: AdmissionsDesk;

  beforeAll(() => {
    desk = new AdmissionsDesk(session.page);
  });

  test('steps 1-7: log in to Manage My Account, Maintenance, Attorney Admissions/E-File Registration', async () => {
    await session.openScenario('admission-pro-hac-vice');
    await desk.logInToManageMyAccount('jbrennan', 'Lakeshore#Drive31');
    await desk.openMaintenanceLink('Attorney Admissions/E-File Registration');
    await expect.poll(() => desk.heading('Attorney Admissions / E-File Registration').isVisible()).toBe(true);
    await session.expectAccessible('court selection');
  });

  test('step 8: U.S. District Courts, Missouri Western District Court, Next', async () => {
    await desk.selectCourt('U.S. District Courts', 'Missouri Western District Court');
    await desk.next();
    await expect.poll(() => desk.site.getByRole('group', { name: /What would you like to apply\/register for\?/ }).isVisible()).toBe(true);
  });

  test('step 9: select Pro Hac Vice', async () => {
    await desk.chooseRequestType('Pro Hac Vice');
    await expect.poll(() => desk.heading('E-File Registration').isVisible()).toBe(true);
    await session.expectAccessible('E-File Registration (Pro Hac Vice)');
  });

  test('step 10: the E-File Registration screen, the case number, Next', async () => {
    await desk.registerForEfiling('Attorney', { 'Case Number': '4:19-cv-00412' });
    await desk.next();
  });

  test('step 11: payment defaults are optional: Next', async () => {
    await expect.poll(() => desk.heading('Payment Information').isVisible()).toBe(true);
    await desk.next();
  });

  test('steps 12-13: the two boxes, Submit, the confirmation', async () => {
    await expect.poll(() => desk.heading('Acknowledgments').isVisible()).toBe(true);
    await desk.submit();
    await expect.poll(() => desk.sim.alert.textContent()).toBe('You must check every acknowledgment box before you click Submit.');
    await desk.acknowledge(['Attorney E-Filing Terms of Use', 'Acknowledgment of Policies and Procedures']);
    await desk.submit();
    await expect.poll(() => desk.heading('Confirmation').isVisible()).toBe(true);
    expect(await desk.transactionNumber().textContent()).toContain('70341');
  });

  test("the court processes the request and e-mails its answer", async () => {
    await desk.letTimePass(2);
    const mailbox = await desk.openMail(/request processed/);
    await expect.poll(() => mailbox.getByText('Attorney', { exact: true }).isVisible()).toBe(true);
    expect(await mailbox.getByText('Processed', { exact: true }).isVisible()).toBe(true);
    await session.page.keyboard.press('Escape');
  });

  test('finishing shows every objective met, less the skipped acknowledgment', async () => {
    await session.finish(95);
  });
});
