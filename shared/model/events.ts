import { z } from 'zod';
import { LENGTH_LIMITS } from './credentials';

/**
 * What a trainee can do, as events in the past tense. Screens dispatch these;
 * `apply` in reducer.ts decides what the simulated systems make of them.
 * Events cross the API boundary and are stored one row each, so each has a
 * schema, and passwords travel only as salted digests (see credentials.ts).
 */

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);

export const secretSchema = z.strictObject({
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'must be a 64-character hex digest'),
  /** The password rules' answers about the typed text (see credentials.ts), never its length or its characters. */
  lengthAtLeast: z.literal(LENGTH_LIMITS),
  characterClasses: z.boolean(),
  securityCodeShape: z.boolean(),
  personalPart: z.boolean().optional(),
});

export const MENU_NAMES = [
  'Bankruptcy',
  'Adversary',
  'Civil',
  'Criminal',
  /** The appellate courts' filing menu (FIDELITY 3: "Filing" opens "File a Document"). */
  'Filing',
  /** Offered to a district attorney whose standing must be reinstated (seed 002, "Attorney Reinstatement", step 6). */
  'Attorney Reinstatement',
  'Query',
  'Reports',
  'Utilities',
  'Search',
  'Help',
] as const;
export type MenuName = (typeof MENU_NAMES)[number];

/** Name of a form field as the simulated page posts it, e.g. "email" or "barEntries.0.state". */
export const fieldNameSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, 'must be a form field name');

/**
 * One posted form of a simulated site: which form, which button, and the
 * field values as the page posted them. Passwords come only in `secrets`,
 * as digests. The site's own rules (required fields, formats, what the
 * button does) are checked by the form's handler in the model, as the real
 * server checks a posted form; see forms.ts.
 */
export const formSubmissionSchema = z.strictObject({
  type: z.literal('form/submitted'),
  /** The form's id, e.g. "pacer/register/account-information". */
  form: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'must be a form id such as pacer/register/account-information').max(96),
  /** The button that submitted it, e.g. "next", "back", "submit", "cancel". */
  button: z.string().regex(/^[a-z0-9-]{1,32}$/, 'must be a button name such as next').default('submit'),
  fields: z
    .record(fieldNameSchema, text(4000))
    .refine((fields) => Object.keys(fields).length <= 80, 'must have at most 80 fields')
    .default({}),
  secrets: z
    .record(fieldNameSchema, secretSchema)
    .refine((secrets) => Object.keys(secrets).length <= 8, 'must have at most 8 secret fields')
    .default({}),
});

export const eventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('attempt/started'),
    /** Salt for this attempt's password digests, chosen by the host outside the model. */
    salt: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8-64 letters, digits, - or _'),
    mode: z.enum(['practice', 'assess', 'watch']),
  }),
  z.strictObject({
    type: z.literal('browser/navigated'),
    /** What the trainee typed in the address bar, or the address of the link they followed. */
    address: text(2048),
    via: z.enum(['address-bar', 'link', 'bookmark']),
  }),
  z.strictObject({ type: z.literal('browser/went-back') }),
  z.strictObject({ type: z.literal('browser/went-forward') }),
  z.strictObject({ type: z.literal('browser/reloaded') }),
  z.strictObject({
    type: z.literal('pacer/login-submitted'),
    username: text(256),
    password: secretSchema,
    clientCode: text(32),
  }),
  z.strictObject({ type: z.literal('cmecf/redaction-acknowledged'), courtId: text(64) }),
  z.strictObject({ type: z.literal('cmecf/menu-opened'), courtId: text(64), menu: z.enum(MENU_NAMES) }),
  z.strictObject({
    type: z.literal('cmecf/link-credentials-submitted'),
    courtId: text(64),
    login: text(256),
    password: secretSchema,
  }),
  z.strictObject({ type: z.literal('cmecf/link-confirmed'), courtId: text(64) }),
  z.strictObject({ type: z.literal('cmecf/link-cancelled'), courtId: text(64) }),
  z.strictObject({ type: z.literal('cmecf/logged-out'), courtId: text(64) }),
  formSubmissionSchema,
  /**
   * The trainee lets simulated time pass ("wait for the letter", "come back
   * tomorrow"): the clock moves on by business days, and whatever the
   * simulated offices would have done meanwhile happens (see time.ts).
   */
  z.strictObject({ type: z.literal('trainee/waited'), businessDays: z.number().int().min(1).max(30) }),
  z.strictObject({ type: z.literal('mail/opened'), mailId: text(64) }),
  z.strictObject({ type: z.literal('trainee/hint-requested'), objectiveId: text(64) }),
  /** The simulated phone's authenticator scans the QR code the enrolment screen shows (phone/events.ts). */
  z.strictObject({ type: z.literal('phone/qr-scanned') }),
  /** The setup key typed into the authenticator by hand, with the account name it is filed under. */
  z.strictObject({ type: z.literal('phone/key-entered'), accountName: text(64), setupKey: text(128) }),
  /** The phone's Messages opened: where a trainee looks for a texted code PACER never sends. */
  z.strictObject({ type: z.literal('phone/messages-opened') }),
]);

export type TrainerEvent = z.infer<typeof eventSchema>;
export type EventType = TrainerEvent['type'];
export type EventOf<T extends EventType> = Extract<TrainerEvent, { type: T }>;
