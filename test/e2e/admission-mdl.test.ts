import { beforeAll, describe, expect, test } from 'vitest';
import { AdmissionsDesk } from './poms/admissions';
import { scenarioSession } from './support/scenario-session';

/**
 * admission-mdl in assess mode, in a real Chromium against browser mode:
 * seed 002 "MDL Attorneys" by the labels it names, with the Additional Filer Information.
 */

describe('admission-mdl in assess mode, following seed 002 step by step', () => {
  const session = scenarioSession();
  let desk: AdmissionsDesk;

  beforeAll(() => {
    desk = new AdmissionsDesk(session.page);
  });

  test('steps 1-7: log in to Manage My Account, Maintenance, Attorney Admissions/E-File Registration', async () => {
    await session.openScenario('admission-mdl');
    await desk.logInToManageMyAccount('sokafor', 'Riverfront$Park44');
    await desk.openMaintenanceLink('Attorney Admissions/E-File Registration');
    await expect.poll(() => desk.heading('Attorney Admissions / E-File Registration').isVisible()).toBe(true);
    await session.expectAccessible('court selection');
  });

  test('step 8: U.S. District Courts, Missouri Western District Court, Next', async () => {
    await desk.selectCourt('U.S. District Courts', 'Missouri Western District Court');
    await desk.next();
    await expect.poll(() => desk.site.getByRole('group', { name: /What would you like to apply\/register for\?/ }).isVisible()).toBe(true);
  });

  test('step 9: select Multi-District Litigation', async () => {
    await desk.chooseRequestType('Multi-District Litigation');
    await expect.poll(() => desk.heading('E-File Registration').isVisible()).toBe(true);
    await session.expectAccessible('E-File Registration (Multi-District Litigation)');
  });

  test('step 10: E-File Registration with the Additional Filer Information, Next', async () => {
    await desk.registerForEfiling('Attorney', { 'MDL Number': 'MDL No. 2843', 'Transferor Court': 'Eastern District of Louisiana' });
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
    expect(await desk.transactionNumber().textContent()).toContain('80217');
  });

  test("the court processes the request and e-mails its answer", async () => {
    await desk.letTimePass(1);
    const mailbox = await desk.openMail(/request processed/);
    await expect.poll(() => mailbox.getByText('Attorney', { exact: true }).isVisible()).toBe(true);
    expect(await mailbox.getByText('Processed', { exact: true }).isVisible()).toBe(true);
    await session.page.keyboard.press('Escape');
  });

  test('finishing shows every objective met, less the skipped acknowledgment', async () => {
    await session.finish(95);
  });
});
