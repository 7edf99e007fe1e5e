import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_PATTERN } from '../../../shared/model/clock';
import { knownSecret, secretVerdicts, type Secret } from '../../../shared/model/credentials';
import { eventSchema, type TrainerEvent } from '../../../shared/model/events';
import { initialWorld } from '../../../shared/model/initial-world';
import { apply } from '../../../shared/model/reducer';
import { replay } from '../../../shared/model/replay';
import { currentPage } from '../../../shared/model/pages';
import type { AttemptMode, World } from '../../../shared/model/world';
import type { ResolvedScenario } from '../../../shared/scenario/schema';
import { score } from '../../../shared/scoring/score';
import { SALT, walkthroughEvents } from '../../support/attempt';
import { seeded } from '../../support/property-seed';
import { builtinScenario, builtinScenarioIds } from '../../support/scenarios';

/**
 * Every simulated part, not only linking: events are drawn from every
 * built-in walkthrough (registration, upgrade, Manage My Account,
 * admissions, filing requests, maintenance, reinstatement, case filing,
 * CurrentGen, …) and from hostile variations of their forms, then played
 * against every built-in scenario. Whatever arrives, the model answers
 * without throwing, keeps its world plain data, never keeps a typed
 * password, changes nothing but its message when it refuses, and replays
 * and scores identically.
 */

const scenarios: ResolvedScenario[] = builtinScenarioIds().map(builtinScenario);

/** Every step of every walkthrough, as the screens dispatch it. */
const walkthroughSteps: TrainerEvent[] = scenarios.flatMap((scenario) => walkthroughEvents(scenario, 'practice', SALT).slice(1));
const forms = walkthroughSteps.filter((event) => event.type === 'form/submitted');
const addresses = [
  ...new Set(walkthroughSteps.flatMap((event) => (event.type === 'browser/navigated' ? [event.address] : []))),
  'https://pacer.uscourts.gov/cgi-bin/../../etc/passwd',
  '',
];

/** Every password the scenarios give the trainee: none may ever appear in a world or a log. */
const clearPasswords = scenarios.flatMap((scenario) => [
  ...scenario.world.pacerAccounts.map((account) => account.password),
  ...scenario.world.ecfAccounts.map((account) => account.password),
]);

const HOSTILE_TEXT = ['', ' ', '<img src=x onerror=alert(1)>', '=HYPERLINK("x")', 'constructor', '__proto__', 'x'.repeat(300), '12/31/1899', '0'];

const hostileText = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) }, { weight: 1, arbitrary: fc.string({ maxLength: 60 }) });

/** A typed password: a known one, or any text drawn as its rules' answers (the digest never matches an account). */
const anySecret: fc.Arbitrary<Secret> = fc.oneof(
  fc.constantFrom('short', '', 'Gateway#Arch19', 'AVeryLongPassword#2025x').map((text) => knownSecret(SALT, text)),
  fc.tuple(fc.string({ maxLength: 50 }), fc.stringMatching(/^[0-9a-f]{64}$/)).map(([text, digest]): Secret => ({ ...secretVerdicts(text), digest })),
);

/** A real form of some part, posted with a field blanked, changed or missing, another button, or another password. */
const variedForm: fc.Arbitrary<TrainerEvent> = fc
  .record({
    form: fc.constantFrom(...forms),
    change: fc.constantFrom('blank-field', 'change-field', 'drop-field', 'button', 'secret'),
    pick: fc.nat(),
    text: hostileText,
    button: fc.constantFrom('next', 'back', 'submit', 'cancel', 'save', 'continue', 'constructor'),
    secret: anySecret,
  })
  .map(({ form, change, pick, text, button, secret }): TrainerEvent => {
    if (form.type !== 'form/submitted') return form;
    const names = Object.keys(form.fields);
    const name = names[pick % Math.max(names.length, 1)];
    const secretNames = Object.keys(form.secrets);
    const secretName = secretNames[pick % Math.max(secretNames.length, 1)];
    switch (change) {
      case 'blank-field':
        return name === undefined ? form : { ...form, fields: { ...form.fields, [name]: '' } };
      case 'change-field':
        return name === undefined ? form : { ...form, fields: { ...form.fields, [name]: text } };
      case 'drop-field': {
        if (name === undefined) return form;
        const { [name]: _dropped, ...rest } = form.fields;
        return { ...form, fields: rest };
      }
      case 'button':
        return { ...form, button };
      default:
        return secretName === undefined ? form : { ...form, secrets: { ...form.secrets, [secretName]: secret } };
    }
  });

const browserEvent: fc.Arbitrary<TrainerEvent> = fc.oneof(
  fc.record({ type: fc.constant('browser/navigated' as const), address: fc.constantFrom(...addresses), via: fc.constantFrom('address-bar' as const, 'link' as const) }),
  fc.constantFrom<TrainerEvent>({ type: 'browser/went-back' }, { type: 'browser/went-forward' }, { type: 'browser/reloaded' }),
);

/** A stretch of a walkthrough, mostly the played scenario's own from its start, so random moves land deep inside each part. */
const stretch = (played: ResolvedScenario): fc.Arbitrary<TrainerEvent[]> =>
  fc
    .record({
      scenario: fc.oneof({ weight: 3, arbitrary: fc.constant(played) }, { weight: 1, arbitrary: fc.constantFrom(...scenarios) }),
      from: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 40 }) }),
      length: fc.integer({ min: 1, max: 40 }),
    })
    .map(({ scenario, from, length }) => walkthroughEvents(scenario, 'practice', SALT).slice(1).slice(from, from + length));

const body = (played: ResolvedScenario): fc.Arbitrary<TrainerEvent[]> =>
  fc
  .array(
    fc.oneof(
      { weight: 2, arbitrary: stretch(played) },
      { weight: 3, arbitrary: variedForm.map((event) => [event]) },
      { weight: 2, arbitrary: fc.constantFrom(...walkthroughSteps).map((event) => [event]) },
      { weight: 1, arbitrary: browserEvent.map((event) => [event]) },
    ),
    { maxLength: 12 },
  )
  .map((chunks) => chunks.flat().slice(0, 80));

const mode = fc.constantFrom<AttemptMode>('practice', 'assess');

/** A built-in scenario and a body of events for it. */
const attempts = fc.constantFrom(...scenarios).chain((scenario) => fc.tuple(fc.constant(scenario), mode, body(scenario)));

function play(scenario: ResolvedScenario, startMode: AttemptMode, events: TrainerEvent[]): void {
  let world = initialWorld(scenario, { salt: SALT, mode: startMode });
  for (const event of events) {
    expect(eventSchema.safeParse(event).success, JSON.stringify(event)).toBe(true);
    const { world: after, outcome } = apply(world, event);
    expect(after.clock).toMatch(CLOCK_PATTERN);
    expect(after.clock >= world.clock, `${event.type} moved the clock back`).toBe(true);
    const { history, historyIndex } = after.session;
    expect(history.length === 0 ? historyIndex === -1 : historyIndex >= 0 && historyIndex < history.length).toBe(true);
    expect(new Set(after.mailbox.map((mail) => mail.id)).size).toBe(after.mailbox.length);
    if (outcome.status === 'refused') {
      // The real system showed its error: accounts, requests, mail and links are as they were.
      expect(after.pacerAccounts).toStrictEqual(world.pacerAccounts);
      expect(after.ecfAccounts).toStrictEqual(world.ecfAccounts);
      expect(after.requests).toStrictEqual(world.requests);
      expect(after.mailbox).toStrictEqual(world.mailbox);
    }
    world = after;
  }
  expect(isDeepStrictEqual(JSON.parse(JSON.stringify(world)), world), 'the world is plain JSON data').toBe(true);
  const stored = JSON.stringify([world, events]);
  for (const password of clearPasswords) expect(stored).not.toContain(password);
}

describe('events of every part, against every built-in scenario', () => {
  it('draws its moves from the forms of every part', () => {
    const prefixes = new Set(forms.map((form) => (form.type === 'form/submitted' ? form.form.split('/').slice(0, 2).join('/') : '')));
    expect(prefixes.size).toBeGreaterThanOrEqual(6);
  });

  it('reach most of the screens the walkthroughs reach, not only error pages', () => {
    const kinds = (worlds: readonly World[]) => worlds.map((world) => currentPage(world).kind);
    const walked = new Set(scenarios.flatMap((scenario) => kinds(replay(scenario, walkthroughEvents(scenario, 'practice', SALT), true).worlds)));
    const reached = new Set<string>();
    for (const [scenario, startMode, events] of fc.sample(attempts, seeded({ numRuns: 300 }))) {
      for (const kind of kinds(replay(scenario, [{ type: 'attempt/started', salt: SALT, mode: startMode }, ...events], true).worlds)) reached.add(kind);
    }
    const missed = [...walked].filter((kind) => !reached.has(kind));
    expect(walked.size).toBeGreaterThan(40);
    expect(missed.length, `not reached: ${missed.join(', ')}`).toBeLessThanOrEqual(walked.size * 0.1);
  });

  it('are applied without throwing, keep the world plain data, keep no typed password, and change nothing when refused', () => {
    fc.assert(
      fc.property(attempts, ([scenario, startMode, events]) => {
        play(scenario, startMode, events);
      }),
      seeded({ numRuns: 400 }),
    );
  }, 120_000);

  it('replay to a deep-equal world and score an integer from 0 to 100, the same every time', () => {
    fc.assert(
      fc.property(attempts, ([scenario, startMode, events]) => {
        const log: TrainerEvent[] = [{ type: 'attempt/started', salt: SALT, mode: startMode }, ...events];
        expect(replay(scenario, structuredClone(log)).world).toStrictEqual(replay(scenario, log).world);
        const report = score(scenario, log);
        expect(score(scenario, structuredClone(log))).toStrictEqual(report);
        expect(Number.isInteger(report.score) && report.score >= 0 && report.score <= 100).toBe(true);
        expect(report.passed).toBe(report.score >= report.passMark);
      }),
      seeded({ numRuns: 200 }),
    );
  }, 120_000);
});
