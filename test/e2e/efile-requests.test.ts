import { beforeAll, describe, expect, test } from 'vitest';
import { AdmissionsDesk } from './poms/admissions';
import { scenarioSession } from './support/scenario-session';

/**
 * The requests whose seed 002 procedure chooses the court first (U.S.
 * Government Attorneys, Pro Hac Vice Attorneys, MDL Attorneys), each in
 * assess mode in a real Chromium against browser mode, word for word:
 * "8. Select U.S. District Courts as the Court Type and Missouri Western
 * District Court as the Court. Click Next. / 9. Select Federal Attorney /
 * 10. Complete the personal information on the E-File Registration screen
 * and click Next. / 11. … Click Next … to bypass this screen. / 12. Check the
 * two boxes for … / 13. Click Submit." Submit without the boxes is refused
 * once. (The other procedures have files of their own: admission-attorney-
 * district, efile-bankruptcy, efile-non-attorney.)
 */

interface CourtFirstRequest {
  scenario: string;
  /** The seed 002 section followed. */
  section: string;
  login: { username: string; password: string };
  /** Step 9: "Select …". */
  requestType: string;
  /** Step 10: the fields the step names besides the Role in Court and the box (only MDL's "be sure to complete the Additional Filer Information"). */
  additionalFilerInformation: Record<string, string>;
  /** Step 12: "Check the two boxes for … and …". */
  boxes: [string, string];
  transactionNumber: string;
  /** Business days the court takes. */
  processingDays: number;
}

const REQUESTS: CourtFirstRequest[] = [
  {
    scenario: 'admission-federal-attorney',
    section: 'U.S. Government Attorneys',
    login: { username: 'mdelacroix', password: 'Federal*Plaza22' },
    requestType: 'Federal Attorney',
    additionalFilerInformation: {},
    boxes: ['Attorney E-Filing Terms of Use', 'Acknowledgment of Policies'],
    transactionNumber: '61880',
    processingDays: 1,
  },
  {
    scenario: 'admission-pro-hac-vice',
    section: 'Pro Hac Vice Attorneys',
    login: { username: 'jbrennan', password: 'Lakeshore#Drive31' },
    requestType: 'Pro Hac Vice',
    additionalFilerInformation: {},
    boxes: ['Acknowledgment of E-filing Terms and Conditions', 'Court Policies and Procedures for Attorney Admissions'],
    transactionNumber: '70341',
    processingDays: 2,
  },
  {
    scenario: 'admission-mdl',
    section: 'MDL Attorneys',
    login: { username: 'sokafor', password: 'Riverfront$Park44' },
    requestType: 'Multi-District Litigation',
    additionalFilerInformation: { 'MDL Number': 'MDL No. 2843', 'Transferor Court': 'Eastern District of Louisiana' },
    boxes: ['Acknowledgment of E-filing Terms and Conditions', 'Court Policies and Procedures for Attorney Admissions'],
    transactionNumber: '80217',
    processingDays: 1,
  },
];

describe.each(REQUESTS)('$scenario in assess mode, following seed 002 "$section" word for word', (request) => {
  const session = scenarioSession();
  let desk: AdmissionsDesk;

  beforeAll(() => {
    desk = new AdmissionsDesk(session.page);
  });

  test('steps 1-7: log in to Manage My Account, Maintenance, Attorney Admissions/E-File Registration', async () => {
    await session.openScenario(request.scenario);
    await desk.logInToManageMyAccount(request.login.username, request.login.password);
    await desk.openMaintenanceLink('Attorney Admissions/E-File Registration');
    await expect.poll(() => desk.heading('Attorney Admissions / E-File Registration').isVisible()).toBe(true);
    await session.expectAccessible('court selection');
  });

  test('8. Select U.S. District Courts as the Court Type and Missouri Western District Court as the Court. Click Next.', async () => {
    await desk.selectCourt('U.S. District Courts', 'Missouri Western District Court');
    await desk.next();
    await expect.poll(() => desk.site.getByRole('radio', { name: request.requestType, exact: true }).isVisible()).toBe(true);
    const choices = await desk.site.getByRole('radio').evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent));
    expect(choices).toEqual(['Attorney Admissions and E-File', 'E-File Registration Only', 'Pro Hac Vice', 'Federal Attorney', 'Multi-District Litigation']);
  });

  test(`9. Select ${request.requestType}`, async () => {
    await desk.select(request.requestType);
    await expect.poll(() => desk.roleInCourt().isVisible()).toBe(true);
    await session.expectAccessible(`E-File Registration (${request.requestType})`);
  });

  test('10. Complete the personal information on the E-File Registration screen and click Next.', async () => {
    await desk.registerForEfiling('Attorney', request.additionalFilerInformation);
    await desk.next();
  });

  test('11. Set default Payment Information if desired (not required). Click Next … to bypass this screen.', async () => {
    await expect.poll(() => desk.heading('Payment Information').isVisible()).toBe(true);
    await desk.next();
  });

  test(`12. Check the two boxes for ${request.boxes[0]} and ${request.boxes[1]}. 13. Click Submit.`, async () => {
    await expect.poll(() => desk.heading('Acknowledgments').isVisible()).toBe(true);
    await desk.submit();
    await expect.poll(() => desk.sim.alert.textContent()).toBe('You must check every acknowledgment box before you click Submit.');
    await desk.acknowledge(request.boxes);
    await desk.submit();
    await expect.poll(() => desk.heading('Confirmation').isVisible()).toBe(true);
    expect(await desk.transactionNumber().textContent()).toContain(request.transactionNumber);
  });

  test('the court processes the request and e-mails its answer', async () => {
    await desk.letTimePass(request.processingDays);
    const mailbox = await desk.openMail(/request processed/);
    await expect.poll(() => mailbox.getByText('Attorney', { exact: true }).isVisible()).toBe(true);
    expect(await mailbox.getByText('Processed', { exact: true }).isVisible()).toBe(true);
    await session.page.keyboard.press('Escape');
  });

  test('finishing shows every objective met, less the skipped acknowledgment', async () => {
    await session.finish(95);
  });
});
