import { cleanup, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SiteView } from '../../../renderer/sites/SiteView';
import { initialWorld } from '../../../shared/model/initial-world';
import { currentPage } from '../../../shared/model/pages';
import { apply } from '../../../shared/model/reducer';
import { scriptedEvent } from '../../../shared/model/replay';
import { phoneEntries, shownCode } from '../../../shared/model/phone/state';
import type { MailItem, World } from '../../../shared/model/world';
import type { ResolvedScenario } from '../../../shared/scenario/schema';
import { builtinScenario, builtinScenarioIds } from '../../support/scenarios';

/**
 * Whatever a walkthrough types into a box must be something the trainee has
 * been given or shown: the briefing, a page shown on the way (its text and
 * the values its boxes already hold), or an e-mail or letter in the mailbox
 * (issue 10, point 5: "Type Attorney Name" when nobody had said the
 * attorney's name). Each walkthrough is replayed through the real screens;
 * before each form it posts, the boxes it types into are read off the page,
 * so choices (lists, radio buttons, check boxes, uploads) are left out by
 * what the page draws, not by a list kept here.
 */

const SALT = 'typed-values-salt';

/** Boxes where the trainee writes in their own words; any text will do. */
const OWN_WORDS: Readonly<Record<string, readonly string[]>> = {
  // "a brief Remark" (FIDELITY 1.6): the office manager's own note to the account holder.
  'pacer/account/paa/add': ['remark'],
  // The name the filer gives an authenticator app, e.g. "My phone".
  'pacer/mfa/enroll': ['appName'],
};

/** Text-entry controls: what a person types into. */
const TYPED_INPUTS = new Set(['text', 'email', 'tel', 'number', 'search', 'url', 'password']);

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function briefingText(scenario: ResolvedScenario): string {
  const { briefing } = scenario;
  return [briefing.role, briefing.situation, briefing.task, ...briefing.given.flatMap((item) => [item.label, item.value, item.note])].join('\n');
}

/** Every string a message shows (subject, sender, its lines and fields). */
function mailText(mail: MailItem): string {
  const strings: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (key === 'id' || key === 'template') return;
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, ''));
    else if (value !== null && typeof value === 'object') Object.entries(value).forEach(([name, item]) => walk(item, name));
  };
  walk(mail, '');
  return strings.join('\n');
}

/** What the phone's authenticator shows: its codes are there for the trainee to read. */
function phoneText(world: World): string {
  return phoneEntries(world)
    .map((entry) => shownCode(entry, world.clock)?.code ?? '')
    .join('\n');
}

/** The page's text and what its boxes already hold (pre-filled from the account), as a person reads them. */
function pageText(container: HTMLElement): string {
  const values = Array.from(container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))
    .filter((element) => !(element instanceof HTMLInputElement && ['hidden', 'checkbox', 'radio', 'file', 'password'].includes(element.type)))
    .map((element) => element.value);
  return [container.textContent ?? '', ...values].join('\n');
}

/** Names of the fields the page lets a person type into. */
function typedFieldNames(container: HTMLElement): Set<string> {
  const names = new Set<string>();
  for (const element of Array.from(container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]'))) {
    if (element instanceof HTMLTextAreaElement || TYPED_INPUTS.has(element.type)) names.add(element.name);
  }
  return names;
}

interface Unseen {
  step: number;
  form: string;
  field: string;
  value: string;
}

function unseenTypedValues(scenario: ResolvedScenario): Unseen[] {
  let world: World = apply(initialWorld(scenario, { salt: SALT, mode: 'practice' }), { type: 'attempt/started', salt: SALT, mode: 'practice' }).world;
  let seen = normalize(briefingText(scenario));
  const unseen: Unseen[] = [];
  scenario.walkthrough.forEach((step, index) => {
    const { container } = render(<SiteView world={world} page={currentPage(world)} dispatch={() => undefined} />);
    seen += `\n${normalize(pageText(container))}\n${normalize(world.mailbox.map(mailText).join('\n'))}\n${phoneText(world)}`;
    // A step typing the phone's code types what the phone shows now (shared/model/phone/script.ts).
    const action = scriptedEvent(step.action, SALT, world);
    if (action.type === 'form/submitted') {
      const typed = typedFieldNames(container);
      const ownWords = OWN_WORDS[action.form] ?? [];
      const secrets = step.action.type === 'form/submitted' ? step.action.secrets : {};
      const posted = [...Object.entries(action.fields), ...Object.entries(secrets)];
      for (const [field, value] of posted) {
        if (!typed.has(field) || ownWords.includes(field) || value.trim() === '') continue;
        if (!seen.includes(normalize(value))) unseen.push({ step: index + 1, form: action.form, field, value });
      }
    }
    cleanup();
    world = apply(world, action).world;
  });
  return unseen;
}

describe.each(builtinScenarioIds())('%s', (id) => {
  it('types only what the briefing gives or the screens and mailbox have shown', () => {
    expect(unseenTypedValues(builtinScenario(id))).toEqual([]);
  });
});
