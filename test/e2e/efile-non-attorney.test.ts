import { beforeAll, describe, expect, test } from 'vitest';
import { AdmissionsDesk } from './poms/admissions';
import { scenarioSession } from './support/scenario-session';

/**
 * efile-non-attorney in assess mode, in a real Chromium against browser mode:
 * seed 002 "Non-Attorney Filers" by the labels it names: a filing agent registers as a non-attorney.
 */

describe('efile-non-attorney in assess mode, following seed 002 step by step', () => {
  const session = scenarioSession();
  let desk: AdmissionsDesk;

  beforeAll(() => {
    desk = new AdmissionsDesk(session.page);
  });

  test('steps 1-7: log in to Manage My Account, Maintenance, Non-Attorney E-File Registration', async () => {
    await session.openScenario('efile-non-attorney');
    await desk.logInToManageMyAccount('dkowalski', 'Westport!Lane36');
    await desk.openMaintenanceLink('Non-Attorney E-File Registration');
    await expect.poll(() => desk.heading('Non-Attorney E-File Registration').isVisible()).toBe(true);
    await session.expectAccessible('non-attorney registration');
  });

  test('step 6: the court and the E-File Registration section on one screen; Role in Court Filing Agent, Next', async () => {
    await desk.selectCourt('U.S. District Courts', 'Missouri Western District Court');
    const roles = await desk.site.getByLabel('Role in Court').locator('option').allTextContents();
    expect(roles).toContain('Filing Agent');
    expect(roles).not.toContain('Attorney');
    await desk.registerForEfiling('Filing Agent');
    await desk.next();
  });

  test('step 7: payment defaults are optional: Next', async () => {
    await expect.poll(() => desk.heading('Payment Information').isVisible()).toBe(true);
    await desk.next();
  });

  test('steps 8-9: the two Non-Attorney E-Filing Terms and Conditions boxes, Submit', async () => {
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
