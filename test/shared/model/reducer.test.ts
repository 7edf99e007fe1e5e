import { describe, expect, it } from 'vitest';
import { formatNoticeTime } from '../../../shared/model/clock';
import type { TrainerEvent } from '../../../shared/model/events';
import { MESSAGES, apply, namesMatch } from '../../../shared/model/reducer';
import { COURT_SIDE_MESSAGES } from '../../../shared/model/cmecf/court-part';
import { ecfAccountLinkedTo, type World } from '../../../shared/model/world';
import { Attempt, DANA, DANA_CMECF, FIRM, MOEB, MOEB_CMECF, MOEB_LINK_PAGE, scenarioVariant } from '../../support/attempt';
import { builtinScenario } from '../../support/scenarios';

const scenario = builtinScenario('cmecf-link-bankruptcy');

/** What linking changes: the accounts, the court's requests and the mailbox. */
function accountsOf(world: World) {
  return { pacer: world.pacerAccounts, ecf: world.ecfAccounts, requests: world.requests, mailbox: world.mailbox };
}

function linkedTo(world: World, accountNumber: string) {
  return ecfAccountLinkedTo(world, MOEB, accountNumber)?.login ?? null;
}

describe('PACER login (seed 000, step 3; FIDELITY §1.7)', () => {
  it('the right PACER credentials sign in and show the redaction notice', () => {
    const trainee = new Attempt(scenario);
    const outcome = trainee.signIn(DANA);
    expect(outcome).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(trainee.world.session.signedInAccount).toBe(DANA.accountNumber);
    expect(trainee.world.session.signOnCourt).toBe(MOEB);
    expect(trainee.page).toEqual({ kind: 'redaction-notice', courtId: MOEB });
  });

  it('a wrong password is refused with "Invalid username or password." and nobody is signed in', () => {
    const trainee = new Attempt(scenario);
    const outcome = trainee.signIn({ username: DANA.username, password: 'Gateway#Arch20' });
    expect(outcome).toEqual({ status: 'refused', mistake: 'pacer-credentials-invalid', message: 'Invalid username or password.' });
    expect(trainee.world.session.signedInAccount).toBeNull();
    expect(trainee.world.session.notice).toEqual({ tone: 'error', text: 'Invalid username or password.' });
    expect(trainee.page).toEqual({ kind: 'pacer-login', courtId: MOEB });
  });

  it('an unknown username is refused the same way (the login does not say which part is wrong)', () => {
    const trainee = new Attempt(scenario);
    const outcome = trainee.signIn({ username: 'nosuchuser', password: DANA.password });
    expect(outcome).toEqual({ status: 'refused', mistake: 'pacer-credentials-invalid', message: MESSAGES.invalidLogin });
  });

  it('a username under 6 characters is refused with "Username must be at least 6 characters."', () => {
    const trainee = new Attempt(scenario);
    const outcome = trainee.signIn({ username: 'dwhit', password: DANA.password });
    expect(outcome.status).toBe('refused');
    expect(outcome.message).toBe('Username must be at least 6 characters.');
    expect(trainee.world.session.signedInAccount).toBeNull();
  });

  it('a password under 8 characters is refused with "Password must be at least 8 characters."', () => {
    const trainee = new Attempt(scenario);
    const outcome = trainee.signIn({ username: DANA.username, password: 'Gateway' });
    expect(outcome.status).toBe('refused');
    expect(outcome.message).toBe('Password must be at least 8 characters.');
    expect(trainee.world.session.signedInAccount).toBeNull();
  });

  it('the password length counts characters, not bytes', () => {
    const trainee = new Attempt(scenario);
    expect(trainee.signIn({ username: DANA.username, password: 'ÅÅÅÅÅÅÅ' }).message).toBe(MESSAGES.passwordTooShort);
  });

  it('the CM/ECF login typed at the PACER login is refused, and named as that mistake', () => {
    const trainee = new Attempt(scenario);
    const outcome = trainee.signIn({ username: DANA_CMECF.login, password: DANA_CMECF.password });
    expect(outcome).toEqual({ status: 'refused', mistake: 'cmecf-credentials-at-pacer-login', message: MESSAGES.invalidLogin });
    expect(trainee.world.session.signedInAccount).toBeNull();
  });

  it('a username retired by the upgrade no longer logs in (legacy-credentials-used)', () => {
    const upgraded = scenarioVariant('cmecf-link-bankruptcy', (draft) => {
      draft.world.pacerAccounts[0]!.retiredUsernames = ['dw1234'];
    });
    const trainee = new Attempt(upgraded);
    const outcome = trainee.signIn({ username: 'DW1234', password: 'OldPassword1' });
    expect(outcome).toEqual({ status: 'refused', mistake: 'legacy-credentials-used', message: MESSAGES.invalidLogin });
    expect(trainee.world.session.signedInAccount).toBeNull();
    // The new credentials still work.
    expect(trainee.logIn(DANA.username, DANA.password).status).toBe('accepted');
  });

  it('the username is not case-sensitive', () => {
    const trainee = new Attempt(scenario);
    expect(trainee.signIn({ username: 'DWhitField', password: DANA.password }).status).toBe('accepted');
    expect(trainee.world.session.signedInAccount).toBe(DANA.accountNumber);
  });

  it('the password is case-sensitive', () => {
    const trainee = new Attempt(scenario);
    const outcome = trainee.signIn({ username: DANA.username, password: DANA.password.toLowerCase() });
    expect(outcome.mistake).toBe('pacer-credentials-invalid');
    expect(trainee.world.session.signedInAccount).toBeNull();
  });

  it('a login submitted anywhere but the login page is refused', () => {
    const trainee = new Attempt(scenario);
    trainee.goTo('www.moeb.uscourts.gov');
    expect(trainee.logIn(DANA.username, DANA.password)).toEqual({ status: 'refused', mistake: null, message: MESSAGES.notOnThisPage });
    expect(trainee.world.session.signedInAccount).toBeNull();
  });

  it('a failed login followed by the right one signs in and clears the error', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn({ username: DANA.username, password: 'wrong-password' });
    expect(trainee.logIn(DANA.username, DANA.password).status).toBe('accepted');
    expect(trainee.world.session.notice).toBeNull();
  });
});

describe('the redaction notice ("Each time you login to CM/ECF, the redaction notice will display")', () => {
  it('acknowledging it lands on the CM/ECF main page', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn();
    expect(trainee.acknowledgeRedaction()).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: MOEB });
    expect(trainee.world.session.courtSessions[MOEB]?.redactionAcknowledged).toBe(true);
  });

  it('is shown again after logging out and logging in again', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn();
    trainee.acknowledgeRedaction();
    expect(trainee.logOut().status).toBe('accepted');
    expect(trainee.world.session.signedInAccount).toBeNull();
    expect(trainee.page).toEqual({ kind: 'pacer-logged-out' });

    trainee.signIn();
    expect(trainee.page).toEqual({ kind: 'redaction-notice', courtId: MOEB });
    expect(trainee.world.session.courtSessions[MOEB]?.redactionAcknowledged).toBe(false);
  });

  it('reaching a CM/ECF page by address while it is pending is refused, and the notice stays', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn();
    const historyBefore = trainee.world.session.history;
    for (const address of [MOEB_CMECF, MOEB_LINK_PAGE, 'ecf.moeb.uscourts.gov/cgi-bin/DisplayMenu.pl?menu=Utilities']) {
      const outcome = trainee.goTo(address);
      expect(outcome).toEqual({ status: 'refused', mistake: 'redaction-notice-skipped', message: MESSAGES.redactionRequired });
      expect(trainee.page).toEqual({ kind: 'redaction-notice', courtId: MOEB });
      expect(trainee.world.session.history).toEqual(historyBefore);
      expect(trainee.world.session.notice?.tone).toBe('error');
    }
  });

  it('the menus and the link form cannot be used while it is pending', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn();
    expect(trainee.openMenu('Utilities').status).toBe('refused');
    expect(trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password).status).toBe('refused');
    expect(trainee.page.kind).toBe('redaction-notice');
  });

  it('cannot be acknowledged for a court whose notice is not on screen', () => {
    const trainee = new Attempt(scenario);
    trainee.goTo('www.moeb.uscourts.gov');
    expect(trainee.acknowledgeRedaction().status).toBe('refused');
    trainee.signIn();
    expect(trainee.acknowledgeRedaction('mow').status).toBe('refused');
    expect(trainee.world.session.courtSessions[MOEB]?.redactionAcknowledged).toBe(false);
  });

  it('an unacknowledged notice is shown even for a CM/ECF address reached with Back from an earlier session', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn();
    trainee.acknowledgeRedaction();
    trainee.openMenu('Utilities');
    trainee.logOut();
    trainee.signIn();
    trainee.back(); // the signed-out page
    trainee.back(); // the Utilities page of the earlier session
    expect(trainee.page).toEqual({ kind: 'redaction-notice', courtId: MOEB });
  });
});

describe('Link a CM/ECF account to my PACER account (seed 000, steps 5-8; FIDELITY §1.10, §2.3)', () => {
  it('a wrong CM/ECF password is refused (cmecf-credentials-invalid) and the form stays', () => {
    const trainee = new Attempt(scenario).openLinkScreen();
    const outcome = trainee.submitLinkCredentials(DANA_CMECF.login, 'Eads*Bridge75');
    expect(outcome).toEqual({ status: 'refused', mistake: 'cmecf-credentials-invalid', message: MESSAGES.invalidCmecfLogin });
    expect(trainee.page).toEqual({ kind: 'cmecf-link-credentials', courtId: MOEB });
    expect(trainee.world.session.pendingLink).toBeNull();
  });

  it('the CM/ECF login is case-sensitive', () => {
    const trainee = new Attempt(scenario).openLinkScreen();
    expect(trainee.submitLinkCredentials(DANA_CMECF.login.toUpperCase(), DANA_CMECF.password).mistake).toBe('cmecf-credentials-invalid');
    expect(trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password.toLowerCase()).mistake).toBe('cmecf-credentials-invalid');
  });

  it('PACER credentials on the link form are refused (pacer-credentials-on-link-form)', () => {
    const trainee = new Attempt(scenario).openLinkScreen();
    const outcome = trainee.submitLinkCredentials(DANA.username, DANA.password);
    expect(outcome).toEqual({ status: 'refused', mistake: 'pacer-credentials-on-link-form', message: MESSAGES.invalidCmecfLogin });
    expect(linkedTo(trainee.world, DANA.accountNumber)).toBeNull();
  });

  it('the right CM/ECF credentials show the verify screen, and nothing is linked yet', () => {
    const trainee = new Attempt(scenario).openLinkScreen();
    expect(trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password)).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(trainee.page).toEqual({ kind: 'cmecf-link-verify', courtId: MOEB, ecfAccountId: DANA_CMECF.id });
    expect(linkedTo(trainee.world, DANA.accountNumber)).toBeNull();
    expect(trainee.world.mailbox).toEqual([]);
  });

  it('Submit on the verify screen links the accounts and shows the confirmation', () => {
    const trainee = new Attempt(scenario);
    expect(trainee.link()).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(trainee.page).toEqual({ kind: 'cmecf-link-done', courtId: MOEB, ecfAccountId: DANA_CMECF.id });
    expect(trainee.world.ecfAccounts[DANA_CMECF.id]?.linkedPacerAccount).toBe(DANA.accountNumber);
    expect(trainee.world.requests).toEqual([
      { transactionId: '10005', accountNumber: DANA.accountNumber, courtId: MOEB, request: 'Link', status: 'Processed', submittedAt: trainee.world.clock },
    ]);
  });

  it('sends exactly one e-mail notice, with the fields of the sample in seed 000', () => {
    const trainee = new Attempt(scenario);
    trainee.link();
    expect(trainee.world.mailbox).toHaveLength(1);
    const mail = trainee.world.mailbox[0]!;
    expect(mail).toMatchObject({ kind: 'email', template: 'link-notice', to: scenario.persona.email, read: false });
    expect(mail.intro).toBe(
      'This email is notification that the change you requested to your NextGen CM/ECF account has been processed. The status is listed below.',
    );
    expect(mail.fields.map((field) => field.label)).toEqual([
      'Account Number',
      'Court',
      'Date/Time Submitted',
      'Transaction ID',
      'Request',
      'Transaction Status',
      'Comment',
    ]);
    const field = (label: string) => mail.fields.find((candidate) => candidate.label === label)?.value;
    expect(field('Account Number')).toBe(DANA.accountNumber);
    expect(field('Court')).toBe('MISSOURI EASTERN BANKRUPTCY COURT');
    expect(field('Date/Time Submitted')).toMatch(/^07\/22\/2019 \d{2}:\d{2}:\d{2} CST$/);
    expect(field('Date/Time Submitted')).toBe(`${formatNoticeTime(trainee.world.requests[0]!.submittedAt)} CST`);
    expect(field('Transaction ID')).toBe('10005');
    expect(field('Request')).toBe('Link');
    expect(field('Transaction Status')).toBe('Processed');
    expect(field('Comment')).toBe('Your PACER account has been linked to your CM/ECF account.');
    expect(mail.receivedAt).toBe(trainee.world.requests[0]!.submittedAt);
  });

  it('Cancel on the verify screen does not link, sends nothing and returns to the main page', () => {
    const trainee = new Attempt(scenario).openLinkScreen();
    trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password);
    expect(trainee.cancelLink().status).toBe('accepted');
    expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: MOEB });
    expect(trainee.world.session.pendingLink).toBeNull();
    expect(trainee.world.ecfAccounts[DANA_CMECF.id]?.linkedPacerAccount).toBeNull();
    expect(trainee.world.mailbox).toEqual([]);
    expect(trainee.world.requests).toEqual([]);
    // A Submit after Cancel has nothing to submit.
    expect(trainee.confirmLink().status).toBe('refused');
  });

  it('a second link attempt is refused (account-already-linked) and sends no second e-mail', () => {
    const trainee = new Attempt(scenario);
    trainee.link();
    trainee.goTo(MOEB_LINK_PAGE, 'link');
    const outcome = trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password);
    expect(outcome).toEqual({ status: 'refused', mistake: 'account-already-linked', message: MESSAGES.pacerAlreadyLinked });
    expect(trainee.world.mailbox).toHaveLength(1);
    expect(trainee.world.requests).toHaveLength(1);
  });

  it("a CM/ECF account already linked to someone else's PACER account cannot be linked again", () => {
    const trainee = new Attempt(scenario);
    trainee.link(FIRM);
    trainee.logOut();
    trainee.openLinkScreen(DANA);
    const outcome = trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password);
    expect(outcome).toEqual({ status: 'refused', mistake: 'account-already-linked', message: MESSAGES.ecfAlreadyLinked });
    expect(trainee.world.ecfAccounts[DANA_CMECF.id]?.linkedPacerAccount).toBe(FIRM.accountNumber);
  });

  it('linking the firm account is accepted by the system, but is the mistake shared-account-linked (seed 000, step 7)', () => {
    const trainee = new Attempt(scenario);
    const outcome = trainee.link(FIRM);
    expect(outcome).toEqual({ status: 'accepted', mistake: 'shared-account-linked', message: null });
    expect(linkedTo(trainee.world, FIRM.accountNumber)).toBe(DANA_CMECF.login);
    expect(trainee.world.mailbox).toHaveLength(1);
  });

  it("linking a different person's CM/ECF account is accepted, but is the mistake wrong-account-linked", () => {
    const withColleague = scenarioVariant('cmecf-link-bankruptcy', (draft) => {
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
    const trainee = new Attempt(withColleague);
    const outcome = trainee.link(DANA, { login: 'rco7788', password: 'Okafor#Court88' });
    expect(outcome).toEqual({ status: 'accepted', mistake: 'wrong-account-linked', message: null });
    expect(linkedTo(trainee.world, DANA.accountNumber)).toBe('rco7788');
  });

  it('before the court goes live on NextGen there is nothing to link: its CM/ECF still has its own login, and PACER credentials there are pacer-credentials-before-go-live (seed 003)', () => {
    const beforeGoLive = scenarioVariant('cmecf-link-bankruptcy', (draft) => {
      draft.clock.start = '2019-07-12T09:00:00';
    });
    const trainee = new Attempt(beforeGoLive);
    trainee.goTo(MOEB_LINK_PAGE);
    expect(trainee.page).toEqual({ kind: 'cmecf-currentgen-login', courtId: MOEB });
    const outcome = trainee.submit('cmecf/currentgen-login', 'login', { login: DANA.username, redaction: 'on' }, { password: DANA.password });
    expect(outcome).toEqual({ status: 'refused', mistake: 'pacer-credentials-before-go-live', message: COURT_SIDE_MESSAGES.currentGenLoginFailed });
    expect(trainee.world.session.signedInAccount).toBeNull();
    expect(trainee.world.session.pendingLink).toBeNull();
  });

  it('on the go-live date itself, linking works', () => {
    const goLiveDay = scenarioVariant('cmecf-link-bankruptcy', (draft) => {
      draft.clock.start = '2019-07-15T08:00:00';
    });
    expect(new Attempt(goLiveDay).link().status).toBe('accepted');
  });

  it('a legacy PACER account cannot be linked (legacy-account-linked): upgrade first', () => {
    const legacy = scenarioVariant('cmecf-link-bankruptcy', (draft) => {
      draft.world.pacerAccounts[0]!.kind = 'legacy';
    });
    const trainee = new Attempt(legacy).openLinkScreen();
    const outcome = trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password);
    expect(outcome).toEqual({ status: 'refused', mistake: 'legacy-account-linked', message: MESSAGES.legacyAccount });
    expect(linkedTo(trainee.world, DANA.accountNumber)).toBeNull();
  });

  it('the link form refuses submissions from any other page', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn();
    trainee.acknowledgeRedaction();
    expect(trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password)).toEqual({
      status: 'refused',
      mistake: null,
      message: MESSAGES.notOnThisPage,
    });
    expect(trainee.confirmLink().status).toBe('refused');
    expect(trainee.cancelLink().status).toBe('refused');
  });

  it('is irreversible: nothing the trainee can do afterwards un-links the accounts', () => {
    const trainee = new Attempt(scenario);
    trainee.link();
    const afterwards: (() => unknown)[] = [
      () => trainee.cancelLink(),
      () => trainee.back(),
      () => trainee.back(),
      () => trainee.cancelLink(),
      () => trainee.forward(),
      () => trainee.reload(),
      () => trainee.openMenu('Utilities'),
      () => trainee.goTo(MOEB_LINK_PAGE),
      () => trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password),
      () => trainee.logOut(),
      () => trainee.signIn(FIRM),
      () => trainee.acknowledgeRedaction(),
      () => trainee.goTo(MOEB_LINK_PAGE),
      () => trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password),
    ];
    for (const act of afterwards) {
      act();
      expect(linkedTo(trainee.world, DANA.accountNumber)).toBe(DANA_CMECF.login);
    }
    expect(trainee.world.mailbox).toHaveLength(1);
  });
});

describe('the simulated browser: Back, Forward, Reload', () => {
  it('move through the history without changing any account', () => {
    const trainee = new Attempt(scenario);
    trainee.link();
    const accounts = accountsOf(trainee.world);
    const { history } = trainee.world.session;

    for (let step = 0; step < history.length + 2; step += 1) {
      trainee.back();
      expect(accountsOf(trainee.world)).toEqual(accounts);
    }
    expect(trainee.world.session.historyIndex).toBe(0);
    expect(trainee.url).toBe(history[0]);
    trainee.reload();
    for (let step = 0; step < history.length + 2; step += 1) {
      trainee.forward();
      trainee.reload();
      expect(accountsOf(trainee.world)).toEqual(accounts);
    }
    expect(trainee.world.session.historyIndex).toBe(history.length - 1);
    expect(trainee.world.session.history).toEqual(history);
  });

  it('going somewhere new after Back drops the forward history, as a browser does', () => {
    const trainee = new Attempt(scenario);
    trainee.goTo('www.moeb.uscourts.gov');
    trainee.goTo('www.moeb.uscourts.gov/e-filing-cmecf');
    trainee.back();
    trainee.goTo('www.example.com');
    expect(trainee.world.session.history).toEqual(['https://www.moeb.uscourts.gov/', 'https://www.example.com/']);
    expect(trainee.forward().status).toBe('accepted');
    expect(trainee.url).toBe('https://www.example.com/');
  });

  it('Back and Forward at the ends of the history do nothing', () => {
    const trainee = new Attempt(scenario);
    expect(trainee.back().status).toBe('accepted');
    expect(trainee.forward().status).toBe('accepted');
    expect(trainee.world.session.historyIndex).toBe(-1);
    expect(trainee.page).toEqual({ kind: 'blank' });
  });

  it('submitting the link twice (double click, or Back and Submit again) links once and mails once', () => {
    const trainee = new Attempt(scenario).openLinkScreen();
    trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password);
    expect(trainee.confirmLink().status).toBe('accepted');
    expect(trainee.confirmLink()).toEqual({ status: 'refused', mistake: null, message: MESSAGES.notOnThisPage });
    trainee.back();
    expect(trainee.page).toEqual({ kind: 'cmecf-link-credentials', courtId: MOEB });
    expect(trainee.confirmLink().status).toBe('refused');
    expect(trainee.world.mailbox).toHaveLength(1);
    expect(trainee.world.requests).toHaveLength(1);
    expect(trainee.world.nextTransactionId).toBe(10006);
  });

  it('Back to the credentials screen and Forward to the verify screen still links the same account once', () => {
    const trainee = new Attempt(scenario).openLinkScreen();
    trainee.submitLinkCredentials(DANA_CMECF.login, DANA_CMECF.password);
    trainee.back();
    trainee.forward();
    expect(trainee.page).toEqual({ kind: 'cmecf-link-verify', courtId: MOEB, ecfAccountId: DANA_CMECF.id });
    expect(trainee.confirmLink().status).toBe('accepted');
    expect(trainee.world.mailbox).toHaveLength(1);
  });
});

describe('the mailbox', () => {
  it('opening the link notice marks it read', () => {
    const trainee = new Attempt(scenario);
    trainee.link();
    const id = trainee.world.mailbox[0]!.id;
    expect(trainee.openMail(id).status).toBe('accepted');
    expect(trainee.world.mailbox[0]?.read).toBe(true);
  });

  it('a message that is not in the mailbox cannot be opened', () => {
    const trainee = new Attempt(scenario);
    expect(trainee.openMail('mail-1')).toEqual({ status: 'refused', mistake: null, message: MESSAGES.noSuchMail });
  });

  it('reading mail or asking for a hint leaves the page and its message as they were', () => {
    const trainee = new Attempt(scenario);
    trainee.signIn({ username: DANA.username, password: 'wrong-password' });
    const notice = trainee.world.session.notice;
    trainee.askHint('link-accounts');
    trainee.openMail('mail-9');
    expect(trainee.world.session.notice).toEqual(notice);
    expect(trainee.page).toEqual({ kind: 'pacer-login', courtId: MOEB });
  });
});

describe('the simulated clock', () => {
  it('moves forward with each action in the simulated systems, never with hints or mail', () => {
    const trainee = new Attempt(scenario);
    const start = trainee.world.clock;
    expect(start).toBe(scenario.clock.start);
    trainee.goTo('www.moeb.uscourts.gov');
    const afterAction = trainee.world.clock;
    expect(afterAction > start).toBe(true);
    trainee.askHint('link-accounts');
    trainee.openMail('mail-1');
    expect(trainee.world.clock).toBe(afterAction);
  });
});

describe('apply', () => {
  it('does not change the world it is given', () => {
    const trainee = new Attempt(scenario);
    trainee.openLinkScreen();
    const before = structuredClone(trainee.world);
    const events: TrainerEvent[] = [
      { type: 'browser/went-back' },
      { type: 'cmecf/link-confirmed', courtId: MOEB },
      { type: 'browser/navigated', address: 'www.moeb.uscourts.gov', via: 'link' },
    ];
    for (const event of events) apply(trainee.world, event);
    expect(trainee.world).toEqual(before);
  });
});

describe('namesMatch: "If the PACER and CM/ECF names match, click SUBMIT" (seed 000, step 7)', () => {
  it.each([
    ['Dana M. Whitfield', 'Dana Whitfield'],
    ['DANA WHITFIELD', 'dana whitfield'],
    ['Dana Marie Whitfield', 'Dana M Whitfield'],
    ['Whitfield, Dana M.', 'Dana Whitfield'],
    ['Dana Whitfield Jr.', 'Dana M. Whitfield'],
  ])('"%s" and "%s" are the same person', (a, b) => {
    expect(namesMatch(a, b)).toBe(true);
  });

  it.each([
    ['Dana M. Whitfield', 'Rachel C. Okafor'],
    ['Dana Whitfield', 'David Whitfield'],
    ['WHITFIELD & OKAFOR LLC', 'Dana Whitfield'],
    ['', 'Dana Whitfield'],
  ])('"%s" and "%s" are not', (a, b) => {
    expect(namesMatch(a, b)).toBe(false);
  });
});
