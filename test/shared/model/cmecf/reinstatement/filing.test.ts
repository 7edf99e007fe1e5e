import { describe, expect, it } from 'vitest';
import { FILING_MESSAGES } from '../../../../../shared/model/cmecf/reinstatement/filing-forms';
import { STANDING_MESSAGES } from '../../../../../shared/model/cmecf/reinstatement/standing';
import { reinstatementOf } from '../../../../../shared/model/cmecf/reinstatement/state';
import { describeEvent } from '../../../../../shared/model/describe';
import { pageAt } from '../../../../../shared/model/pages';
import { NOT_ON_THIS_PAGE } from '../../../../../shared/model/transitions';
import { builtinScenario } from '../../../../support/scenarios';
import { Attempt } from '../../../../support/attempt';
import { ATTORNEY, MOW, MOW_CMECF, ReinstatingAttorney } from './reinstatement-trainee';

describe('the menu bar of an attorney who must be reinstated (seed 002, step 6)', () => {
  it('offers Attorney Reinstatement after the district filing menus', () => {
    const trainee = new ReinstatingAttorney().enterFilingSystem();
    expect(trainee.menus(MOW)).toEqual(['Civil', 'Criminal', 'Attorney Reinstatement', 'Query', 'Reports', 'Utilities', 'Search', 'Help']);
  });

  it('is not offered to an active attorney (the district linking scenario)', () => {
    const trainee = new Attempt(builtinScenario('cmecf-link-district'));
    trainee.link({ username: 'tvillanueva', password: 'Liberty*Memorial21' }, { login: 'trv2208', password: 'Country$Club48' }, MOW);
    trainee.openMenu('Query', MOW);
    expect(trainee.menus(MOW)).not.toContain('Attorney Reinstatement');
    expect(trainee.openMenu('Attorney Reinstatement', MOW).status).toBe('refused');
  });

  it('clicking it opens the event selection (Available Events, Selected Event)', () => {
    const trainee = new ReinstatingAttorney().enterFilingSystem();
    expect(trainee.openReinstatement().status).toBe('accepted');
    expect(trainee.page).toEqual({ kind: 'cmecf-reinstatement-event', courtId: MOW });
    expect(trainee.url).toBe(`${MOW_CMECF}cgi-bin/DisplayMenu.pl?menu=Attorney%20Reinstatement`);
  });

  it('refuses Civil and Criminal with the court’s message before the reinstatement is filed', () => {
    const trainee = new ReinstatingAttorney().enterFilingSystem();
    for (const menu of ['Civil', 'Criminal'] as const) {
      const outcome = trainee.openMenu(menu, MOW);
      expect(outcome).toEqual({ status: 'refused', mistake: 'filed-before-reinstatement', message: STANDING_MESSAGES.notReinstated });
    }
    // Typed into the address bar, the menu is refused the same way.
    const typed = trainee.goTo(`${MOW_CMECF}cgi-bin/DisplayMenu.pl?menu=Civil`);
    expect(typed.mistake).toBe('filed-before-reinstatement');
    expect(trainee.openMenu('Query', MOW).status).toBe('accepted');
  });
});

describe('steps 7-8: the event chosen from Available Events', () => {
  const atEvents = () => {
    const trainee = new ReinstatingAttorney().enterFilingSystem();
    trainee.openReinstatement();
    return trainee;
  };

  it('refuses Next with no event selected, or an event the box does not list', () => {
    for (const event of ['', 'no-such-event', '<script>alert(1)</script>', 'x'.repeat(5000)]) {
      const trainee = atEvents();
      expect(trainee.chooseEvent(event)).toEqual({ status: 'refused', mistake: null, message: FILING_MESSAGES.selectEvent });
      expect(trainee.page.kind).toBe('cmecf-reinstatement-event');
    }
  });

  it('refuses another attorney event with the wrong-event mistake', () => {
    const trainee = atEvents();
    const outcome = trainee.chooseEvent('pro-hac-vice');
    expect(outcome.status).toBe('refused');
    expect(outcome.mistake).toBe('wrong-reinstatement-event');
    expect(outcome.message).toBe(FILING_MESSAGES.eventNotAvailable('Motion for leave to appear pro hac vice'));
    expect(reinstatementOf(trainee.world).draft).toBeNull();
  });

  it('accepts Attorney reinstatement and moves to the case screen (step 9)', () => {
    const trainee = atEvents();
    expect(trainee.chooseEvent('atty-reinstatement')).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(trainee.page).toEqual({ kind: 'cmecf-reinstatement-case', courtId: MOW });
    expect(reinstatementOf(trainee.world).draft).toMatchObject({ courtId: MOW, ecfAccountId: ATTORNEY.ecfId, reached: 'case' });
  });

  it('describes the choice in the court’s words', () => {
    const trainee = atEvents();
    const text = describeEvent({ type: 'form/submitted', form: 'cmecf/reinstatement/event', button: 'next', fields: { event: 'atty-reinstatement' }, secrets: {} }, trainee.world);
    expect(text).toBe('Selected the event "Attorney reinstatement" and clicked Next');
  });
});

describe('steps 9-12: the Next screens, then Attorney Name and Attorney Bar Number', () => {
  const atAttorney = () => {
    const trainee = new ReinstatingAttorney().enterFilingSystem();
    trainee.openReinstatement();
    trainee.chooseEvent('atty-reinstatement');
    expect(trainee.submit('cmecf/reinstatement/case', 'next').status).toBe('accepted');
    expect(trainee.page.kind).toBe('cmecf-reinstatement-statement');
    expect(trainee.submit('cmecf/reinstatement/statement', 'next').status).toBe('accepted');
    expect(trainee.page.kind).toBe('cmecf-reinstatement-attorney');
    return trainee;
  };

  it('refuses empty and over-long boxes with the field’s message', () => {
    const cases: [string, string, string][] = [
      ['', '58214', FILING_MESSAGES.nameRequired],
      ['   ', '58214', FILING_MESSAGES.nameRequired],
      [ATTORNEY.name, '', FILING_MESSAGES.barRequired],
      ['M'.repeat(101), '58214', FILING_MESSAGES.nameTooLong],
      [ATTORNEY.name, '5'.repeat(21), FILING_MESSAGES.barTooLong],
    ];
    for (const [name, bar, message] of cases) {
      const trainee = atAttorney();
      expect(trainee.enterAttorney(name, bar)).toEqual({ status: 'refused', mistake: null, message });
      expect(trainee.page.kind).toBe('cmecf-reinstatement-attorney');
    }
  });

  it('refuses a name that is not the attorney’s, hostile text included', () => {
    for (const name of ['Dana M. Whitfield', '<img src=x onerror=alert(1)> Ferrante', 'Ferrante']) {
      const trainee = atAttorney();
      const outcome = trainee.enterAttorney(name, ATTORNEY.barNumber);
      expect(outcome.mistake).toBe('attorney-name-wrong');
      expect(outcome.message).toBe(FILING_MESSAGES.nameMismatch);
    }
  });

  it('refuses a bar number that is not the court’s record', () => {
    const trainee = atAttorney();
    const outcome = trainee.enterAttorney(ATTORNEY.name, '58241');
    expect(outcome).toEqual({ status: 'refused', mistake: 'attorney-bar-number-wrong', message: FILING_MESSAGES.barMismatch });
  });

  it('accepts the name in "Last, First" order and the bar number as written on a bar card', () => {
    const trainee = atAttorney();
    expect(trainee.enterAttorney('Ferrante, Marisol', 'No. 58214').status).toBe('accepted');
    expect(trainee.page).toEqual({ kind: 'cmecf-reinstatement-fee', courtId: MOW });
  });

  it('a screen not yet reached starts the event over; a filing screen without a sign-on is the PACER login', () => {
    const trainee = new ReinstatingAttorney().enterFilingSystem();
    expect(pageAt(trainee.world, `${MOW_CMECF}cgi-bin/AttyReinstatement.pl?step=fee`)).toEqual({ kind: 'cmecf-reinstatement-event', courtId: MOW });
    const fresh = new ReinstatingAttorney();
    expect(pageAt(fresh.world, `${MOW_CMECF}cgi-bin/AttyReinstatement.pl?step=fee`).kind).toBe('pacer-login');
  });

  it('a post from another screen is refused as not on this page', () => {
    const trainee = atAttorney();
    expect(trainee.submit('cmecf/reinstatement/fee', 'next').message).toBe(NOT_ON_THIS_PAGE);
  });
});

describe('step 13: the fee', () => {
  it('Next redirects to PACER’s login screen for the payment', () => {
    const trainee = new ReinstatingAttorney().reachFee();
    expect(trainee.submit('cmecf/reinstatement/fee', 'next').status).toBe('accepted');
    expect(trainee.page).toEqual({ kind: 'pacer-fee-login', courtId: MOW });
    expect(trainee.url).toBe('https://pacer.psc.uscourts.gov/pscof/payment/login.jsf?court=mow');
  });

  it('PACER’s payment screens do not exist without a filing waiting for its fee', () => {
    const trainee = new ReinstatingAttorney().enterFilingSystem();
    expect(pageAt(trainee.world, 'https://pacer.psc.uscourts.gov/pscof/payment/review.jsf?court=mow').kind).toBe('not-found');
  });
});
