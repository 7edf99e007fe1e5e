import { describe, expect, it } from 'vitest';
import { MENU_ENTRIES, filingMenusFor, hasFilingRights, menuBar, utilitiesMenu } from '../../../shared/model/menus';
import { MESSAGES } from '../../../shared/model/reducer';
import { Attempt, DANA, FIRM, MOEB, scenarioAtCourt } from '../../support/attempt';
import { builtinScenario } from '../../support/scenarios';

/** FIDELITY §1.8: the CM/ECF top menu bar by user state; seed 000, step 9. */

const scenario = builtinScenario('cmecf-link-bankruptcy');
const BEFORE_LINKING = ['Query', 'Reports', 'Utilities', 'Help'];
const LINKED_BANKRUPTCY = ['Bankruptcy', 'Adversary', 'Query', 'Reports', 'Utilities', 'Search', 'Help'];
const LINKED_DISTRICT = ['Civil', 'Criminal', 'Query', 'Reports', 'Utilities', 'Search', 'Help'];

function signedInAtMoeb(credentials = DANA): Attempt {
  const trainee = new Attempt(scenario);
  trainee.signIn(credentials);
  trainee.acknowledgeRedaction();
  return trainee;
}

describe('before linking', () => {
  it('the menu bar is exactly Query, Reports, Utilities, Help', () => {
    const trainee = signedInAtMoeb();
    expect(trainee.menus()).toEqual(BEFORE_LINKING);
    trainee.openMenu('Query');
    expect(trainee.menus()).toEqual(BEFORE_LINKING);
  });

  it('the filing menus cannot be opened: they are not on the bar', () => {
    const trainee = signedInAtMoeb();
    for (const menu of ['Civil', 'Criminal', 'Search'] as const) {
      expect(trainee.openMenu(menu)).toEqual({ status: 'refused', mistake: null, message: MESSAGES.notOnThisPage });
      expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: MOEB });
    }
    // The court's own filing menus say why they are missing: the account is not linked here yet.
    for (const menu of ['Bankruptcy', 'Adversary'] as const) {
      const outcome = trainee.openMenu(menu);
      expect(outcome.status).toBe('refused');
      expect(outcome.mistake).toBeNull();
      expect(outcome.message).toBe(
        `The ${menu} menu is not available: your PACER account is not linked to a CM/ECF account in this court. Link it under Utilities first.`,
      );
      expect(trainee.page).toEqual({ kind: 'cmecf-main', courtId: MOEB });
    }
  });

  it('a menu on the bar opens its menu page', () => {
    const trainee = signedInAtMoeb();
    expect(trainee.openMenu('Utilities').status).toBe('accepted');
    expect(trainee.page).toEqual({ kind: 'cmecf-menu', courtId: MOEB, menu: 'Utilities' });
  });

  it('a menu of another court, or off any CM/ECF page, cannot be opened', () => {
    const trainee = signedInAtMoeb();
    expect(trainee.openMenu('Utilities', 'mow').status).toBe('refused');
    trainee.goTo('www.moeb.uscourts.gov');
    expect(trainee.openMenu('Utilities').status).toBe('refused');
  });

  it('Utilities offers "Link a CM/ECF account to my PACER account" under Your Account, and no filer-only items', () => {
    const trainee = signedInAtMoeb();
    const [yourAccount, miscellaneous] = utilitiesMenu(trainee.world, MOEB);
    expect(yourAccount?.heading).toBe('Your Account');
    expect(yourAccount?.entries[0]).toEqual({ label: 'Link a CM/ECF account to my PACER account', opens: 'link-account' });
    expect(yourAccount?.entries.map((entry) => entry.label)).not.toContain('Maintain Your ECF Account');
    expect(miscellaneous?.heading).toBe('Miscellaneous');
  });
});

describe('after linking (seed 000, step 9: "if you CLICK on any menu item on top bar, all menu items ... will become available")', () => {
  it('the filing menus are not there yet on the confirmation screen', () => {
    const trainee = new Attempt(scenario);
    trainee.link();
    expect(trainee.page.kind).toBe('cmecf-link-done');
    expect(hasFilingRights(trainee.world, MOEB)).toBe(true);
    expect(trainee.menus()).toEqual(BEFORE_LINKING);
    expect(trainee.openMenu('Bankruptcy').status).toBe('refused');
  });

  it('they appear after the next menu click', () => {
    const trainee = new Attempt(scenario);
    trainee.link();
    trainee.openMenu('Query');
    expect(trainee.menus()).toEqual(LINKED_BANKRUPTCY);
    expect(trainee.openMenu('Bankruptcy').status).toBe('accepted');
    expect(trainee.page).toEqual({ kind: 'cmecf-menu', courtId: MOEB, menu: 'Bankruptcy' });
    expect(trainee.openMenu('Adversary').status).toBe('accepted');
  });

  it('they appear after a reload', () => {
    const trainee = new Attempt(scenario);
    trainee.link();
    trainee.reload();
    expect(trainee.menus()).toEqual(LINKED_BANKRUPTCY);
  });

  it('they appear at the next login', () => {
    const trainee = new Attempt(scenario);
    trainee.link();
    trainee.logOut();
    trainee.signIn();
    trainee.acknowledgeRedaction();
    expect(trainee.menus()).toEqual(LINKED_BANKRUPTCY);
  });

  it('Utilities then offers Maintain Your ECF Account', () => {
    const trainee = new Attempt(scenario);
    trainee.link();
    trainee.openMenu('Utilities');
    const labels = utilitiesMenu(trainee.world, MOEB)[0]?.entries.map((entry) => entry.label);
    expect(labels).toContain('Maintain Your ECF Account');
  });

  it('a firm (shared) PACER account never gets the filing menus, even once linked: shared accounts cannot file', () => {
    const trainee = new Attempt(scenario);
    trainee.link(FIRM);
    trainee.openMenu('Query');
    trainee.reload();
    expect(hasFilingRights(trainee.world, MOEB)).toBe(false);
    expect(trainee.menus()).toEqual(BEFORE_LINKING);
  });

  it('another PACER account signed in after the link does not see the filing menus', () => {
    const trainee = new Attempt(scenario);
    trainee.link();
    trainee.logOut();
    trainee.signIn(FIRM);
    trainee.acknowledgeRedaction();
    trainee.openMenu('Query');
    expect(trainee.menus()).toEqual(BEFORE_LINKING);
  });
});

describe('a district court (FIDELITY §3)', () => {
  const district = scenarioAtCourt('cmecf-link-bankruptcy', 'moeb', 'mow');

  it('the variant is the Western District of Missouri from the catalog', () => {
    expect(district.courts).toHaveLength(1);
    expect(district.courts[0]).toMatchObject({ id: 'mow', type: 'district', noticeName: 'MISSOURI WESTERN DISTRICT COURT' });
  });

  it('shows Civil and Criminal once linked and refreshed, and never Bankruptcy or Adversary', () => {
    const trainee = new Attempt(district);
    trainee.signIn(DANA, 'https://ecf.mow.uscourts.gov/');
    trainee.acknowledgeRedaction('mow');
    // This court's filing-system link is on the landing page after the login (seed 002, step 5).
    trainee.goTo('https://ecf.mow.uscourts.gov/cgi-bin/ShowIndex.pl', 'link');
    expect(trainee.menus('mow')).toEqual(BEFORE_LINKING);
    expect(trainee.openMenu('Utilities', 'mow').status).toBe('accepted');
    trainee.goTo('https://ecf.mow.uscourts.gov/cgi-bin/LinkAccount.pl', 'link');
    trainee.submitLinkCredentials('dmw4521', 'Eads*Bridge74', 'mow');
    expect(trainee.confirmLink('mow')).toEqual({ status: 'accepted', mistake: null, message: null });
    trainee.openMenu('Query', 'mow');
    expect(trainee.menus('mow')).toEqual(LINKED_DISTRICT);
    expect(trainee.openMenu('Bankruptcy', 'mow').status).toBe('refused');
    expect(trainee.openMenu('Civil', 'mow').status).toBe('accepted');
    expect(trainee.world.mailbox[0]?.fields.find((field) => field.label === 'Court')?.value).toBe('MISSOURI WESTERN DISTRICT COURT');
  });
});

describe('menu tables', () => {
  it('filing menus by court type', () => {
    expect(filingMenusFor('bankruptcy')).toEqual(['Bankruptcy', 'Adversary']);
    expect(filingMenusFor('district')).toEqual(['Civil', 'Criminal']);
    expect(filingMenusFor('appellate')).toEqual(['Filing']);
  });

  it('an unknown court has no menu bar', () => {
    const trainee = signedInAtMoeb();
    expect(menuBar(trainee.world, 'nowhere')).toEqual([]);
    expect(menuBar(trainee.world, 'constructor')).toEqual([]);
  });

  it('every menu but Utilities lists its entries', () => {
    for (const [menu, entries] of Object.entries(MENU_ENTRIES)) {
      expect(entries.length, menu).toBeGreaterThan(0);
    }
  });
});

describe('Utilities opens into its groups (seed 002: "1. Click Utilities. 2. Click Your Accounts. 3. Click Maintain Your ECF Account.")', () => {
  const MOW = 'mow';
  const UTILITIES = 'https://ecf.mow.uscourts.gov/cgi-bin/DisplayMenu.pl?menu=Utilities';

  function linkedAttorneyAtMow(): Attempt {
    const trainee = new Attempt(builtinScenario('cmecf-secondary-email'));
    trainee.signIn({ username: 'pcastellanos', password: 'Westport*Road55' }, 'https://ecf.mow.uscourts.gov/');
    trainee.acknowledgeRedaction(MOW);
    trainee.goTo('https://ecf.mow.uscourts.gov/cgi-bin/ShowIndex.pl', 'link');
    trainee.openMenu('Utilities', MOW);
    return trainee;
  }

  it('Utilities shows every group open, so Maintain Your ECF Account is one click away as before', () => {
    const trainee = linkedAttorneyAtMow();
    expect(trainee.page).toEqual({ kind: 'cmecf-menu', courtId: MOW, menu: 'Utilities' });
  });

  it('Your Account opens the menu into that group, which holds Maintain Your ECF Account', () => {
    const trainee = linkedAttorneyAtMow();
    expect(trainee.goTo(`${UTILITIES}&group=Your%20Account`, 'link').status).toBe('accepted');
    expect(trainee.page).toEqual({ kind: 'cmecf-menu', courtId: MOW, menu: 'Utilities', group: 'Your Account' });
    const group = utilitiesMenu(trainee.world, MOW).find((candidate) => candidate.heading === 'Your Account');
    expect(group?.entries.map((entry) => entry.label)).toContain('Maintain Your ECF Account');
  });

  it('a group the user does not have, or another menu, opens the whole menu', () => {
    const trainee = linkedAttorneyAtMow();
    trainee.goTo(`${UTILITIES}&group=Nonsense`, 'link');
    expect(trainee.page).toEqual({ kind: 'cmecf-menu', courtId: MOW, menu: 'Utilities' });
    trainee.goTo('https://ecf.mow.uscourts.gov/cgi-bin/DisplayMenu.pl?menu=Query&group=Your%20Account', 'link');
    expect(trainee.page).toEqual({ kind: 'cmecf-menu', courtId: MOW, menu: 'Query' });
  });
});
