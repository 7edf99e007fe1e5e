import { join } from 'node:path';
import { knownSecret } from '../../shared/model/credentials';
import type { MenuName, TrainerEvent } from '../../shared/model/events';
import { initialWorld } from '../../shared/model/initial-world';
import { menuBar } from '../../shared/model/menus';
import { partsToCheck, passwordPersonalParts } from '../../shared/model/pacer/password-policy';
import { currentPage, type Page } from '../../shared/model/pages';
import { apply, type Outcome } from '../../shared/model/reducer';
import { walkthroughLog } from '../../shared/model/replay';
import { currentUrl, type AttemptMode, type World } from '../../shared/model/world';
import { parseCourtCatalog, parseScenario, resolveCourts } from '../../shared/scenario/load';
import type { ResolvedScenario, ScenarioInput } from '../../shared/scenario/schema';
import { readJson, SCENARIOS_DIR } from './scenarios';

/**
 * A trainee at the simulated desk: each method is one thing a person does
 * on the screens, turned into the event the screen would dispatch and
 * applied to the world. Tests read as the court's written steps.
 */

export const SALT = 'unit-test-salt-01';

/** The people and credentials of the cmecf-link-bankruptcy briefing. */
export const DANA = { username: 'dwhitfield', password: 'Gateway#Arch19', accountNumber: '4417093' } as const;
export const FIRM = { username: 'wokaforlaw', password: 'Research2012!', accountNumber: '3306518' } as const;
export const DANA_CMECF = { login: 'dmw4521', password: 'Eads*Bridge74', id: 'whitfield-moeb' } as const;
export const MOEB = 'moeb';
export const MOEB_CMECF = 'https://ecf.moeb.uscourts.gov/';
export const MOEB_LINK_PAGE = 'https://ecf.moeb.uscourts.gov/cgi-bin/LinkAccount.pl';

export class Attempt {
  world: World;
  readonly events: TrainerEvent[] = [];
  readonly outcomes: Outcome[] = [];

  constructor(
    readonly scenario: ResolvedScenario,
    readonly mode: AttemptMode = 'practice',
    readonly salt: string = SALT,
  ) {
    this.world = initialWorld(scenario, { salt, mode });
    this.do({ type: 'attempt/started', salt, mode });
  }

  do(event: TrainerEvent): Outcome {
    const applied = apply(this.world, event);
    this.world = applied.world;
    this.events.push(event);
    this.outcomes.push(applied.outcome);
    return applied.outcome;
  }

  get page(): Page {
    return currentPage(this.world);
  }

  get url(): string | null {
    return currentUrl(this.world);
  }

  menus(courtId = MOEB): MenuName[] {
    return menuBar(this.world, courtId);
  }

  goTo(address: string, via: 'address-bar' | 'link' | 'bookmark' = 'address-bar'): Outcome {
    return this.do({ type: 'browser/navigated', address, via });
  }

  back(): Outcome {
    return this.do({ type: 'browser/went-back' });
  }

  forward(): Outcome {
    return this.do({ type: 'browser/went-forward' });
  }

  reload(): Outcome {
    return this.do({ type: 'browser/reloaded' });
  }

  logIn(username: string, password: string, clientCode = ''): Outcome {
    return this.do({ type: 'pacer/login-submitted', username, password: knownSecret(this.salt, password), clientCode });
  }

  acknowledgeRedaction(courtId = MOEB): Outcome {
    return this.do({ type: 'cmecf/redaction-acknowledged', courtId });
  }

  openMenu(menu: MenuName, courtId = MOEB): Outcome {
    return this.do({ type: 'cmecf/menu-opened', courtId, menu });
  }

  submitLinkCredentials(login: string, password: string, courtId = MOEB): Outcome {
    return this.do({ type: 'cmecf/link-credentials-submitted', courtId, login, password: knownSecret(this.salt, password) });
  }

  confirmLink(courtId = MOEB): Outcome {
    return this.do({ type: 'cmecf/link-confirmed', courtId });
  }

  cancelLink(courtId = MOEB): Outcome {
    return this.do({ type: 'cmecf/link-cancelled', courtId });
  }

  logOut(courtId = MOEB): Outcome {
    return this.do({ type: 'cmecf/logged-out', courtId });
  }

  openMail(mailId: string): Outcome {
    return this.do({ type: 'mail/opened', mailId });
  }

  /**
   * Posts a form as its page would: `fields` as typed, `secrets` (passwords)
   * in clear here and digested with the attempt's salt, as SimForm does
   * (remembered, as a scenario's own passwords are: a test's are its author's),
   * checked against the personal parts the model names for the form.
   */
  submit(form: string, button: string, fields: Record<string, string> = {}, secrets: Record<string, string> = {}): Outcome {
    const parts = partsToCheck(passwordPersonalParts(this.world, form), (name) => fields[name] ?? '');
    const digested = Object.fromEntries(Object.entries(secrets).map(([name, value]) => [name, knownSecret(this.salt, value, parts)]));
    return this.do({ type: 'form/submitted', form, button, fields, secrets: digested });
  }

  wait(businessDays: number): Outcome {
    return this.do({ type: 'trainee/waited', businessDays });
  }

  askHint(objectiveId: string): Outcome {
    return this.do({ type: 'trainee/hint-requested', objectiveId });
  }

  // Common stretches of the seed 000 walkthrough.

  /** Steps 1-3: the court's filing system link, then the PACER login. */
  signIn(credentials: { username: string; password: string } = DANA, cmecf = MOEB_CMECF): Outcome {
    this.goTo(cmecf, 'link');
    return this.logIn(credentials.username, credentials.password);
  }

  /** Steps 1-5: signed in, notice acknowledged, Utilities, the link screen. */
  openLinkScreen(credentials: { username: string; password: string } = DANA, courtId = MOEB): this {
    const court = this.world.courts[courtId];
    const host = court ? `https://${court.ecfHost}/` : MOEB_CMECF;
    this.signIn(credentials, host);
    this.acknowledgeRedaction(courtId);
    this.openMenu('Utilities', courtId);
    this.goTo(`${host}cgi-bin/LinkAccount.pl`, 'link');
    return this;
  }

  /** Steps 1-8: link the given CM/ECF account and land on the confirmation screen. */
  link(credentials: { username: string; password: string } = DANA, cmecf: { login: string; password: string } = DANA_CMECF, courtId = MOEB): Outcome {
    this.openLinkScreen(credentials, courtId);
    this.submitLinkCredentials(cmecf.login, cmecf.password, courtId);
    return this.confirmLink(courtId);
  }
}

/** The scenario's own walkthrough as the events a trainee's screens would dispatch. */
export function walkthroughEvents(scenario: ResolvedScenario, mode: AttemptMode = 'practice', salt = SALT): TrainerEvent[] {
  return walkthroughLog(scenario, { type: 'attempt/started', salt, mode });
}

/**
 * A variant of a built-in scenario, the way a court's trainer would author
 * one: edit the file, then validate and resolve it like any other. Throws
 * (failing the test) if the variant itself is not a valid scenario.
 */
export function scenarioVariant(id: string, edit: (scenario: ScenarioInput) => void): ResolvedScenario {
  const raw = structuredClone(readJson(join(SCENARIOS_DIR, 'builtin', `${id}.json`))) as ScenarioInput;
  edit(raw);
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(`invalid variant:\n${parsed.error.join('\n')}`);
  const resolved = resolveCourts(parsed.value, courtCatalog());
  if (!resolved.ok) throw new Error(`unresolved variant:\n${resolved.error.join('\n')}`);
  return resolved.value;
}

/** The same scenario moved to another court of the catalog (every id and address rewritten). */
export function scenarioAtCourt(id: string, from: string, to: string): ResolvedScenario {
  const text = JSON.stringify(readJson(join(SCENARIOS_DIR, 'builtin', `${id}.json`)));
  const moved = JSON.parse(text.replaceAll(from, to)) as unknown;
  const parsed = parseScenario(moved);
  if (!parsed.ok) throw new Error(`invalid variant:\n${parsed.error.join('\n')}`);
  const resolved = resolveCourts(parsed.value, courtCatalog());
  if (!resolved.ok) throw new Error(`unresolved variant:\n${resolved.error.join('\n')}`);
  return resolved.value;
}

export function courtCatalog() {
  const catalog = parseCourtCatalog(readJson(join(SCENARIOS_DIR, 'courts.json')));
  if (!catalog.ok) throw new Error(catalog.error.join('\n'));
  return catalog.value;
}
