import { z } from 'zod';
import { CLOCK_PATTERN } from '../model/clock';
import { fieldNameSchema, formSubmissionSchema, MENU_NAMES } from '../model/events';
import { MISTAKE_CODES } from '../model/mistakes';
import { CHECKS, type ObjectiveCheck, type ObjectiveCheckInput } from './checks';
import { EFILE_REQUEST_TYPES } from '../model/pacer/admissions/state';

/**
 * The declarative scenario: data only, no code. Every field is a plain
 * value a form can edit (text, number, choice, list of rows), so the
 * authoring screens can write it and the schema can check it.
 */

const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);
const paragraph = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. cmecf-link-bankruptcy')
  .max(64, 'must be at most 64 characters');
/** Whether "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm:ss" names a real moment (no 30 February, no hour 24) in 1900-2199. */
function isRealDateTime(value: string): boolean {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = value.split(/[-T:]/).map(Number);
  const time = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    year >= 1900 &&
    year < 2200 &&
    time.getUTCFullYear() === year &&
    time.getUTCMonth() === month - 1 &&
    time.getUTCDate() === day &&
    time.getUTCHours() === hour &&
    time.getUTCMinutes() === minute &&
    time.getUTCSeconds() === second
  );
}
const isoDate = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDateTime(value), 'must be a real date, written YYYY-MM-DD');
const clockTime = z
  .string()
  .refine((value) => CLOCK_PATTERN.test(value) && isRealDateTime(value), 'must be a real date and time, written YYYY-MM-DDTHH:mm:ss');
const host = z
  .string()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a host name such as www.moeb.uscourts.gov');

export const courtSchema = z.strictObject({
  id: slug,
  name: line(200),
  district: line(120),
  type: z.enum(['district', 'bankruptcy', 'appellate']),
  nextGenGoLive: isoDate.nullable(),
  website: host,
  ecfHost: host,
  noticeName: line(120),
  timeZone: z.string().regex(/^[A-Z]{2,5}$/, 'must be a time-zone abbreviation such as CST'),
  /** Label of the website's entry into CM/ECF: "E-Filing (CM/ECF)" at moeb, "District CM/ECF" at mow. */
  websiteEfilingLabel: line(80).default('E-Filing (CM/ECF)'),
  /** Label of the filing-system link; null means "<district> Filing System". */
  filingSystemLabel: line(200).nullable().default(null),
  /** Whether that link is on the court website before login, or on a landing page after the login and redaction notice. */
  filingSystemLinkPlacement: z.enum(['court-website', 'after-login']).default('court-website'),
  /** What the court accepts through Attorney Admissions/E-File Registration; absent, the defaults of its court type. */
  efileRequestTypes: z.array(z.enum(EFILE_REQUEST_TYPES)).min(1).max(5).optional(),
  /** Attorney reinstatement (seed 002): the fee in cents and the case the event is filed in; absent, the model's defaults. */
  reinstatement: z
    .strictObject({ feeCents: z.number().int().min(0).max(1_000_000), caseNumber: line(40), caseName: line(120) })
    .optional(),
});

export const courtCatalogSchema = z.strictObject({
  schemaVersion: z.literal(1),
  courts: z.array(courtSchema).min(1, 'must list at least one court'),
});

/**
 * An account's MFA as the scenario starts: its apps (their keys are made
 * for each attempt; `onPhone` says whether the trainee's phone holds it),
 * its backup codes, the pop-up's skips used, and whether the CM/ECF-level
 * pop-up is shown (absent: shown to filers, i.e. accounts linked to a
 * CM/ECF account).
 */
const mfaAccountSchema = z.strictObject({
  prompted: z.boolean().optional(),
  skipsUsed: z.number().int().min(0).max(3).default(0),
  apps: z
    .array(z.strictObject({ name: line(40), addedOn: isoDate, onPhone: z.boolean().default(true) }))
    .max(5, 'at most five authenticator apps')
    .default([]),
  backupCodes: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z2-9]{5}-[a-z2-9]{5}$/, 'must be written like "k7m2p-x9q4r"'),
        used: z.boolean().default(false),
      }),
    )
    .max(10, 'at most ten backup codes')
    .default([]),
});

const pacerAccountSchema = z.strictObject({
  accountNumber: z.string().regex(/^\d{6,8}$/, 'must be 6 to 8 digits'),
  username: line(64),
  /** Fictional password the briefing gives the trainee; digested when the attempt starts. */
  password: line(64),
  kind: z.enum(['legacy', 'upgraded']),
  userType: z.enum(['individual', 'firm', 'federal-government', 'state-government', 'commercial']),
  name: line(120),
  firm: line(120).nullable().default(null),
  email: z.email('must be an e-mail address'),
  caseSearchStatus: z.enum(['active', 'inactive', 'awaiting-activation']).default('active'),
  retiredUsernames: z.array(line(64)).default([]),
  /** Date of birth; PACER registration's duplicate check compares it with a new registration's. */
  dateOfBirth: isoDate.nullable().default(null),
  /**
   * Today's rules (era 2025): the day the password was last changed. From 180
   * days later the login asks for a new one. Absent or null: recently.
   * Optional without a default, so scenarios that do not use it resolve as before.
   */
  passwordChangedOn: isoDate.nullable().optional(),
  /** Times the 180-day prompt has already been skipped (three are allowed). */
  passwordPromptSkips: z.number().int().min(0).max(3).optional(),
  /** A PACER Administrative Account (billing and management only). */
  administrative: z.boolean().default(false),
  /** Account number of the PACER Administrative Account this account has joined. */
  paaAccountNumber: z.string().regex(/^\d{6,8}$/, 'must be 6 to 8 digits').nullable().default(null),
  /** Address and phone rows Manage My Account shows and the upgrade's Address tab starts from. */
  address: z
    .strictObject({
      firm: paragraph(120).default(''),
      address: line(120),
      room: paragraph(60).default(''),
      city: line(60),
      state: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter state code such as MO'),
      county: paragraph(60).default(''),
      zip: z.string().regex(/^\d{5}(-\d{4})?$/, 'must be a ZIP code such as 64106'),
      country: line(60).default('United States of America'),
      primaryPhone: line(30),
    })
    .nullable()
    .default(null),
  /** Payment methods already stored in Manage My Account: type and last four digits only, never a full number. */
  storedPayments: z
    .array(
      z.strictObject({
        id: slug,
        method: z.enum(['card', 'ach']),
        holderName: line(80),
        label: z.enum(['Visa', 'MasterCard', 'American Express', 'Discover', 'Checking', 'Savings']),
        lastFour: z.string().regex(/^\d{4}$/, 'must be the last four digits'),
        expires: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be written YYYY-MM').nullable().default(null),
        feeTypes: z.array(z.enum(['P', 'E', 'A'])).default([]),
      }),
    )
    .max(10)
    .default([]),
  /** Multifactor authentication as the account starts (2025 era only; pacer/mfa). */
  mfa: mfaAccountSchema.optional(),
  /** Billable searches the Usage tab lists. */
  transactions: z
    .array(
      z.strictObject({
        date: isoDate,
        court: line(60),
        description: line(120),
        searchCriteria: paragraph(200).default(''),
        clientCode: paragraph(32).default(''),
        pages: z.number().int().min(0).max(10_000),
        costCents: z.number().int().min(0).max(1_000_000),
      }),
    )
    .max(200)
    .default([]),
});

const ecfAccountSchema = z.strictObject({
  id: slug,
  courtId: slug,
  login: line(64),
  password: line(64),
  name: line(120),
  role: z.enum(['attorney', 'trustee', 'limited-filer', 'non-attorney', 'filing-agent']),
  linkedPacerAccount: z.string().nullable().default(null),
  primaryEmail: z.email('must be an e-mail address'),
  secondaryEmails: z.array(z.email('must be an e-mail address')).max(5).default([]),
  standing: z.enum(['active', 'needs-reinstatement']).default('active'),
  /** The court's system cannot link this account: Submit on the verify screen fails every time (seed 004, failed link). */
  linkFails: z.boolean().default(false),
  /** The attorney's bar number on the court's record (attorney reinstatement checks it); null: not recorded. */
  barNumber: line(20).nullable().default(null),
  /** Where and how the court sends this filer's notices (Maintain Your ECF Account ▸ Email Information). */
  notices: z
    .strictObject({
      toPrimary: z.boolean().default(true),
      toSecondary: z.boolean().default(false),
      frequency: z.enum(['each-filing', 'daily-summary']).default('each-filing'),
      format: z.enum(['html', 'text']).default('html'),
    })
    .default({ toPrimary: true, toSecondary: false, frequency: 'each-filing', format: 'html' }),
  /** Filing agents an attorney or trustee has already linked (before NextGen, seed 002), by CM/ECF account id. */
  filingAgents: z
    .array(z.strictObject({ ecfAccountId: slug, internetPayment: z.boolean().default(false) }))
    .max(20)
    .default([]),
});

/** A civil case at one of the scenario's courts, for Civil ▸ Other Filings (cmecf/case-filing). */
const courtCaseSchema = z.strictObject({
  courtId: slug,
  number: z.string().regex(/^\d:\d{2}-cv-\d{5}$/, 'must be a civil case number such as 4:19-cv-00512'),
  title: line(200),
  parties: z
    .array(
      z.strictObject({
        id: slug,
        name: line(160),
        role: z.enum(['Plaintiff', 'Defendant', 'Intervenor', 'Interested Party']),
        /** CM/ECF account ids of the party's attorneys of record. */
        representedBy: z.array(slug).max(10).default([]),
      }),
    )
    .min(1, 'must have at least one party')
    .max(20),
  /** The docket's last entry number: the next filing gets the number after it. */
  lastDocumentNumber: z.number().int().min(0).max(99_999).default(0),
});

const [firstCheck, ...otherChecks] = Object.values(CHECKS).map((definition) => definition.schema);
/** Every check kind of checks/*.ts, told apart by `kind`. */
export const objectiveCheckSchema = z.discriminatedUnion('kind', [firstCheck!, ...otherChecks]) as unknown as z.ZodType<ObjectiveCheck, ObjectiveCheckInput>;

const objectiveSchema = z.strictObject({
  id: slug,
  label: line(200),
  points: z.number().int().min(0).max(100),
  check: objectiveCheckSchema,
  hint: line(600),
});

const rubricSchema = z.strictObject({
  passMark: z.number().int().min(1).max(100),
  hintCost: z.number().int().min(0).max(100),
  mistakePenalty: z.strictObject({
    default: z.number().int().min(0).max(100),
    byCode: z.partialRecord(z.enum(MISTAKE_CODES), z.number().int().min(0).max(100)).default({}),
    /** Each repeat of the same mistake costs this fraction of the one before (1 = full, 0 = free). */
    repeatFactor: z.number().min(0).max(1).default(0.5),
    /** The most one mistake code can cost in total. */
    maxPerCode: z.number().int().min(0).max(100).default(30),
  }),
  /**
   * Optional time allowance: minutes the attempt may take (from its first to
   * its last recorded event) before each started minute over it costs
   * `overtimePenaltyPerMinute` points. Absent, or without a penalty, time costs nothing.
   */
  timeAllowanceMinutes: z.number().int().min(1).max(600).optional(),
  overtimePenaltyPerMinute: z.number().min(0).max(100).optional(),
});

/**
 * A walkthrough action: the event a screen would dispatch, except that a
 * password is written out (the fictional one from the briefing) and is
 * digested with the attempt's salt when the step plays.
 */
const courtRef = slug;
export const scriptedActionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('browser/navigated'),
    address: line(2048),
    via: z.enum(['address-bar', 'link', 'bookmark']),
  }),
  z.strictObject({ type: z.literal('browser/went-back') }),
  z.strictObject({ type: z.literal('browser/went-forward') }),
  z.strictObject({ type: z.literal('browser/reloaded') }),
  z.strictObject({
    type: z.literal('pacer/login-submitted'),
    username: line(256),
    password: line(256),
    clientCode: paragraph(32).default(''),
  }),
  z.strictObject({ type: z.literal('cmecf/redaction-acknowledged'), courtId: courtRef }),
  z.strictObject({ type: z.literal('cmecf/menu-opened'), courtId: courtRef, menu: z.enum(MENU_NAMES) }),
  z.strictObject({
    type: z.literal('cmecf/link-credentials-submitted'),
    courtId: courtRef,
    login: line(256),
    password: line(256),
  }),
  z.strictObject({ type: z.literal('cmecf/link-confirmed'), courtId: courtRef }),
  z.strictObject({ type: z.literal('cmecf/link-cancelled'), courtId: courtRef }),
  z.strictObject({ type: z.literal('cmecf/logged-out'), courtId: courtRef }),
  z.strictObject({ type: z.literal('mail/opened'), mailId: line(64) }),
  /** A posted form; passwords are written out in `secrets` and digested when the step plays. */
  formSubmissionSchema.extend({
    secrets: z
      .record(fieldNameSchema, line(256))
      .refine((secrets) => Object.keys(secrets).length <= 8, 'must have at most 8 secret fields')
      .default({}),
  }),
  z.strictObject({ type: z.literal('trainee/waited'), businessDays: z.number().int().min(1).max(30) }),
  z.strictObject({ type: z.literal('phone/qr-scanned') }),
  z.strictObject({ type: z.literal('phone/key-entered'), accountName: line(64), setupKey: line(128) }),
  z.strictObject({ type: z.literal('phone/messages-opened') }),
]);

const walkthroughStepSchema = z.strictObject({
  caption: line(600),
  presenterNotes: paragraph(2000).default(''),
  /** The control the step acts on, found the way a person would: by role and visible name. */
  target: z
    .strictObject({
      role: z.enum(['link', 'button', 'textbox', 'checkbox', 'radio', 'menuitem', 'combobox', 'tab', 'heading']),
      name: line(200),
    })
    .nullable()
    .default(null),
  action: scriptedActionSchema,
});

export const scenarioSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    id: slug,
    version: z.number().int().min(1),
    title: line(120),
    summary: line(400),
    seeds: z.array(z.string().regex(/^\d{3}$/, 'must be a seed number such as 000')).default([]),
    era: z.enum(['2018-2022', '2025']).default('2018-2022'),
    clock: z.strictObject({ start: clockTime }),
    /** Courts by catalog id, or written out in full for a court not in the catalog. */
    courts: z.array(z.union([slug, courtSchema])).min(1, 'must name at least one court'),
    bookmarks: z.array(z.strictObject({ label: line(80), address: line(300) })).max(12).default([]),
    briefing: z.strictObject({
      role: line(120),
      situation: paragraph(3000),
      task: line(1000),
      given: z.array(z.strictObject({ label: line(80), value: line(200), note: paragraph(300).default('') })).max(20),
    }),
    persona: z.strictObject({ name: line(120), email: z.email('must be an e-mail address') }),
    world: z.strictObject({
      pacerAccounts: z.array(pacerAccountSchema).max(20),
      ecfAccounts: z.array(ecfAccountSchema).max(20),
      firstTransactionId: z.number().int().min(1).max(999_999_999).default(10005),
      /** Civil cases the scenario's filers can file in. */
      cases: z.array(courtCaseSchema).max(20).default([]),
      /** How the courts process admissions and e-file registrations (pacer/admissions). */
      admissions: z
        .strictObject({
          /** Business days the court takes to decide a request; 0 decides it at once. */
          processingBusinessDays: z.number().int().min(0).max(30).default(1),
          /** PACER account numbers of filing agents: the attorney registration is the wrong path for them. */
          filingAgentAccounts: z.array(z.string().regex(/^\d{6,8}$/, 'must be 6 to 8 digits')).max(20).default([]),
        })
        .default({ processingBusinessDays: 1, filingAgentAccounts: [] }),
      /**
       * Who is registering for PACER, when the scenario is about registering:
       * the user type the court's steps call for (INDIVIDUAL, or a government
       * type) and whether the person will e-file. Registration flags a user
       * type or path that does not fit.
       */
      /** The trainee's simulated phone: from `lostAt` on (a clock time; the start for "lost from the start") it is lost. */
      phone: z.strictObject({ lostAt: clockTime.nullable().default(null) }).default({ lostAt: null }),
      registrant: z
        .strictObject({
          userType: z.enum(['individual', 'federal-government', 'state-government']).default('individual'),
          files: z.enum(['attorney', 'non-attorney', 'no']).default('no'),
        })
        .optional(),
    }),
    objectives: z.array(objectiveSchema).min(1, 'must have at least one objective').max(20),
    rubric: rubricSchema,
    walkthrough: z.array(walkthroughStepSchema).max(200),
  })
  .superRefine((scenario, ctx) => {
    const courtIds = new Set(scenario.courts.map((court) => (typeof court === 'string' ? court : court.id)));
    const pacerNumbers = new Set(scenario.world.pacerAccounts.map((account) => account.accountNumber));
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

    const total = scenario.objectives.reduce((sum, objective) => sum + objective.points, 0);
    if (total !== 100) issue(['objectives'], `points must add up to 100 (they add up to ${total})`);

    const seen = new Set<string>();
    scenario.objectives.forEach((objective, index) => {
      if (seen.has(objective.id)) issue(['objectives', index, 'id'], `"${objective.id}" is used by another objective`);
      seen.add(objective.id);
      const { check } = objective;
      if ('courtId' in check && check.courtId !== undefined && !courtIds.has(check.courtId)) {
        issue(['objectives', index, 'check', 'courtId'], `"${check.courtId}" is not one of this scenario's courts`);
      }
      if (check.kind === 'ecf-account-linked') {
        // An objective over accounts the world does not have could never be met.
        if (!scenario.world.ecfAccounts.some((account) => account.courtId === check.courtId && account.login === check.ecfLogin)) {
          issue(['objectives', index, 'check', 'ecfLogin'], `no CM/ECF account at ${check.courtId} has the login "${check.ecfLogin}"`);
        }
        if (!scenario.world.pacerAccounts.some((account) => account.username.toLowerCase() === check.pacerUsername.toLowerCase())) {
          issue(['objectives', index, 'check', 'pacerUsername'], `no PACER account has the username "${check.pacerUsername}"`);
        }
      }
      if (check.kind === 'ecf-account-not-linked-to') {
        if (!scenario.world.pacerAccounts.some((account) => account.username.toLowerCase() === check.pacerUsername.toLowerCase())) {
          issue(['objectives', index, 'check', 'pacerUsername'], `no PACER account has the username "${check.pacerUsername}"`);
        }
      }
    });
    // Accounts are keyed by these: a duplicate would silently replace another account.
    const ecfIds = new Set<string>();
    const ecfLogins = new Set<string>();
    scenario.world.ecfAccounts.forEach((account, index) => {
      if (ecfIds.has(account.id)) issue(['world', 'ecfAccounts', index, 'id'], `"${account.id}" is used twice`);
      ecfIds.add(account.id);
      const login = `${account.courtId}\u0000${account.login}`;
      if (ecfLogins.has(login)) issue(['world', 'ecfAccounts', index, 'login'], `"${account.login}" is used twice at ${account.courtId}`);
      ecfLogins.add(login);
    });
    scenario.world.ecfAccounts.forEach((account, index) => {
      if (!courtIds.has(account.courtId)) {
        issue(['world', 'ecfAccounts', index, 'courtId'], `"${account.courtId}" is not one of this scenario's courts`);
      }
      if (account.linkedPacerAccount !== null && !pacerNumbers.has(account.linkedPacerAccount)) {
        issue(['world', 'ecfAccounts', index, 'linkedPacerAccount'], `no PACER account numbered "${account.linkedPacerAccount}"`);
      }
      account.filingAgents.forEach((link, linkIndex) => {
        const agent = scenario.world.ecfAccounts.find((candidate) => candidate.id === link.ecfAccountId);
        if (!agent || agent.role !== 'filing-agent' || agent.courtId !== account.courtId) {
          issue(['world', 'ecfAccounts', index, 'filingAgents', linkIndex, 'ecfAccountId'], `no filing agent "${link.ecfAccountId}" at ${account.courtId}`);
        }
      });
    });
    const caseNumbers = new Set<string>();
    scenario.world.cases.forEach((courtCase, index) => {
      if (!courtIds.has(courtCase.courtId)) issue(['world', 'cases', index, 'courtId'], `"${courtCase.courtId}" is not one of this scenario's courts`);
      const key = `${courtCase.courtId}\u0000${courtCase.number}`;
      if (caseNumbers.has(key)) issue(['world', 'cases', index, 'number'], `"${courtCase.number}" is used twice at ${courtCase.courtId}`);
      caseNumbers.add(key);
      const partyIds = new Set<string>();
      courtCase.parties.forEach((party, partyIndex) => {
        if (partyIds.has(party.id)) issue(['world', 'cases', index, 'parties', partyIndex, 'id'], `"${party.id}" is used twice`);
        partyIds.add(party.id);
        party.representedBy.forEach((id, attorneyIndex) => {
          if (!ecfIds.has(id)) issue(['world', 'cases', index, 'parties', partyIndex, 'representedBy', attorneyIndex], `no CM/ECF account "${id}"`);
        });
      });
    });
    const usernames = new Set<string>();
    const accountNumbers = new Set<string>();
    scenario.world.pacerAccounts.forEach((account, index) => {
      const key = account.username.toLowerCase();
      if (usernames.has(key)) issue(['world', 'pacerAccounts', index, 'username'], `"${account.username}" is used twice`);
      usernames.add(key);
      if (accountNumbers.has(account.accountNumber)) {
        issue(['world', 'pacerAccounts', index, 'accountNumber'], `"${account.accountNumber}" is used twice`);
      }
      accountNumbers.add(account.accountNumber);
    });
    scenario.walkthrough.forEach((step, index) => {
      if ('courtId' in step.action && !courtIds.has(step.action.courtId)) {
        issue(['walkthrough', index, 'action', 'courtId'], `"${step.action.courtId}" is not one of this scenario's courts`);
      }
    });
    if (scenario.rubric.passMark > 100) issue(['rubric', 'passMark'], 'must be at most 100');
  });

export type Court = z.infer<typeof courtSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type { ObjectiveCheck } from './checks';
export type Objective = Scenario['objectives'][number];
export type Rubric = Scenario['rubric'];
export type ScriptedAction = z.infer<typeof scriptedActionSchema>;
export type WalkthroughStep = Scenario['walkthrough'][number];

/** A scenario whose courts are all written out: what the store keeps and the model runs. */
export type ResolvedScenario = Omit<Scenario, 'courts'> & { courts: Court[] };
