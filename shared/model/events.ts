import { z } from 'zod';

/**
 * What a trainee can do, as events in the past tense. Screens dispatch these;
 * `apply` in reducer.ts decides what the simulated systems make of them.
 * Events cross the API boundary and are stored one row each, so each has a
 * schema, and passwords travel only as salted digests (see credentials.ts).
 */

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);

export const secretSchema = z.strictObject({
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'must be a 64-character hex digest'),
  length: z.number().int().min(0).max(1000),
});

export const MENU_NAMES = [
  'Bankruptcy',
  'Adversary',
  'Civil',
  'Criminal',
  'Query',
  'Reports',
  'Utilities',
  'Search',
  'Help',
] as const;
export type MenuName = (typeof MENU_NAMES)[number];

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
  z.strictObject({ type: z.literal('mail/opened'), mailId: text(64) }),
  z.strictObject({ type: z.literal('trainee/hint-requested'), objectiveId: text(64) }),
]);

export type TrainerEvent = z.infer<typeof eventSchema>;
export type EventType = TrainerEvent['type'];
export type EventOf<T extends EventType> = Extract<TrainerEvent, { type: T }>;
