import { beforeAll, describe, expect, test } from 'vitest';
import { AdmissionsDesk } from './poms/admissions';
import { scenarioSession } from './support/scenario-session';

/**
 * efile-bankruptcy-attorney in assess mode, in a real Chromium against browser mode:
 * seed 002 "Register to E-File as a Bankruptcy Attorney" by the labels it names; this court decides at once.
 */

describe('efile-bankruptcy-attorney in assess mode, following seed 002 step by step', () => {
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
    await session.expectAccessible('court selection');
  });

  test('steps 8-9: U.S. Bankruptcy Courts, Missouri Western Bankruptcy Court, Next', async () => {
    await desk.selectCourt('U.S. Bankruptcy Courts', 'Missouri Western Bankruptcy Court');
    await desk.next();
    await expect.poll(() => desk.site.getByRole('group', { name: /What would you like to apply\/register for\?/ }).isVisible()).toBe(true);
  });

  test('step 10: select E-File Registration Only', async () => {
    await desk.chooseRequestType('E-File Registration Only');
    await expect.poll(() => desk.heading('E-File Registration').isVisible()).toBe(true);
    await session.expectAccessible('E-File Registration (E-File Registration Only)');
  });

  test('steps 11-14: the PACER information, Role in Court Attorney, the box, Next', async () => {
    await desk.registerForEfiling('Attorney');
    await desk.next();
  });

  test('step 15: payment defaults are optional: Next', async () => {
    await expect.poll(() => desk.heading('Payment Information').isVisible()).toBe(true);
    await desk.next();
  });

  test('steps 16-17: the two boxes, Submit, the confirmation', async () => {
    await expect.poll(() => desk.heading('Acknowledgments').isVisible()).toBe(true);
    await desk.submit();
    await expect.poll(() => desk.sim.alert.textContent()).toBe('You must check every acknowledgment box before you click Submit.');
    await desk.acknowledge(['Attorney E-Filing Terms of Use', 'Acknowledgment of Policies and Procedures']);
    await desk.submit();
    await expect.poll(() => desk.heading('Confirmation').isVisible()).toBe(true);
    expect(await desk.transactionNumber().textContent()).toContain('90412');
  });

  test("the court processes the request and e-mails its answer", async () => {
    const mailbox = await desk.openMail(/request processed/);
    await expect.poll(() => mailbox.getByText('Attorney', { exact: true }).isVisible()).toBe(true);
    expect(await mailbox.getByText('Processed', { exact: true }).isVisible()).toBe(true);
    await session.page.keyboard.press('Escape');
  });

  test('finishing shows every objective met, less the skipped acknowledgment', async () => {
    await session.finish(95);
  });
});
