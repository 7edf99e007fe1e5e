import { beforeAll, describe, expect, test } from 'vitest';
import { AdmissionsDesk } from './poms/admissions';
import { scenarioSession } from './support/scenario-session';

/**
 * efile-limited-filer in assess mode, in a real Chromium against browser mode:
 * seed 002 "Register to E-File as a Limited Filer" by the labels it names.
 */

describe('efile-limited-filer in assess mode, following seed 002 step by step', () => {
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
    await session.expectAccessible('court selection');
  });

  test('step 8: U.S. Bankruptcy Courts, Missouri Western Bankruptcy Court, Next', async () => {
    await desk.selectCourt('U.S. Bankruptcy Courts', 'Missouri Western Bankruptcy Court');
    await desk.next();
    await expect.poll(() => desk.site.getByRole('group', { name: /What would you like to apply\/register for\?/ }).isVisible()).toBe(true);
  });

  test('the court offers E-File Registration Only: Next', async () => {
    await desk.chooseRequestType('E-File Registration Only');
    await expect.poll(() => desk.heading('E-File Registration').isVisible()).toBe(true);
    await session.expectAccessible('E-File Registration (E-File Registration Only)');
  });

  test('steps 9-11: Role in Court Limited Filer - Creditor, the box, Next', async () => {
    await desk.registerForEfiling('Limited Filer - Creditor');
    await desk.next();
  });

  test('step 12: payment defaults are optional: Next', async () => {
    await expect.poll(() => desk.heading('Payment Information').isVisible()).toBe(true);
    await desk.next();
  });

  test('steps 13-14: the two boxes, Submit, the confirmation', async () => {
    await expect.poll(() => desk.heading('Acknowledgments').isVisible()).toBe(true);
    await desk.submit();
    await expect.poll(() => desk.sim.alert.textContent()).toBe('You must check every acknowledgment box before you click Submit.');
    await desk.acknowledge(['Attorney E-Filing Terms of Use', 'Acknowledgment of Policies and Procedures']);
    await desk.submit();
    await expect.poll(() => desk.heading('Confirmation').isVisible()).toBe(true);
    expect(await desk.transactionNumber().textContent()).toContain('91377');
  });

  test("the court processes the request and e-mails its answer", async () => {
    await desk.letTimePass(1);
    const mailbox = await desk.openMail(/request processed/);
    await expect.poll(() => mailbox.getByText('Limited Filer - Creditor', { exact: true }).isVisible()).toBe(true);
    expect(await mailbox.getByText('Processed', { exact: true }).isVisible()).toBe(true);
    await session.page.keyboard.press('Escape');
  });

  test('finishing shows every objective met, less the skipped acknowledgment', async () => {
    await session.finish(95);
  });
});
