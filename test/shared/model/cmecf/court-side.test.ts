import { describe, expect, it } from 'vitest';
import { COURT_SIDE_FORMS, COURT_SIDE_MESSAGES } from '../../../../shared/model/cmecf/court-part';
import { failedLinkCount } from '../../../../shared/model/cmecf/court-state';
import { failedLinkMessage } from '../../../../shared/model/cmecf/link-core';
import { MENU_NAMES } from '../../../../shared/model/events';
import { FORMS } from '../../../../shared/model/forms';
import { MENU_ENTRIES, utilitiesMenu } from '../../../../shared/model/menus';
import { describeEvent } from '../../../../shared/model/describe';
import { MISTAKES } from '../../../../shared/model/mistakes';
import { MESSAGES } from '../../../../shared/model/reducer';
import { ecfAccountLinkedTo } from '../../../../shared/model/world';
import { checkHolds } from '../../../../shared/scenario/checks';
import { eventSchema } from '../../../../shared/model/events';
import { Attempt, DANA, DANA_CMECF, FIRM, MOEB, scenarioVariant } from '../../../support/attempt';
import { builtinScenario } from '../../../support/scenarios';

/**
 * The court side beyond the district/bankruptcy link screens: the appellate
 * link (seed 004; FIDELITY 1.11), CurrentGen courts' own login (seed 004),
 * a link the court's system cannot make and its fallback (seed 004), and
 * linking being per court (FIDELITY 1.10).
 */

const CA8 = 'ca8';
const KSD = 'ksd';
const MOW = 'mow';
const CA8_HOME = 'https://ecf.ca8.uscourts.gov/';
const CA8_LINK = 'https://ecf.ca8.uscourts.gov/n/beam/servlet/TransportRoom?servlet=LinkFilerAccount.jsp';
const CA8_ACCOUNT = 'https://ecf.ca8.uscourts.gov/n/beam/servlet/TransportRoom?servlet=UpdateMyAccount.jsp';
const KSD_CMECF = 'https://ecf.ksd.uscourts.gov/';
const MOW_CMECF = 'https://ecf.mow.uscourts.gov/cgi-bin/ShowIndex.pl';

const RENEE = { username: 'rcastellanos', password: 'Eads*Bridge1874', accountNumber: '5120847' } as const;
const RENEE_FILER = { login: 'rcastel42', password: 'Eighth#Circuit77' } as const;
const DANA_KSD = { login: 'dwhitfieldks', password: 'Sunflower#State61' } as const;
const DANA_MOW = { login: 'dmw8830', password: 'Union#Station14' } as const;

const appellate = builtinScenario('cmecf-link-appellate');

/** Dana at several courts: linked nowhere yet; CM/ECF accounts at the W.D. Mo. district court and the District of Kansas (CurrentGen). */
const dana = scenarioVariant('cmecf-link-bankruptcy', (draft) => {
  draft.courts.push(MOW, KSD, CA8);
  draft.world.ecfAccounts.push(
    { id: 'whitfield-mow', courtId: MOW, login: DANA_MOW.login, password: DANA_MOW.password, name: 'Dana M. Whitfield', role: 'attorney', primaryEmail: 'dana@example.com' },
    { id: 'whitfield-ksd', courtId: KSD, login: DANA_KSD.login, password: DANA_KSD.password, name: 'Dana M. Whitfield', role: 'attorney', primaryEmail: 'dana@example.com' },
    { id: 'okafor-ksd', courtId: KSD, login: 'rokaforks', password: 'Limited#Filer22', name: 'Rachel Okafor', role: 'limited-filer', primaryEmail: 'rachel@example.com' },
  );
});

/** The same, with a W.D. Mo. account the court's system cannot link (seed 004's failed link). */
const failing = scenarioVariant('cmecf-link-bankruptcy', (draft) => {
  draft.courts.push(MOW);
  draft.world.ecfAccounts.push({
    id: 'whitfield-mow',
    courtId: MOW,
    login: DANA_MOW.login,
    password: DANA_MOW.password,
    name: 'Dana M. Whitfield',
    role: 'attorney',
    primaryEmail: 'dana@example.com',
    linkFails: true,
  });
});

function submitFiler(trainee: Attempt, login: string, password: string) {
  return trainee.submit(COURT_SIDE_FORMS.appellateLink, 'submit', { login }, { password });
}

function currentGenLogIn(trainee: Attempt, login: string, password: string, redaction = true) {
  return trainee.submit(COURT_SIDE_FORMS.currentGenLogin, 'login', redaction ? { login, redaction: 'on' } : { login }, { password });
}

/** Signed in at the Eighth Circuit, past the redaction notice, on the landing page. */
function atAppellateLanding(credentials: { username: string; password: string } = RENEE): Attempt {
  const trainee = new Attempt(appellate);
  trainee.goTo(CA8_HOME, 'link');
  trainee.logIn(credentials.username, credentials.password);
  trainee.acknowledgeRedaction(CA8);
  return trainee;
}

function atAppellateLink(): Attempt {
  const trainee = atAppellateLanding();
  trainee.goTo(CA8_LINK, 'link');
  return trainee;
}

describe('appellate: "Link my filer account to my PACER account" (seed 004; FIDELITY 1.11)', () => {
  it('after the PACER login and the redaction notice, the landing page is CM/ECF at the court, before any filing menu', () => {
    const trainee = atAppellateLanding();
    expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: CA8 });
    expect(trainee.url).toBe('https://ecf.ca8.uscourts.gov/n/beam/servlet/TransportRoom?servlet=ShowPage.jsp');
    expect(trainee.menus(CA8)).toEqual(['Query', 'Reports', 'Utilities', 'Help']);
  });

  it('appellate addresses are servlet pages: any other servlet is the landing page; a typed Filing menu address is refused before the link', () => {
    const trainee = atAppellateLanding();
    trainee.goTo('https://ecf.ca8.uscourts.gov/n/beam/servlet/TransportRoom');
    expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: CA8 });
    trainee.goTo('https://ecf.ca8.uscourts.gov/n/beam/servlet/TransportRoom?servlet=CaseSummary.jsp');
    expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: CA8 });
    const typed = trainee.goTo('https://ecf.ca8.uscourts.gov/n/beam/servlet/TransportRoom?servlet=DisplayMenu.jsp&menu=Filing');
    expect(typed.status).toBe('refused');
    trainee.goTo('https://ecf.ca8.uscourts.gov/n/beam/servlet/TransportRoom?servlet=DisplayMenu.jsp&menu=Reports');
    expect(trainee.page).toEqual({ kind: 'cmecf-menu', courtId: CA8, menu: 'Reports' });
  });

  it('the link screen asks for the appellate filer credentials; the district address opens it too', () => {
    const trainee = atAppellateLink();
    expect(trainee.page).toEqual({ kind: 'cmecf-appellate-link', courtId: CA8 });
    trainee.goTo('https://ecf.ca8.uscourts.gov/cgi-bin/LinkAccount.pl', 'link');
    expect(trainee.page).toEqual({ kind: 'cmecf-appellate-link', courtId: CA8 });
  });

  it('the right filer username and password link at once: no verify screen, a Link request, the e-mail, and the Filing menu on the new landing page', () => {
    const trainee = atAppellateLink();
    const outcome = submitFiler(trainee, RENEE_FILER.login, RENEE_FILER.password);
    expect(outcome).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(ecfAccountLinkedTo(trainee.world, CA8, RENEE.accountNumber)?.login).toBe(RENEE_FILER.login);
    expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: CA8 });
    expect(trainee.menus(CA8)).toEqual(['Filing', 'Query', 'Reports', 'Utilities', 'Search', 'Help']);
    expect(trainee.world.requests).toEqual([
      expect.objectContaining({ courtId: CA8, request: 'Link', status: 'Processed', transactionId: '60211', accountNumber: RENEE.accountNumber }),
    ]);
    expect(trainee.world.mailbox).toHaveLength(1);
    const court = trainee.world.mailbox[0]?.fields.find((row) => row.label === 'Court')?.value;
    expect(court).toBe('EIGHTH CIRCUIT COURT OF APPEALS');
  });

  it('the username typed with capitals fails (appellate-username-capitals): retype it in lowercase', () => {
    const trainee = atAppellateLink();
    const outcome = submitFiler(trainee, 'RCastel42', RENEE_FILER.password);
    expect(outcome).toEqual({ status: 'refused', mistake: 'appellate-username-capitals', message: COURT_SIDE_MESSAGES.filerLinkFailed });
    expect(ecfAccountLinkedTo(trainee.world, CA8, RENEE.accountNumber)).toBeNull();
    expect(trainee.page).toEqual({ kind: 'cmecf-appellate-link', courtId: CA8 });
    expect(submitFiler(trainee, RENEE_FILER.login, RENEE_FILER.password).status).toBe('accepted');
  });

  it('a wrong filer password is cmecf-credentials-invalid; the PACER credentials are pacer-credentials-on-link-form', () => {
    const trainee = atAppellateLink();
    expect(submitFiler(trainee, RENEE_FILER.login, 'Eighth#Circuit78')).toEqual({
      status: 'refused',
      mistake: 'cmecf-credentials-invalid',
      message: COURT_SIDE_MESSAGES.filerLinkFailed,
    });
    expect(submitFiler(trainee, RENEE.username, RENEE.password).mistake).toBe('pacer-credentials-on-link-form');
    expect(trainee.world.mailbox).toEqual([]);
  });

  it('empty and over-long fields are refused with the field named, and nothing changes', () => {
    const trainee = atAppellateLink();
    const before = trainee.world.ecfAccounts;
    expect(submitFiler(trainee, '', RENEE_FILER.password)).toEqual({ status: 'refused', mistake: null, message: 'Filer username is required.' });
    expect(submitFiler(trainee, '   ', RENEE_FILER.password).message).toBe('Filer username is required.');
    expect(submitFiler(trainee, 'r'.repeat(65), RENEE_FILER.password).message).toBe('Filer username must be at most 64 characters.');
    expect(submitFiler(trainee, RENEE_FILER.login, '')).toEqual({ status: 'refused', mistake: null, message: 'Password is required.' });
    expect(trainee.world.ecfAccounts).toBe(before);
  });

  it('submitting twice links once and sends one e-mail: the second post finds no link form', () => {
    const trainee = atAppellateLink();
    submitFiler(trainee, RENEE_FILER.login, RENEE_FILER.password);
    const again = submitFiler(trainee, RENEE_FILER.login, RENEE_FILER.password);
    expect(again).toEqual({ status: 'refused', mistake: null, message: MESSAGES.notOnThisPage });
    expect(trainee.world.mailbox).toHaveLength(1);
    expect(trainee.world.requests).toHaveLength(1);
  });

  it('linking again from the link screen is refused (account-already-linked)', () => {
    const trainee = atAppellateLink();
    submitFiler(trainee, RENEE_FILER.login, RENEE_FILER.password);
    trainee.goTo(CA8_LINK, 'link');
    expect(submitFiler(trainee, RENEE_FILER.login, RENEE_FILER.password)).toEqual({
      status: 'refused',
      mistake: 'account-already-linked',
      message: MESSAGES.pacerAlreadyLinked,
    });
  });

  it('whoever is logged in to PACER gets linked: someone else\u2019s PACER account is wrong-account-linked', () => {
    const colleague = scenarioVariant('cmecf-link-appellate', (draft) => {
      draft.world.pacerAccounts.push({
        accountNumber: '5120999',
        username: 'jburke',
        password: 'Partner#Burke55',
        kind: 'upgraded',
        userType: 'individual',
        name: 'James Burke',
        email: 'jburke@castellanos-burke.example',
      });
    });
    const trainee = new Attempt(colleague);
    trainee.goTo(CA8_HOME, 'link');
    trainee.logIn('jburke', 'Partner#Burke55');
    trainee.acknowledgeRedaction(CA8);
    trainee.goTo(CA8_LINK, 'link');
    expect(submitFiler(trainee, RENEE_FILER.login, RENEE_FILER.password)).toEqual({ status: 'accepted', mistake: 'wrong-account-linked', message: null });
  });

  it('a legacy PACER account cannot link (legacy-account-linked)', () => {
    const legacy = scenarioVariant('cmecf-link-appellate', (draft) => {
      draft.world.pacerAccounts[0]!.kind = 'legacy';
    });
    const trainee = new Attempt(legacy);
    trainee.goTo(CA8_HOME, 'link');
    trainee.logIn(RENEE.username, RENEE.password);
    trainee.acknowledgeRedaction(CA8);
    trainee.goTo(CA8_LINK, 'link');
    expect(submitFiler(trainee, RENEE_FILER.login, RENEE_FILER.password)).toEqual({
      status: 'refused',
      mistake: 'legacy-account-linked',
      message: MESSAGES.legacyAccount,
    });
  });

  it('Utilities has Update My Account (no link entry there); it opens the page that sends the filer to Manage My Account', () => {
    const trainee = atAppellateLanding();
    trainee.openMenu('Utilities', CA8);
    expect(trainee.url).toBe('https://ecf.ca8.uscourts.gov/n/beam/servlet/TransportRoom?servlet=DisplayMenu.jsp&menu=Utilities');
    const entries = utilitiesMenu(trainee.world, CA8).flatMap((group) => group.entries);
    expect(entries.find((entry) => entry.label === 'Update My Account')?.opens).toBe('update-my-account');
    expect(entries.some((entry) => /link/i.test(entry.label))).toBe(false);
    const check = { kind: 'appellate-account-page-opened', courtId: CA8 } as const;
    expect(checkHolds(check, trainee.world)).toBe(false);
    trainee.goTo(CA8_ACCOUNT, 'link');
    expect(trainee.page).toEqual({ kind: 'cmecf-appellate-account', courtId: CA8 });
    expect(checkHolds(check, trainee.world)).toBe(true);
  });

  it('the appellate link form posted from another page is refused', () => {
    const trainee = atAppellateLanding();
    expect(submitFiler(trainee, RENEE_FILER.login, RENEE_FILER.password)).toEqual({ status: 'refused', mistake: null, message: MESSAGES.notOnThisPage });
  });

  it('before the link, the Filing menu is missing and says where to link', () => {
    const trainee = atAppellateLanding();
    const outcome = trainee.openMenu('Filing', CA8);
    expect(outcome.status).toBe('refused');
    expect(outcome.message).toBe(
      'The Filing menu is not available: your PACER account is not linked to a CM/ECF account in this court. Link it from the CM/ECF landing page first.',
    );
  });

  it('the results screen says what was typed, never the password', () => {
    const trainee = atAppellateLink();
    const event = { type: 'form/submitted', form: COURT_SIDE_FORMS.appellateLink, button: 'submit', fields: { login: 'rcastel42' }, secrets: {} } as const;
    expect(describeEvent(event, trainee.world)).toBe('Submitted appellate filer username "rcastel42" to link it to the PACER account');
    const currentGen = new Attempt(dana);
    currentGen.goTo(KSD_CMECF);
    const login = { ...event, form: COURT_SIDE_FORMS.currentGenLogin, button: 'login', fields: { login: 'dwhitfield', redaction: 'on' } } as const;
    expect(describeEvent(login, currentGen.world)).toBe('Tried to log in to the District of Kansas court\u2019s own CM/ECF as "dwhitfield"');
  });

  it('the Filing menu lists File a Document', () => {
    expect(MENU_ENTRIES.Filing).toEqual(['File a Document']);
  });
});

describe('a CurrentGen court keeps its own CM/ECF login (seed 004)', () => {
  it('its CM/ECF shows its own login page, not the PACER login, even while signed in to PACER elsewhere', () => {
    const trainee = new Attempt(dana);
    trainee.goTo(KSD_CMECF, 'link');
    expect(trainee.page).toEqual({ kind: 'cmecf-currentgen-login', courtId: KSD });
    expect(trainee.menus(KSD)).toEqual([]);
    trainee.signIn(DANA);
    trainee.acknowledgeRedaction(MOEB);
    trainee.goTo(KSD_CMECF, 'link');
    expect(trainee.page).toEqual({ kind: 'cmecf-currentgen-login', courtId: KSD });
  });

  it('PACER credentials there are pacer-credentials-at-currentgen-login', () => {
    const trainee = new Attempt(dana);
    trainee.goTo(KSD_CMECF);
    expect(currentGenLogIn(trainee, DANA.username, DANA.password)).toEqual({
      status: 'refused',
      mistake: 'pacer-credentials-at-currentgen-login',
      message: COURT_SIDE_MESSAGES.currentGenLoginFailed,
    });
    expect(trainee.page).toEqual({ kind: 'cmecf-currentgen-login', courtId: KSD });
  });

  it('the court-issued login opens CurrentGen CM/ECF with the role\u2019s menus and no link entry', () => {
    const trainee = new Attempt(dana);
    trainee.goTo(KSD_CMECF);
    expect(currentGenLogIn(trainee, DANA_KSD.login, DANA_KSD.password)).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: KSD });
    expect(trainee.world.session.signedInAccount).toBeNull();
    expect(trainee.menus(KSD)).toEqual(['Civil', 'Criminal', 'Query', 'Reports', 'Utilities', 'Search', 'Help']);
    expect(checkHolds({ kind: 'currentgen-logged-in', courtId: KSD }, trainee.world)).toBe(true);
    expect(trainee.openMenu('Civil', KSD).status).toBe('accepted');
    expect(trainee.page).toEqual({ kind: 'cmecf-menu', courtId: KSD, menu: 'Civil' });
    const entries = utilitiesMenu(trainee.world, KSD).flatMap((group) => group.entries.map((entry) => entry.label));
    expect(entries).toContain('Change Your PACER Login');
    expect(entries.some((label) => /link/i.test(label))).toBe(false);
    trainee.goTo('https://ecf.ksd.uscourts.gov/cgi-bin/LinkAccount.pl');
    expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: KSD });
  });

  it('a limited filer sees only the first filing menu', () => {
    const trainee = new Attempt(dana);
    trainee.goTo(KSD_CMECF);
    currentGenLogIn(trainee, 'rokaforks', 'Limited#Filer22');
    expect(trainee.menus(KSD)).toEqual(['Civil', 'Query', 'Reports', 'Utilities', 'Search', 'Help']);
  });

  it('logins are case sensitive; a wrong password is cmecf-credentials-invalid', () => {
    const trainee = new Attempt(dana);
    trainee.goTo(KSD_CMECF);
    expect(currentGenLogIn(trainee, DANA_KSD.login.toUpperCase(), DANA_KSD.password).mistake).toBe('cmecf-credentials-invalid');
    expect(currentGenLogIn(trainee, DANA_KSD.login, 'Sunflower#State62').mistake).toBe('cmecf-credentials-invalid');
    expect(trainee.page.kind).toBe('cmecf-currentgen-login');
  });

  it('the redaction box must be checked (redaction-notice-skipped); empty and over-long fields are refused', () => {
    const trainee = new Attempt(dana);
    trainee.goTo(KSD_CMECF);
    expect(currentGenLogIn(trainee, DANA_KSD.login, DANA_KSD.password, false)).toEqual({
      status: 'refused',
      mistake: 'redaction-notice-skipped',
      message: COURT_SIDE_MESSAGES.redactionRequired,
    });
    expect(currentGenLogIn(trainee, '', DANA_KSD.password).message).toBe('Login is required.');
    expect(currentGenLogIn(trainee, 'x'.repeat(65), DANA_KSD.password).message).toBe('Login must be at most 64 characters.');
    expect(currentGenLogIn(trainee, DANA_KSD.login, '').message).toBe('Password is required.');
    expect(trainee.page.kind).toBe('cmecf-currentgen-login');
  });

  it('Log Out ends only that court\u2019s own login and shows its login page again', () => {
    const trainee = new Attempt(dana);
    trainee.signIn(DANA);
    trainee.acknowledgeRedaction(MOEB);
    trainee.goTo(KSD_CMECF);
    currentGenLogIn(trainee, DANA_KSD.login, DANA_KSD.password);
    expect(trainee.logOut(KSD)).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(trainee.page).toEqual({ kind: 'cmecf-currentgen-login', courtId: KSD });
    expect(trainee.world.session.signedInAccount).toBe(DANA.accountNumber);
  });
});

describe('a link the court\u2019s system cannot make (seed 004: try again, then a new e-filing request)', () => {
  function atVerify(): Attempt {
    const trainee = new Attempt(failing).openLinkScreen(DANA, MOW);
    trainee.submitLinkCredentials(DANA_MOW.login, DANA_MOW.password, MOW);
    return trainee;
  }

  it('Submit on the verify screen fails: the court\u2019s result page says so and to try again; nothing is linked, no e-mail', () => {
    const trainee = atVerify();
    expect(trainee.page).toEqual({ kind: 'cmecf-link-verify', courtId: MOW, ecfAccountId: 'whitfield-mow' });
    expect(trainee.confirmLink(MOW)).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(trainee.page).toEqual({ kind: 'cmecf-link-failed', courtId: MOW, ecfAccountId: 'whitfield-mow' });
    expect(failedLinkMessage(failedLinkCount(trainee.world, 'whitfield-mow'))).toBe(MESSAGES.linkFailed);
    expect(ecfAccountLinkedTo(trainee.world, MOW, DANA.accountNumber)).toBeNull();
    expect(trainee.world.mailbox).toEqual([]);
    expect(trainee.world.requests).toEqual([]);
    expect(trainee.menus(MOW)).toEqual(['Query', 'Reports', 'Utilities', 'Help']);
  });

  it('the retry (Back, Submit) fails again, and the court points to a new e-filing request in Manage My Account', () => {
    const trainee = atVerify();
    trainee.confirmLink(MOW);
    trainee.back();
    expect(trainee.page.kind).toBe('cmecf-link-verify');
    expect(trainee.confirmLink(MOW).status).toBe('accepted');
    expect(failedLinkCount(trainee.world, 'whitfield-mow')).toBe(2);
    expect(failedLinkMessage(2)).toBe(MESSAGES.linkStillFails);
    expect(MESSAGES.linkStillFails).toContain('submit a new electronic filing request');
    expect(checkHolds({ kind: 'link-attempt-failed', courtId: MOW, times: 2 }, trainee.world)).toBe(true);
    expect(checkHolds({ kind: 'link-attempt-failed', courtId: MOW, times: 3 }, trainee.world)).toBe(false);
  });

  it('retrying from the credentials screen ("Try again") counts too', () => {
    const trainee = atVerify();
    trainee.confirmLink(MOW);
    trainee.goTo('https://ecf.mow.uscourts.gov/cgi-bin/LinkAccount.pl', 'link');
    expect(trainee.page.kind).toBe('cmecf-link-credentials');
    trainee.submitLinkCredentials(DANA_MOW.login, DANA_MOW.password, MOW);
    trainee.confirmLink(MOW);
    expect(failedLinkCount(trainee.world, 'whitfield-mow')).toBe(2);
  });

  it('the result page is only there after a failure', () => {
    const trainee = atVerify();
    trainee.goTo('https://ecf.mow.uscourts.gov/cgi-bin/LinkAccount.pl?step=failed');
    expect(trainee.page.kind).toBe('cmecf-link-credentials');
  });
});

describe('linking is per court (FIDELITY 1.10; seed 004)', () => {
  /** Linked at the bankruptcy court, then into the W.D. Mo. district court under the same sign-on. */
  function linkedAtMoebThenAtMow(): Attempt {
    const trainee = new Attempt(dana);
    trainee.link(DANA, DANA_CMECF);
    trainee.goTo(MOW_CMECF, 'link');
    trainee.acknowledgeRedaction(MOW);
    trainee.goTo(MOW_CMECF, 'link');
    return trainee;
  }

  it('a link in one court does not bring another court\u2019s filing menus', () => {
    const trainee = linkedAtMoebThenAtMow();
    expect(trainee.menus(MOW)).toEqual(['Query', 'Reports', 'Utilities', 'Help']);
  });

  it('going to file there anyway is link-assumed-to-cover-other-courts, by menu or by address', () => {
    const trainee = linkedAtMoebThenAtMow();
    const byMenu = trainee.openMenu('Civil', MOW);
    expect(byMenu.status).toBe('refused');
    expect(byMenu.mistake).toBe('link-assumed-to-cover-other-courts');
    expect(byMenu.message).toContain('not linked to a CM/ECF account in this court');
    const byAddress = trainee.goTo('https://ecf.mow.uscourts.gov/cgi-bin/DisplayMenu.pl?menu=Criminal');
    expect(byAddress.mistake).toBe('link-assumed-to-cover-other-courts');
  });

  it('logging out of that court with the own CM/ECF account there still unlinked is the same mistake', () => {
    const trainee = linkedAtMoebThenAtMow();
    expect(trainee.logOut(MOW)).toEqual({ status: 'accepted', mistake: 'link-assumed-to-cover-other-courts', message: null });
  });

  it('without a link anywhere, the missing menus are only explained; once linked there too, nothing is wrong', () => {
    const fresh = new Attempt(dana).openLinkScreen(DANA, MOW);
    expect(fresh.openMenu('Civil', MOW).mistake).toBeNull();
    expect(fresh.logOut(MOW).mistake).toBeNull();

    const both = linkedAtMoebThenAtMow();
    both.openMenu('Utilities', MOW);
    both.goTo('https://ecf.mow.uscourts.gov/cgi-bin/LinkAccount.pl', 'link');
    both.submitLinkCredentials(DANA_MOW.login, DANA_MOW.password, MOW);
    expect(both.confirmLink(MOW).mistake).toBeNull();
    expect(both.openMenu('Query', MOW).status).toBe('accepted');
    expect(both.openMenu('Civil', MOW)).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(both.logOut(MOW).mistake).toBeNull();
  });
});

describe('a link cannot be undone by the filer (FIDELITY 1.10; seed 000 step 7)', () => {
  it('no form, event or menu entry unlinks', () => {
    expect(Object.keys(FORMS).filter((id) => /unlink|de-?link/i.test(id))).toEqual([]);
    const eventTypes = eventSchema.options.map((option) => option.shape.type.value);
    expect(eventTypes.filter((type) => /unlink|de-?link/i.test(type))).toEqual([]);
    const labels = [...Object.values(MENU_ENTRIES).flat()];
    expect(labels.filter((label) => /unlink|de-?link|remove link/i.test(label))).toEqual([]);
    expect(MENU_NAMES).toContain('Filing');
  });

  it('after linking, Utilities offers no way back and the link page only refuses another link', () => {
    const trainee = new Attempt(dana);
    trainee.link(DANA, DANA_CMECF);
    trainee.openMenu('Utilities');
    const labels = utilitiesMenu(trainee.world, MOEB).flatMap((group) => group.entries.map((entry) => entry.label));
    expect(labels.filter((label) => /unlink|de-?link|remove/i.test(label))).toEqual([]);
    trainee.goTo('https://ecf.moeb.uscourts.gov/cgi-bin/LinkAccount.pl', 'link');
    const again = trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password);
    expect(again.mistake).toBe('account-already-linked');
    expect(again.message).toContain('A link cannot be undone here: if the wrong accounts were linked, contact the court.');
    expect(ecfAccountLinkedTo(trainee.world, MOEB, DANA.accountNumber)?.login).toBe(DANA_CMECF.login);
  });

  it('double Submit on the verify screen makes one link and one e-mail', () => {
    const trainee = new Attempt(dana).openLinkScreen();
    trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password);
    expect(trainee.confirmLink().status).toBe('accepted');
    expect(trainee.confirmLink()).toEqual({ status: 'refused', mistake: null, message: MESSAGES.notOnThisPage });
    expect(trainee.world.mailbox).toHaveLength(1);
    expect(trainee.world.requests).toHaveLength(1);
  });

  it('the firm account, once linked, stays linked: signing in with it again finds the link in place', () => {
    const trainee = new Attempt(dana);
    trainee.link(FIRM, DANA_CMECF);
    trainee.logOut();
    trainee.openLinkScreen(FIRM);
    expect(trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password).mistake).toBe('account-already-linked');
  });
});

describe('court-side mistakes carry the courts\u2019 rules', () => {
  it.each(['pacer-credentials-at-currentgen-login', 'appellate-username-capitals', 'link-assumed-to-cover-other-courts'] as const)('%s', (code) => {
    const definition = MISTAKES[code];
    expect(definition.rule.length).toBeGreaterThan(20);
    expect(definition.remedy.length).toBeGreaterThan(20);
    expect(definition.source).toMatch(/NextGen CM\/ECF Frequently Asked Questions/);
  });
});
