import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_PATTERN } from '../../../shared/model/clock';
import { knownSecret, secretVerdicts, type Secret } from '../../../shared/model/credentials';
import { MENU_NAMES, eventSchema, type TrainerEvent } from '../../../shared/model/events';
import { initialWorld } from '../../../shared/model/initial-world';
import { currentPage } from '../../../shared/model/pages';
import { apply, type Outcome } from '../../../shared/model/reducer';
import { replay } from '../../../shared/model/replay';
import type { AttemptMode, World } from '../../../shared/model/world';
import type { ResolvedScenario } from '../../../shared/scenario/schema';
import { score } from '../../../shared/scoring/score';
import { DANA, DANA_CMECF, FIRM, SALT, scenarioVariant, walkthroughEvents } from '../../support/attempt';
import { seeded } from '../../support/property-seed';
import { builtinScenario } from '../../support/scenarios';

/**
 * Any sequence of events, plausible or hostile, keeps the model's
 * invariants and replays identically. The generator mixes single random
 * events with stretches of the real walkthrough, so that random events
 * also land on the interesting screens (the verify screen, a linked
 * account, a pending redaction notice).
 */

const scenario = builtinScenario('cmecf-link-bankruptcy');
/** The same court with a second person's CM/ECF account, so wrong links are possible too. */
const crowded = scenarioVariant('cmecf-link-bankruptcy', (draft) => {
  draft.world.ecfAccounts.push({
    id: 'okafor-moeb',
    courtId: 'moeb',
    login: 'rco7788',
    password: 'Okafor#Court88',
    name: 'Rachel C. Okafor',
    role: 'attorney',
    primaryEmail: 'rachel.okafor@whitfield-okafor.example',
  });
});

const CLEAR_PASSWORDS = [DANA.password, FIRM.password, DANA_CMECF.password, 'Okafor#Court88'];
const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

const courtId = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('moeb') },
  { weight: 2, arbitrary: fc.constantFrom('mow', 'mowb', '', ...PROTOTYPE_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 64 }) },
);

const address = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'www.moeb.uscourts.gov',
      'moeb.uscourts.gov',
      'HTTP://MOEB.USCOURTS.GOV',
      'https://www.moeb.uscourts.gov/e-filing-cmecf',
      'https://ecf.moeb.uscourts.gov/',
      'ecf.moeb.uscourts.gov/cgi-bin/ShowIndex.pl',
      'https://ecf.moeb.uscourts.gov/cgi-bin/LinkAccount.pl',
      'https://ecf.moeb.uscourts.gov/cgi-bin/LinkAccount.pl?step=verify',
      'https://ecf.moeb.uscourts.gov/cgi-bin/LinkAccount.pl?step=done',
      'https://ecf.moeb.uscourts.gov/cgi-bin/DisplayMenu.pl?menu=Bankruptcy',
      'https://ecf.moeb.uscourts.gov/cgi-bin/DisplayMenu.pl?menu=constructor',
      'https://pacer.login.uscourts.gov/csologin/login.jsf',
      'https://pacer.login.uscourts.gov/csologin/login.jsf?court=moeb',
      'https://pacer.login.uscourts.gov/csologin/login.jsf?court=constructor',
      'https://pacer.login.uscourts.gov/csologin/login.jsf?court=__proto__',
      'https://pacer.login.uscourts.gov/csologin/logout.jsf',
      'ecf.mow.uscourts.gov',
    ),
  },
  { weight: 1, arbitrary: fc.webUrl() },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
);

const username = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(DANA.username, 'DWHITFIELD', FIRM.username, DANA_CMECF.login, 'rco7788', 'dwhit', '', ' dwhitfield ') },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);
/**
 * A typed password as its screen posts it. Any other text only ever matches
 * no account, so it is drawn as its rules' answers with a random digest
 * rather than paying the slow digest for every generated event.
 */
const password: fc.Arbitrary<Secret> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(DANA.password, FIRM.password, DANA_CMECF.password, 'Okafor#Court88', 'short', '').map((text) => knownSecret(SALT, text)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 40 }), fc.stringMatching(/^[0-9a-f]{64}$/))
      .map(([text, digest]): Secret => ({ ...secretVerdicts(text), digest })),
  },
);
const mailId = fc.oneof(fc.constantFrom('mail-1', 'mail-2', 'constructor'), fc.string({ maxLength: 64 }));
const objectiveId = fc.oneof(fc.constantFrom(...scenario.objectives.map((objective) => objective.id)), fc.string({ maxLength: 64 }));

const singleEvent: fc.Arbitrary<TrainerEvent> = fc.oneof(
  fc.record({ type: fc.constant('browser/navigated' as const), address, via: fc.constantFrom('address-bar' as const, 'link' as const, 'bookmark' as const) }),
  fc.constant({ type: 'browser/went-back' as const }),
  fc.constant({ type: 'browser/went-forward' as const }),
  fc.constant({ type: 'browser/reloaded' as const }),
  fc.record({ username, password, clientCode: fc.string({ maxLength: 32 }) }).map(
    ({ username, password, clientCode }): TrainerEvent => ({ type: 'pacer/login-submitted', username, password, clientCode }),
  ),
  fc.record({ type: fc.constant('cmecf/redaction-acknowledged' as const), courtId }),
  fc.record({ type: fc.constant('cmecf/menu-opened' as const), courtId, menu: fc.constantFrom(...MENU_NAMES) }),
  fc.record({ courtId, login: username, password }).map(
    ({ courtId, login, password }): TrainerEvent => ({
      type: 'cmecf/link-credentials-submitted',
      courtId,
      login,
      password,
    }),
  ),
  fc.record({ type: fc.constant('cmecf/link-confirmed' as const), courtId }),
  fc.record({ type: fc.constant('cmecf/link-cancelled' as const), courtId }),
  fc.record({ type: fc.constant('cmecf/logged-out' as const), courtId }),
  fc.record({ type: fc.constant('mail/opened' as const), mailId }),
  fc.record({ type: fc.constant('trainee/hint-requested' as const), objectiveId }),
);

/** A stretch of the real walkthrough (as a trainee who follows the steps for a while), optionally as the firm account. */
const walkthroughStretch: fc.Arbitrary<TrainerEvent[]> = fc
  .record({
    from: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 10 }) }),
    length: fc.integer({ min: 1, max: 11 }),
    asFirm: fc.boolean(),
  })
  .map(({ from, length, asFirm }) =>
    walkthroughEvents(scenario, 'practice', SALT)
      .slice(1)
      .slice(from, from + length)
      .map((event) =>
        asFirm && event.type === 'pacer/login-submitted'
          ? { ...event, username: FIRM.username, password: knownSecret(SALT, FIRM.password) }
          : event,
      ),
  );

const events: fc.Arbitrary<TrainerEvent[]> = fc
  .array(fc.oneof({ weight: 3, arbitrary: singleEvent.map((event) => [event]) }, { weight: 1, arbitrary: walkthroughStretch }), {
    maxLength: 24,
  })
  .map((chunks) => chunks.flat().slice(0, 60));

const mode = fc.constantFrom<AttemptMode>('practice', 'assess', 'watch');

function attempt(startMode: AttemptMode, body: TrainerEvent[]): TrainerEvent[] {
  return [{ type: 'attempt/started', salt: SALT, mode: startMode }, ...body];
}

/** Events the pages dispatch keep the notice of the page; everything else sets or clears it. */
const KEEPS_NOTICE = new Set<TrainerEvent['type']>(['trainee/hint-requested', 'mail/opened']);

function checkInvariants(before: World, event: TrainerEvent, outcome: Outcome, after: World): void {
  const { history, historyIndex } = after.session;
  // The browser is always somewhere in its history (or on the blank page of a fresh attempt).
  if (history.length === 0) expect(historyIndex).toBe(-1);
  else {
    expect(historyIndex).toBeGreaterThanOrEqual(0);
    expect(historyIndex).toBeLessThan(history.length);
  }

  // One PACER account <-> one CM/ECF account per court (FIDELITY §1.10).
  const links = Object.values(after.ecfAccounts)
    .filter((account) => account.linkedPacerAccount !== null)
    .map((account) => `${account.courtId} ${account.linkedPacerAccount}`);
  expect(new Set(links).size).toBe(links.length);

  // A link is irreversible.
  for (const [id, account] of Object.entries(before.ecfAccounts)) {
    if (account.linkedPacerAccount !== null) expect(after.ecfAccounts[id]?.linkedPacerAccount).toBe(account.linkedPacerAccount);
  }

  // One e-mail notice per processed link request, each with its own id.
  const processedLinks = after.requests.filter((request) => request.request === 'Link' && request.status === 'Processed');
  expect(after.mailbox).toHaveLength(processedLinks.length);
  expect(new Set(after.mailbox.map((mail) => mail.id)).size).toBe(after.mailbox.length);
  expect(new Set(after.requests.map((request) => request.transactionId)).size).toBe(after.requests.length);

  // The clock only moves forward.
  expect(after.clock).toMatch(CLOCK_PATTERN);
  expect(after.clock >= before.clock).toBe(true);

  // PACER accounts are not changed by anything the trainee does on these screens.
  expect(after.pacerAccounts).toBe(before.pacerAccounts);

  // The page's message is what the systems said about the last action.
  if (!KEEPS_NOTICE.has(event.type)) {
    if (outcome.status === 'accepted' && outcome.message === null) expect(after.session.notice).toBeNull();
    if (outcome.message !== null) {
      expect(after.session.notice).toEqual({ tone: outcome.status === 'refused' ? 'error' : 'info', text: outcome.message });
    }
  }

  // Refused: the real system showed an error and nothing changed but the message on the page.
  if (outcome.status === 'refused') {
    const unchanged = { ...before, clock: after.clock, session: { ...before.session, notice: after.session.notice } };
    if (!isDeepStrictEqual(after, unchanged)) expect(after).toStrictEqual(unchanged);
  }
}

function run(on: ResolvedScenario, log: TrainerEvent[]): void {
  const first = log[0];
  const start = first?.type === 'attempt/started' ? first : { salt: SALT, mode: 'practice' as const };
  let world = initialWorld(on, { salt: start.salt, mode: start.mode });
  for (const event of log) {
    expect(eventSchema.safeParse(event).success, JSON.stringify(event)).toBe(true);
    const { world: next, outcome } = apply(world, event);
    checkInvariants(world, event, outcome, next);
    world = next;
  }
  // The world stays plain JSON data (no undefined, no functions), so it stores and compares exactly.
  expect(JSON.parse(JSON.stringify(world))).toStrictEqual(world);
  // Passwords typed into the simulator never appear in clear text in the world or the event log.
  const stored = JSON.stringify([world, log]);
  for (const secret of CLEAR_PASSWORDS) expect(stored).not.toContain(secret);
}

const RUNS = seeded({ numRuns: 300 });

describe('the event generator', () => {
  it('reaches the screens where the rules bite, not only error pages', () => {
    const reached = new Set<string>();
    for (const body of fc.sample(events, { numRuns: 300, seed: 42 })) {
      const { worlds } = replay(scenario, attempt('practice', body), true);
      for (const world of worlds) {
        reached.add(currentPage(world).kind);
        if (world.mailbox.length > 0) reached.add('linked');
      }
    }
    expect([...reached]).toEqual(
      expect.arrayContaining(['pacer-login', 'redaction-notice', 'cmecf-main', 'cmecf-menu', 'cmecf-link-credentials', 'cmecf-link-verify', 'cmecf-link-done', 'linked']),
    );
  });
});

describe('any sequence of events', () => {
  it('is applied without throwing, and keeps every invariant after every event', () => {
    fc.assert(
      fc.property(mode, events, fc.boolean(), (startMode, body, useCrowded) => {
        run(useCrowded ? crowded : scenario, attempt(startMode, body));
      }),
      RUNS,
    );
  });

  it('on every screen it reaches, an event naming a court outside the scenario is refused and counts as no mistake', () => {
    const strangers = ['mow', '', 'MOEB', ...PROTOTYPE_KEYS];
    const courtEvents = (id: string): TrainerEvent[] => [
      { type: 'cmecf/redaction-acknowledged', courtId: id },
      { type: 'cmecf/menu-opened', courtId: id, menu: 'Utilities' },
      { type: 'cmecf/link-credentials-submitted', courtId: id, login: DANA_CMECF.login, password: knownSecret(SALT, DANA_CMECF.password) },
      { type: 'cmecf/link-confirmed', courtId: id },
      { type: 'cmecf/link-cancelled', courtId: id },
      { type: 'cmecf/logged-out', courtId: id },
    ];
    fc.assert(
      fc.property(events, (body) => {
        const { worlds } = replay(crowded, attempt('practice', body), true);
        for (const world of worlds) {
          for (const stranger of strangers) {
            for (const event of courtEvents(stranger)) {
              const { world: after, outcome } = apply(world, event);
              expect(outcome, `${event.type} ${JSON.stringify(stranger)}`).toMatchObject({ status: 'refused', mistake: null });
              checkInvariants(world, event, outcome, after);
            }
          }
        }
      }),
      seeded({ numRuns: 25 }),
    );
  }, 60_000);

  it('replays to a deep-equal world and an identical score report', () => {
    fc.assert(
      fc.property(mode, events, (startMode, body) => {
        const log = attempt(startMode, body);
        const first = replay(scenario, log, true);
        const second = replay(scenario, structuredClone(log), true);
        expect(second).toStrictEqual(first);
        expect(score(scenario, structuredClone(log))).toStrictEqual(score(scenario, log));
      }),
      RUNS,
    );
  });

  it('scores an integer from 0 to 100', () => {
    fc.assert(
      fc.property(mode, events, fc.boolean(), (startMode, body, useCrowded) => {
        const report = score(useCrowded ? crowded : scenario, attempt(startMode, body));
        expect(Number.isInteger(report.score)).toBe(true);
        expect(report.score).toBeGreaterThanOrEqual(0);
        expect(report.score).toBeLessThanOrEqual(100);
        expect(report.passed).toBe(report.score >= report.passMark);
      }),
      RUNS,
    );
  });

  it('scores the same whatever is appended after every objective is met and nothing goes wrong', () => {
    const walkthrough = walkthroughEvents(scenario);
    fc.assert(
      fc.property(fc.array(fc.constantFrom<TrainerEvent>({ type: 'browser/went-back' }, { type: 'browser/reloaded' }, { type: 'browser/went-forward' }), { maxLength: 20 }), (tail) => {
        expect(score(scenario, [...walkthrough, ...tail]).score).toBe(100);
      }),
      seeded({ numRuns: 50 }),
    );
  });
});
