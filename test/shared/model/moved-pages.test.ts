import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../shared/model/addresses';
import { movedTo, OUTSIDE_SIMULATION, outsideSimulation, PACER_REDIRECTS } from '../../../shared/model/moved-pages';
import { Attempt } from '../../support/attempt';
import { builtinScenario } from '../../support/scenarios';

/** Old addresses the court pages print (seed 003, FIDELITY 1.6 and its sources) open today's pages, as the real redirects do. */

const PAA_PAGE = 'https://pacer.uscourts.gov/register-account/pacer-administrative-account';
const ATTORNEY_FILERS_PAGE = 'https://pacer.uscourts.gov/register-account/attorney-filers-cmecf';

function parsed(address: string) {
  const result = parseAddress(address);
  if (!result) throw new Error(`not an address: ${address}`);
  return result;
}

describe('the redirect table', () => {
  it.each([
    ['https://www.pacer.gov/reg_firm.html', PAA_PAGE],
    ['www.pacer.gov/reg_firm.html', PAA_PAGE],
    ['pacer.gov/reg_firm.html', PAA_PAGE],
    ['http://www.pacer.uscourts.gov/reg_firm.html', PAA_PAGE],
    ['pacer.uscourts.gov/REG_FIRM.html', PAA_PAGE],
    ['https://www.pacer.gov/reg_atty.html', ATTORNEY_FILERS_PAGE],
  ])('%s moves to %s', (address, to) => {
    expect(movedTo(parsed(address))).toBe(to);
  });

  it('leaves addresses that have not moved, and other hosts, alone', () => {
    expect(movedTo(parsed('www.pacer.gov'))).toBeNull();
    expect(movedTo(parsed('pacer.uscourts.gov/register-account'))).toBeNull();
    expect(movedTo(parsed('www.mow.uscourts.gov/reg_firm.html'))).toBeNull();
    expect(movedTo(parsed('pacer.psc.uscourts.gov/reg_firm.html'))).toBeNull();
  });

  it('every redirect leads to a page the simulator draws, and no old page is both moved and outside', () => {
    const trainee = new Attempt(builtinScenario('pacer-paa-firm'));
    for (const entry of PACER_REDIRECTS) {
      trainee.goTo(entry.to);
      expect(trainee.page.kind).not.toBe('not-found');
      expect(OUTSIDE_SIMULATION.some((outside) => outside.path === entry.path)).toBe(false);
    }
  });

  it('names a page outside the simulation with or without www. and a trailing slash', () => {
    expect(outsideSimulation(parsed('https://www.pacer.gov/nextgen/'))?.title).toMatch(/NextGen/);
    expect(outsideSimulation(parsed('pacer.uscourts.gov/nextgen'))?.title).toMatch(/NextGen/);
    expect(outsideSimulation(parsed('http://www.mow.uscourts.gov/attorney/nextgen-cmecf'))?.title).toMatch(/help page/);
    expect(outsideSimulation(parsed('www.example.com/nextgen'))).toBeNull();
  });
});

describe('typing an old address in the simulated browser', () => {
  it('seed 003: "please visit https://www.pacer.gov/reg_firm.html" opens the PACER Administrative Account page, and the address bar shows the new address', () => {
    for (const typed of ['https://www.pacer.gov/reg_firm.html', 'www.pacer.gov/reg_firm.html']) {
      const trainee = new Attempt(builtinScenario('pacer-paa-firm'));
      expect(trainee.goTo(typed).status).toBe('accepted');
      expect(trainee.page).toEqual({ kind: 'pacer-register-type', registrationType: 'administrative' });
      expect(trainee.url).toBe(PAA_PAGE);
      // The old address never enters the history: Back does not land on it, as after a real redirect.
      expect(trainee.world.session.history.some((entry) => entry.includes('reg_firm'))).toBe(false);
    }
  });

  it('a followed link to an old address is redirected too', () => {
    const trainee = new Attempt(builtinScenario('pacer-paa-firm'));
    trainee.goTo('https://www.pacer.gov/reg_atty.html', 'link');
    expect(trainee.page).toEqual({ kind: 'pacer-register-type', registrationType: 'attorney-filers' });
  });

  it('a page outside the simulation says so instead of "can\'t be reached"', () => {
    const trainee = new Attempt(builtinScenario('pacer-paa-firm'));
    trainee.goTo('https://www.pacer.gov/nextgen');
    expect(trainee.page).toMatchObject({ kind: 'not-found', outside: expect.stringMatching(/NextGen/) });
  });
});

/**
 * Every address the seed pages print (grep -o of http/www in seeds 000-004),
 * in a scenario that has the Western District of Missouri and the Eastern
 * District of Missouri Bankruptcy Court where the seed names them.
 */
describe('every address printed in the seeds opens its page or is deliberately outside the simulation', () => {
  it.each([
    ['seed 000 step 1', 'www.moeb.uscourts.gov', 'cmecf-link-bankruptcy'],
    ['seed 002 "Go to www.pacer.gov."', 'www.pacer.gov', 'pacer-paa-firm'],
    ['seed 002 reinstatement step 1', 'https://www.mow.uscourts.gov/', 'cmecf-attorney-reinstatement'],
    ['seed 003 PAA', 'https://www.pacer.gov/reg_firm.html', 'pacer-paa-firm'],
    ['seed 003 upgrade', 'www.pacer.gov', 'pacer-paa-firm'],
    ['seed 003 "Forgot Your Password"', 'https://ecf.mow.uscourts.gov', 'cmecf-attorney-reinstatement'],
    ['seed 003 closing', 'https://ecf.mow.uscourts.gov/', 'cmecf-attorney-reinstatement'],
    ['seed 003 more information', 'https://www.pacer.gov/nextgen', 'pacer-paa-firm'],
    ['seed 003 court website', 'http://www.mow.uscourts.gov/attorney/nextgen-cmecf', 'cmecf-attorney-reinstatement'],
  ])('%s: %s', (_where, address, scenarioId) => {
    const trainee = new Attempt(builtinScenario(scenarioId));
    trainee.goTo(address);
    const page = trainee.page;
    if (page.kind === 'not-found') expect(page.outside).toBeTruthy();
    else expect(page.kind).not.toBe('blank');
  });
});
