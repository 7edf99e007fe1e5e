import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysBetween } from '../../../shared/model/clock';
import { eventSchema } from '../../../shared/model/events';
import { FORMS, MODEL_PARTS } from '../../../shared/model/forms';
import { MESSAGES } from '../../../shared/model/reducer';
import { Attempt, MOEB_CMECF } from '../../support/attempt';
import { builtinScenario } from '../../support/scenarios';

const scenario = builtinScenario('cmecf-link-bankruptcy');

describe('posted forms', () => {
  it('a form the site does not have is refused and changes nothing but the notice', () => {
    const trainee = new Attempt(scenario);
    trainee.goTo(MOEB_CMECF);
    const before = trainee.world;
    expect(trainee.submit('pacer/no-such-form', 'submit', { name: 'x' })).toEqual({
      status: 'refused',
      mistake: null,
      message: MESSAGES.notOnThisPage,
    });
    expect(trainee.world.session.history).toEqual(before.session.history);
    expect(trainee.world.pacerAccounts).toEqual(before.pacerAccounts);
  });

  it('a form id cannot reach the prototype ("constructor", "__proto__")', () => {
    const trainee = new Attempt(scenario);
    expect(trainee.submit('constructor', 'submit').status).toBe('refused');
  });

  it('every form id is claimed by one part only and names the pages it lives on', () => {
    const ids = MODEL_PARTS.flatMap((part) => Object.keys(part.forms));
    expect(new Set(ids).size).toBe(ids.length);
    for (const [id, definition] of Object.entries(FORMS)) {
      expect(definition.pages.length, id).toBeGreaterThan(0);
      expect(definition.title.trim(), id).not.toBe('');
    }
  });

  it('the event schema keeps posted passwords as digests only and limits the size of a post', () => {
    const base = { type: 'form/submitted', form: 'pacer/register/account-information', button: 'next' };
    expect(eventSchema.safeParse({ ...base, fields: {}, secrets: { password: 'clear text' } }).success).toBe(false);
    const tooMany = Object.fromEntries(Array.from({ length: 81 }, (_, index) => [`field${index}`, 'x']));
    expect(eventSchema.safeParse({ ...base, fields: tooMany }).success).toBe(false);
    expect(eventSchema.safeParse({ ...base, fields: { '<script>': 'x' } }).success).toBe(false);
    expect(eventSchema.safeParse({ ...base, form: '../../etc' }).success).toBe(false);
    expect(eventSchema.parse({ ...base })).toMatchObject({ fields: {}, secrets: {}, button: 'next' });
  });
});

describe('letting time pass', () => {
  it('counts business days, skipping the weekend, and opens the office at 9:00', () => {
    // Friday 2019-07-12 10:30 + 1 business day = Monday 2019-07-15 09:00.
    expect(addBusinessDays('2019-07-12T10:30:00', 1)).toBe('2019-07-15T09:00:00');
    expect(addBusinessDays('2019-07-15T10:30:00', 10)).toBe('2019-07-29T09:00:00');
    expect(businessDaysBetween('2019-07-12T10:30:00', '2019-07-29T09:00:00')).toBe(11);
  });

  it('waiting moves the simulated clock and nothing else the trainee did', () => {
    const trainee = new Attempt(scenario);
    trainee.goTo(MOEB_CMECF);
    const before = trainee.world;
    expect(trainee.wait(7)).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(trainee.world.clock > before.clock).toBe(true);
    expect(businessDaysBetween(before.clock, trainee.world.clock)).toBe(7);
    expect(trainee.world.session.history).toEqual(before.session.history);
  });
});
