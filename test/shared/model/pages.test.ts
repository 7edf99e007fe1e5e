import { describe, expect, it } from 'vitest';
import { currentPage, pageAt, pageCourtId } from '../../../shared/model/pages';
import { Attempt, DANA, DANA_CMECF, MOEB, MOEB_CMECF, MOEB_LINK_PAGE } from '../../support/attempt';
import { filingSystemLabel, filingSystemLinkAfterLogin, websiteEfilingLabel } from '../../../shared/model/world';
import { builtinScenario } from '../../support/scenarios';

/**
 * The screen is a pure function of the world: the address on top of the
 * history plus the session. The same address shows different screens
 * depending on who is signed in and what they have acknowledged.
 */

const scenario = builtinScenario('cmecf-link-bankruptcy');
const ECF = 'https://ecf.moeb.uscourts.gov';

describe('which screen an address shows', () => {
  it('a fresh attempt shows a blank page', () => {
    const trainee = new Attempt(scenario);
    expect(trainee.world.session.history).toEqual([]);
    expect(currentPage(trainee.world)).toEqual({ kind: 'blank' });
  });

  it('signed out, every CM/ECF address shows the PACER login for that court', () => {
    const trainee = new Attempt(scenario);
    for (const path of ['/', '/cgi-bin/ShowIndex.pl', '/cgi-bin/DisplayMenu.pl?menu=Utilities', '/cgi-bin/LinkAccount.pl?step=verify']) {
      expect(pageAt(trainee.world, `${ECF}${path}`)).toEqual({ kind: 'pacer-login', courtId: MOEB });
    }
  });

  it('signed in with the redaction notice pending, every CM/ECF address shows the redaction notice', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn();
    expect(trainee.page).toEqual({ kind: 'redaction-notice', courtId: MOEB });
    for (const path of ['/', '/cgi-bin/ShowIndex.pl', '/cgi-bin/DisplayMenu.pl?menu=Utilities', '/cgi-bin/LinkAccount.pl']) {
      expect(pageAt(trainee.world, `${ECF}${path}`)).toEqual({ kind: 'redaction-notice', courtId: MOEB });
    }
  });

  it('after the notice, the CM/ECF addresses show the CM/ECF screens', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn();
    trainee.acknowledgeRedaction();
    const at = (path: string) => pageAt(trainee.world, `${ECF}${path}`);
    expect(at('/')).toEqual({ kind: 'cmecf-main', courtId: MOEB });
    expect(at('/cgi-bin/ShowIndex.pl')).toEqual({ kind: 'cmecf-main', courtId: MOEB });
    expect(at('/cgi-bin/DisplayMenu.pl?menu=Utilities')).toEqual({ kind: 'cmecf-menu', courtId: MOEB, menu: 'Utilities' });
    expect(at('/cgi-bin/DisplayMenu.pl?menu=Nonsense')).toEqual({ kind: 'cmecf-main', courtId: MOEB });
    // Filing menus are not on the bar before linking, nor another court type's: typing their address opens the main page.
    expect(at('/cgi-bin/DisplayMenu.pl?menu=Bankruptcy')).toEqual({ kind: 'cmecf-main', courtId: MOEB });
    expect(at('/cgi-bin/DisplayMenu.pl?menu=Civil')).toEqual({ kind: 'cmecf-main', courtId: MOEB });
    expect(at('/cgi-bin/LinkAccount.pl')).toEqual({ kind: 'cmecf-link-credentials', courtId: MOEB });
    expect(at('/cgi-bin/NoSuchScript.pl').kind).toBe('not-found');
  });

  it('the verify and confirmation screens cannot be reached by typing their address', () => {
    const trainee = new Attempt(scenario);
    trainee.openLinkScreen();
    expect(pageAt(trainee.world, `${MOEB_LINK_PAGE}?step=verify`)).toEqual({ kind: 'cmecf-link-credentials', courtId: MOEB });
    expect(pageAt(trainee.world, `${MOEB_LINK_PAGE}?step=done`)).toEqual({ kind: 'cmecf-link-credentials', courtId: MOEB });

    trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password);
    expect(trainee.page).toEqual({ kind: 'cmecf-link-verify', courtId: MOEB, ecfAccountId: DANA_CMECF.id });
    trainee.confirmLink();
    expect(trainee.page).toEqual({ kind: 'cmecf-link-done', courtId: MOEB, ecfAccountId: DANA_CMECF.id });
  });

  it('the PACER login address, once signed in with the notice acknowledged, shows the signed-in page', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn();
    trainee.acknowledgeRedaction();
    expect(pageAt(trainee.world, 'https://pacer.login.uscourts.gov/csologin/login.jsf?court=moeb')).toEqual({ kind: 'pacer-signed-in' });
    expect(pageAt(trainee.world, 'https://pacer.login.uscourts.gov/csologin/other.jsf').kind).toBe('not-found');
  });

  it('after logging out, a CM/ECF page reached with Back shows the PACER login again, not the old session', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn();
    trainee.acknowledgeRedaction();
    trainee.openMenu('Utilities');
    trainee.logOut();
    expect(trainee.page).toEqual({ kind: 'pacer-logged-out' });
    trainee.back();
    expect(trainee.page).toEqual({ kind: 'pacer-login', courtId: MOEB });
  });

  it('pageCourtId names the court a page belongs to', () => {
    expect(pageCourtId({ kind: 'cmecf-main', courtId: MOEB })).toBe(MOEB);
    expect(pageCourtId({ kind: 'pacer-login', courtId: null })).toBeNull();
    expect(pageCourtId({ kind: 'blank' })).toBeNull();
  });

  it('a signed-in trainee going to another address of the same court keeps the session', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn(DANA, MOEB_CMECF);
    trainee.acknowledgeRedaction();
    trainee.goTo('www.moeb.uscourts.gov');
    trainee.goTo(MOEB_CMECF);
    expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: MOEB });
  });
});

describe('a court whose filing-system link follows the login (W.D. Mo., seed 002 steps 1-5)', () => {
  const district = builtinScenario('cmecf-link-district');
  const TOMAS = { username: 'tvillanueva', password: 'Liberty*Memorial21' };
  const MOW = 'https://ecf.mow.uscourts.gov';

  it('its catalog entry names its own labels and placement; moeb keeps the defaults', () => {
    const mow = district.courts.find((court) => court.id === 'mow');
    expect(mow).toMatchObject({
      websiteEfilingLabel: 'District CM/ECF',
      filingSystemLabel: 'Western District of Missouri-Document Filing System',
      filingSystemLinkPlacement: 'after-login',
    });
    expect(websiteEfilingLabel(scenario.courts[0]!)).toBe('E-Filing (CM/ECF)');
    expect(filingSystemLabel(scenario.courts[0]!)).toBe('Eastern District of Missouri Filing System');
    expect(filingSystemLinkAfterLogin(scenario.courts[0]!)).toBe(false);
  });

  it('a court stored before these fields existed reads as moeb does', () => {
    const { websiteEfilingLabel: _label, filingSystemLabel: _system, filingSystemLinkPlacement: _placement, ...older } = district.courts[0]!;
    expect(websiteEfilingLabel(older)).toBe('E-Filing (CM/ECF)');
    expect(filingSystemLabel(older)).toBe('Western District of Missouri Filing System');
    expect(filingSystemLinkAfterLogin(older)).toBe(false);
  });

  it('after the login and the redaction notice, a landing page comes before CM/ECF itself', () => {
    const trainee = new Attempt(district);
    trainee.goTo('https://www.mow.uscourts.gov/');
    expect(trainee.page).toEqual({ kind: 'court-home', courtId: 'mow' });
    trainee.goTo(`${MOW}/`, 'link');
    expect(trainee.page).toEqual({ kind: 'pacer-login', courtId: 'mow' });
    trainee.logIn(TOMAS.username, TOMAS.password);
    expect(trainee.page).toEqual({ kind: 'redaction-notice', courtId: 'mow' });
    trainee.acknowledgeRedaction('mow');
    expect(trainee.page).toEqual({ kind: 'ecf-landing', courtId: 'mow' });
    expect(trainee.url).toBe(`${MOW}/`);

    // The landing page has no menu bar to click.
    expect(trainee.openMenu('Utilities', 'mow')).toMatchObject({ status: 'refused' });

    expect(trainee.goTo(`${MOW}/cgi-bin/ShowIndex.pl`, 'link').status).toBe('accepted');
    expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: 'mow' });
    expect(trainee.openMenu('Utilities', 'mow').status).toBe('accepted');
  });

  it('at moeb the notice still opens the CM/ECF main page directly', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn();
    trainee.acknowledgeRedaction();
    expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: MOEB });
  });

  it('the landing page belongs to its court', () => {
    expect(pageCourtId({ kind: 'ecf-landing', courtId: 'mow' })).toBe('mow');
  });
});
