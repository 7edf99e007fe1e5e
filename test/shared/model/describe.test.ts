import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../../shared/model/describe';
import { eventSchema, type EventType, type TrainerEvent } from '../../../shared/model/events';
import type { World } from '../../../shared/model/world';
import { Attempt, DANA, DANA_CMECF, FIRM, MOEB_CMECF, MOEB_LINK_PAGE } from '../../support/attempt';
import { builtinScenario } from '../../support/scenarios';

const scenario = builtinScenario('cmecf-link-bankruptcy');

/** What describeEvent says for the last thing the trainee did, given the world just before it. */
function saidFor(trainee: Attempt, act: (trainee: Attempt) => void): string {
  const before: World = trainee.world;
  act(trainee);
  const event = trainee.events.at(-1);
  if (!event) throw new Error('nothing was done');
  return describeEvent(event, before);
}

describe('describeEvent says what the trainee did, in the court’s words', () => {
  it('the start of the attempt, by mode', () => {
    const trainee = new Attempt(scenario);
    expect(describeEvent({ type: 'attempt/started', salt: 'salt-salt-01', mode: 'practice' }, trainee.world)).toBe('Started the practice attempt');
    expect(describeEvent({ type: 'attempt/started', salt: 'salt-salt-01', mode: 'assess' }, trainee.world)).toBe('Started the assessment');
    expect(describeEvent({ type: 'attempt/started', salt: 'salt-salt-01', mode: 'watch' }, trainee.world)).toBe('Started the walkthrough');
  });

  it('browsing: the address bar, a link, a bookmark, Back, Forward, Reload', () => {
    const trainee = new Attempt(scenario);
    expect(saidFor(trainee, (t) => t.goTo('www.moeb.uscourts.gov'))).toBe('Typed "www.moeb.uscourts.gov" in the address bar');
    expect(saidFor(trainee, (t) => t.goTo(MOEB_CMECF, 'link'))).toBe('Followed the link to https://ecf.moeb.uscourts.gov/');
    expect(saidFor(trainee, (t) => t.goTo('www.moeb.uscourts.gov', 'bookmark'))).toBe('Opened the bookmark for www.moeb.uscourts.gov');
    expect(saidFor(trainee, (t) => t.back())).toBe('Clicked Back in the browser');
    expect(saidFor(trainee, (t) => t.forward())).toBe('Clicked Forward in the browser');
    expect(saidFor(trainee, (t) => t.reload())).toBe('Reloaded the page');
  });

  it('a very long address is cut short', () => {
    const trainee = new Attempt(scenario);
    const said = saidFor(trainee, (t) => t.goTo(`www.${'a'.repeat(500)}.gov`));
    expect(said.length).toBeLessThan(160);
    expect(said).toMatch(/…" in the address bar$/);
  });

  it('the PACER login: who logged in, or tried to, never the password', () => {
    const trainee = new Attempt(scenario);
    trainee.goTo(MOEB_CMECF, 'link');
    expect(saidFor(trainee, (t) => t.logIn(DANA_CMECF.login, DANA_CMECF.password))).toBe('Tried to log in to PACER as "dmw4521"');
    const said = saidFor(trainee, (t) => t.logIn(FIRM.username, FIRM.password, 'smith-case'));
    expect(said).toBe('Logged in to PACER as "wokaforlaw" with client code "smith-case"');
    expect(said).not.toContain(FIRM.password);
  });

  it('CM/ECF: the redaction notice, a menu, the link screen, Submit on the confirmation, Cancel, Log out', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn(FIRM);
    expect(saidFor(trainee, (t) => t.acknowledgeRedaction())).toBe('Checked the box on the redaction notice and clicked Continue');
    expect(saidFor(trainee, (t) => t.openMenu('Utilities'))).toBe('Opened the Utilities menu');
    trainee.goTo(MOEB_LINK_PAGE, 'link');
    const submitted = saidFor(trainee, (t) => t.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password));
    expect(submitted).toBe('Submitted CM/ECF login "dmw4521" on the link screen');
    expect(submitted).not.toContain(DANA_CMECF.password);
    expect(saidFor(trainee, (t) => t.cancelLink())).toBe('Cancelled the link on the confirmation screen');
    trainee.goTo(MOEB_LINK_PAGE, 'link');
    trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password);
    expect(saidFor(trainee, (t) => t.confirmLink())).toBe(
      'Clicked Submit to link PACER account "wokaforlaw" (WHITFIELD & OKAFOR LLC) to CM/ECF login "dmw4521" (Dana Whitfield)',
    );
    expect(saidFor(trainee, (t) => t.logOut())).toBe('Logged out of CM/ECF at the Eastern District of Missouri');
  });

  it('Submit on a confirmation screen that is not there says only what was clicked', () => {
    const trainee = new Attempt(scenario);
    expect(saidFor(trainee, (t) => t.confirmLink())).toBe('Clicked Submit to link the accounts');
  });

  it('the mailbox and the hint button', () => {
    const trainee = new Attempt(scenario);
    trainee.link(DANA);
    expect(saidFor(trainee, (t) => t.openMail('mail-1'))).toBe(
      'Opened the e-mail "NextGen CM/ECF account change processed: MISSOURI EASTERN BANKRUPTCY COURT"',
    );
    expect(saidFor(trainee, (t) => t.openMail('mail-99'))).toBe('Tried to open a message that is not in the mailbox');
    expect(saidFor(trainee, (t) => t.askHint('link-accounts'))).toBe('Asked for a hint');
  });

  it('covers every event type the model knows', () => {
    const types = eventSchema.options.map((option) => option.shape.type.value);
    const covered: EventType[] = [
      'attempt/started',
      'browser/navigated',
      'browser/went-back',
      'browser/went-forward',
      'browser/reloaded',
      'pacer/login-submitted',
      'cmecf/redaction-acknowledged',
      'cmecf/menu-opened',
      'cmecf/link-credentials-submitted',
      'cmecf/link-confirmed',
      'cmecf/link-cancelled',
      'cmecf/logged-out',
      'form/submitted',
      'trainee/waited',
      'mail/opened',
      'trainee/hint-requested',
      'phone/qr-scanned',
      'phone/key-entered',
      'phone/messages-opened',
    ];
    expect(new Set(types)).toEqual(new Set(covered));
  });

  it('any valid event, in any world of the walkthrough, gives one short sentence', () => {
    const trainee = new Attempt(scenario);
    trainee.link(DANA);
    const worlds = [new Attempt(scenario).world, trainee.world];
    const arbitraryEvent = fc
      .constantFrom(...trainee.events.slice(1))
      .map((event): TrainerEvent => event);
    fc.assert(
      fc.property(arbitraryEvent, fc.constantFrom(...worlds), (event, world) => {
        const said = describeEvent(event, world);
        expect(said.length).toBeGreaterThan(5);
        expect(said.length).toBeLessThan(300);
        expect(said).not.toContain(DANA.password);
        expect(said).not.toContain(DANA_CMECF.password);
      }),
    );
  });
});
