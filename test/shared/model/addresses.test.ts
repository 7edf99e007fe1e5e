import { describe, expect, it } from 'vitest';
import { csoLoginUrl, parseAddress } from '../../../shared/model/addresses';
import { Attempt, MOEB } from '../../support/attempt';
import { builtinScenario } from '../../support/scenarios';

const scenario = builtinScenario('cmecf-link-bankruptcy');

describe('typing the court website address (seed 000, step 1: "Go to the courts website at www.moeb.uscourts.gov")', () => {
  it.each(['www.moeb.uscourts.gov', 'moeb.uscourts.gov', 'https://www.moeb.uscourts.gov/', 'HTTP://MOEB.USCOURTS.GOV', '  www.moeb.uscourts.gov  '])(
    '"%s" opens the court home page',
    (typed) => {
      const trainee = new Attempt(scenario);
      const outcome = trainee.goTo(typed);
      expect(outcome.status).toBe('accepted');
      expect(trainee.page).toEqual({ kind: 'court-home', courtId: MOEB });
      // The address bar then shows the one canonical address, as a browser does after a redirect.
      expect(trainee.url).toBe('https://www.moeb.uscourts.gov/');
    },
  );

  it('the E-Filing (CM/ECF) page opens with or without www.', () => {
    for (const typed of ['https://www.moeb.uscourts.gov/e-filing-cmecf', 'moeb.uscourts.gov/e-filing-cmecf']) {
      const trainee = new Attempt(scenario);
      trainee.goTo(typed);
      expect(trainee.page).toEqual({ kind: 'court-efiling', courtId: MOEB });
    }
  });

  it('an unknown address shows not-found, naming the address', () => {
    const trainee = new Attempt(scenario);
    expect(trainee.goTo('www.example.com').status).toBe('accepted');
    expect(trainee.page).toEqual({ kind: 'not-found', address: 'https://www.example.com/' });
  });

  it('an unknown page on the court website shows not-found', () => {
    const trainee = new Attempt(scenario);
    trainee.goTo('www.moeb.uscourts.gov/no-such-page');
    expect(trainee.page.kind).toBe('not-found');
  });

  it('a court that is not in the scenario is not on the simulated web', () => {
    const trainee = new Attempt(scenario);
    trainee.goTo('www.mow.uscourts.gov');
    expect(trainee.page.kind).toBe('not-found');
    trainee.goTo('ecf.mow.uscourts.gov');
    expect(trainee.page.kind).toBe('not-found');
  });

  it.each(['moeb', 'hello world', 'javascript:alert(1)', '<script>alert(1)</script>', 'http://', '', '   ', 'www.moeb.uscourts.gov/a b'])(
    'garbage "%s" shows not-found and does not throw',
    (typed) => {
      const trainee = new Attempt(scenario);
      expect(trainee.goTo(typed).status).toBe('accepted');
      expect(trainee.page.kind).toBe('not-found');
    },
  );
});

describe('the Filing System link (seed 000, steps 2-3: "This will redirect you to the PACER login screen")', () => {
  it('going to the CM/ECF host while signed out redirects to the PACER login for that court', () => {
    const trainee = new Attempt(scenario);
    trainee.goTo('https://ecf.moeb.uscourts.gov/', 'link');
    expect(trainee.page).toEqual({ kind: 'pacer-login', courtId: MOEB });
    expect(trainee.url).toBe(csoLoginUrl(scenario.courts[0]!));
    expect(trainee.url).toBe('https://pacer.login.uscourts.gov/csologin/login.jsf?court=moeb');
  });

  it('a deep CM/ECF address while signed out also lands on the PACER login, not the CM/ECF page', () => {
    const trainee = new Attempt(scenario);
    trainee.goTo('ecf.moeb.uscourts.gov/cgi-bin/LinkAccount.pl');
    expect(trainee.page).toEqual({ kind: 'pacer-login', courtId: MOEB });
  });

  it('the PACER login opened directly (not from a court) belongs to no court', () => {
    const trainee = new Attempt(scenario);
    trainee.goTo('pacer.login.uscourts.gov/csologin/login.jsf');
    expect(trainee.page).toEqual({ kind: 'pacer-login', courtId: null });
  });
});

describe('parseAddress', () => {
  it('reads scheme, host, port, path, query and fragment the way a browser does', () => {
    const parsed = parseAddress('HTTPS://Ecf.MOEB.uscourts.gov:443/cgi-bin/DisplayMenu.pl?menu=Utilities&id=-1#top');
    expect(parsed?.host).toBe('ecf.moeb.uscourts.gov');
    expect(parsed?.path).toBe('/cgi-bin/DisplayMenu.pl');
    expect(parsed?.query.get('menu')).toBe('Utilities');
    expect(parsed?.query.get('id')).toBe('-1');
    expect(parsed?.query.get('absent')).toBeNull();
    expect(parsed?.href).toBe('https://ecf.moeb.uscourts.gov/cgi-bin/DisplayMenu.pl?menu=Utilities&id=-1');
  });

  it('adds the root path and drops a trailing dot on the host', () => {
    expect(parseAddress('moeb.uscourts.gov.')?.href).toBe('https://moeb.uscourts.gov/');
  });

  it('decodes query values, and keeps a malformed escape as typed', () => {
    expect(parseAddress('a.example/?q=Link%20a+CM%2FECF')?.query.get('q')).toBe('Link a CM/ECF');
    expect(parseAddress('a.example/?q=%E0%A4%A')?.query.get('q')).toBe('%E0%A4%A');
  });

  it.each(['moeb', 'not an address', 'ftp://moeb.uscourts.gov', 'javascript:alert(1)', ''])('"%s" is not an address', (typed) => {
    expect(parseAddress(typed)).toBeNull();
  });
});
