import { beforeAll, describe, expect, test } from 'vitest';
import { AdmissionsDesk } from './poms/admissions';
import { scenarioSession } from './support/scenario-session';

/**
 * The e-file requests that follow one path through Manage My Account ▸
 * Maintenance ▸ Attorney Admissions/E-File Registration, each in assess mode
 * in a real Chromium against browser mode, by the labels seed 002 names:
 * court, request type, E-File Registration, payment defaults, the two
 * acknowledgments (Submit without them is refused once), the confirmation,
 * the court's e-mail. Each differs only in its data and step numbers.
 * (admission-attorney-district and efile-non-attorney have paths of their own.)
 */

interface EfileRequest {
  scenario: string;
  /** The seed 002 section followed. */
  section: string;
  login: { username: string; password: string };
  court: { type: string; name: string; steps: string };
  requestType: { label: string; title: string };
  registration: { title: string; role: string; details?: Record<string, string> };
  steps: { payment: string; acknowledgments: string };
  transactionNumber: string;
  /** Business days the court takes; 0: it decides at once. */
  processingDays: number;
}

const DISTRICT = { type: 'U.S. District Courts', name: 'Missouri Western District Court', steps: 'step 8' };
const BANKRUPTCY = { type: 'U.S. Bankruptcy Courts', name: 'Missouri Western Bankruptcy Court' };

const REQUESTS: EfileRequest[] = [
  {
    scenario: 'admission-federal-attorney',
    section: 'U.S. Government Attorneys',
    login: { username: 'mdelacroix', password: 'Federal*Plaza22' },
    court: DISTRICT,
    requestType: { label: 'Federal Attorney', title: 'step 9: select Federal Attorney' },
    registration: {
      title: 'step 10: the E-File Registration screen, Federal Agency, Next',
      role: 'Attorney',
      details: { 'Federal Agency': "U.S. Attorney's Office, Western District of Missouri" },
    },
    steps: { payment: 'step 11', acknowledgments: 'steps 12-13' },
    transactionNumber: '61880',
    processingDays: 1,
  },
  {
    scenario: 'admission-pro-hac-vice',
    section: 'Pro Hac Vice',
    login: { username: 'jbrennan', password: 'Lakeshore#Drive31' },
    court: DISTRICT,
    requestType: { label: 'Pro Hac Vice', title: 'step 9: select Pro Hac Vice' },
    registration: {
      title: 'step 10: the E-File Registration screen, the case number, Next',
      role: 'Attorney',
      details: { 'Case Number': '4:19-cv-00412' },
    },
    steps: { payment: 'step 11', acknowledgments: 'steps 12-13' },
    transactionNumber: '70341',
    processingDays: 2,
  },
  {
    scenario: 'admission-mdl',
    section: 'MDL Attorneys, with the Additional Filer Information',
    login: { username: 'sokafor', password: 'Riverfront$Park44' },
    court: DISTRICT,
    requestType: { label: 'Multi-District Litigation', title: 'step 9: select Multi-District Litigation' },
    registration: {
      title: 'step 10: E-File Registration with the Additional Filer Information, Next',
      role: 'Attorney',
      details: { 'MDL Number': 'MDL No. 2843', 'Transferor Court': 'Eastern District of Louisiana' },
    },
    steps: { payment: 'step 11', acknowledgments: 'steps 12-13' },
    transactionNumber: '80217',
    processingDays: 1,
  },
  {
    scenario: 'efile-bankruptcy-attorney',
    section: 'Register to E-File as a Bankruptcy Attorney; this court decides at once',
    login: { username: 'lnguyen', password: 'Plaza*Lights27' },
    court: { ...BANKRUPTCY, steps: 'steps 8-9' },
    requestType: { label: 'E-File Registration Only', title: 'step 10: select E-File Registration Only' },
    registration: { title: 'steps 11-14: the PACER information, Role in Court Attorney, the box, Next', role: 'Attorney' },
    steps: { payment: 'step 15', acknowledgments: 'steps 16-17' },
    transactionNumber: '90412',
    processingDays: 0,
  },
  {
    scenario: 'efile-limited-filer',
    section: 'Register to E-File as a Limited Filer',
    login: { username: 'rmcallister', password: 'Harvest^Moon58' },
    court: { ...BANKRUPTCY, steps: 'step 8' },
    requestType: { label: 'E-File Registration Only', title: 'the court offers E-File Registration Only: Next' },
    registration: { title: 'steps 9-11: Role in Court Limited Filer - Creditor, the box, Next', role: 'Limited Filer - Creditor' },
    steps: { payment: 'step 12', acknowledgments: 'steps 13-14' },
    transactionNumber: '91377',
    processingDays: 1,
  },
];

describe.each(REQUESTS)('$scenario in assess mode, following seed 002 "$section" step by step', (request) => {
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

  test(`${request.court.steps}: ${request.court.type}, ${request.court.name}, Next`, async () => {
    await desk.selectCourt(request.court.type, request.court.name);
    await desk.next();
    await expect.poll(() => desk.site.getByRole('group', { name: /What would you like to apply\/register for\?/ }).isVisible()).toBe(true);
  });

  test(request.requestType.title, async () => {
    await desk.chooseRequestType(request.requestType.label);
    await expect.poll(() => desk.heading('E-File Registration').isVisible()).toBe(true);
    await session.expectAccessible(`E-File Registration (${request.requestType.label})`);
  });

  test(request.registration.title, async () => {
    await desk.registerForEfiling(request.registration.role, request.registration.details);
    await desk.next();
  });

  test(`${request.steps.payment}: payment defaults are optional: Next`, async () => {
    await expect.poll(() => desk.heading('Payment Information').isVisible()).toBe(true);
    await desk.next();
  });

  test(`${request.steps.acknowledgments}: the two boxes, Submit, the confirmation`, async () => {
    await expect.poll(() => desk.heading('Acknowledgments').isVisible()).toBe(true);
    await desk.submit();
    await expect.poll(() => desk.sim.alert.textContent()).toBe('You must check every acknowledgment box before you click Submit.');
    await desk.acknowledge(['Attorney E-Filing Terms of Use', 'Acknowledgment of Policies and Procedures']);
    await desk.submit();
    await expect.poll(() => desk.heading('Confirmation').isVisible()).toBe(true);
    expect(await desk.transactionNumber().textContent()).toContain(request.transactionNumber);
  });

  test('the court processes the request and e-mails its answer', async () => {
    if (request.processingDays > 0) await desk.letTimePass(request.processingDays);
    const mailbox = await desk.openMail(/request processed/);
    await expect.poll(() => mailbox.getByText(request.registration.role, { exact: true }).isVisible()).toBe(true);
    expect(await mailbox.getByText('Processed', { exact: true }).isVisible()).toBe(true);
    await session.page.keyboard.press('Escape');
  });

  test('finishing shows every objective met, less the skipped acknowledgment', async () => {
    await session.finish(95);
  });
});
