import { describe, expect, it } from 'vitest';
import { processOvernightUpdates } from '../../../../../shared/model/cmecf/reinstatement/part';
import { STANDING_MESSAGES } from '../../../../../shared/model/cmecf/reinstatement/standing';
import { reinstatementOf } from '../../../../../shared/model/cmecf/reinstatement/state';
import { MISTAKES } from '../../../../../shared/model/mistakes';
import { NOT_ON_THIS_PAGE } from '../../../../../shared/model/transitions';
import { checkHolds } from '../../../../../shared/scenario/checks';
import { ATTORNEY, MOW, ReinstatingAttorney } from './reinstatement-trainee';

describe('steps 20-21 and the Notice of Electronic Filing', () => {
  it('Next, Next: the final screen is the Notice of Electronic Filing', () => {
    const trainee = new ReinstatingAttorney().file();
    expect(trainee.page).toEqual({ kind: 'cmecf-reinstatement-nef', courtId: MOW, filingId: 'reinstatement-1' });
    const [filing] = reinstatementOf(trainee.world).filings;
    expect(filing).toMatchObject({
      courtId: MOW,
      ecfAccountId: ATTORNEY.ecfId,
      attorneyName: ATTORNEY.name,
      barNumber: ATTORNEY.barNumber,
      receiptNumber: 'AMOWDC-6532718',
      feeCents: 10_000,
      caseNumber: '2:18-mc-09001',
      status: 'awaiting-overnight-update',
    });
    expect(filing?.docketText).toBe(
      'ATTORNEY REINSTATEMENT by Marisol K. Ferrante, Bar Number 58214. (Reinstatement fee $100.00, receipt number AMOWDC-6532718.)',
    );
    expect(reinstatementOf(trainee.world).draft).toBeNull();
  });

  it('e-mails the NEF to the attorney’s primary address with court, case, filer, document, time, receipt and fee', () => {
    const trainee = new ReinstatingAttorney().file();
    const nef = trainee.world.mailbox.find((mail) => mail.template === 'reinstatement-nef');
    expect(nef?.to).toBe(trainee.attorney.primaryEmail);
    const labels = nef?.fields.map((row) => row.label);
    expect(labels).toEqual([
      'Court',
      'Entered',
      'Filed',
      'Case Name',
      'Case Number',
      'Filer',
      'Document Number',
      'Docket Text',
      'Receipt Number',
      'Fee Amount',
      'Notice has been electronically mailed to',
    ]);
    expect(nef?.fields).toContainEqual({ label: 'Court', value: 'United States District Court for the Western District of Missouri' });
    expect(nef?.fields).toContainEqual({ label: 'Fee Amount', value: '$100.00' });
    expect(nef?.fields.find((row) => row.label === 'Entered')?.value).toMatch(/^6\/11\/2018 at \d{1,2}:\d{2} AM CST$/);
  });

  it('a double Next on the final docket text files once', () => {
    const trainee = new ReinstatingAttorney().pay();
    trainee.submit('cmecf/reinstatement/returned', 'next');
    trainee.submit('cmecf/reinstatement/docket-text', 'next');
    expect(trainee.submit('cmecf/reinstatement/docket-text', 'next').message).toBe(NOT_ON_THIS_PAGE);
    trainee.back();
    // The committed transaction's screen is gone: the event selection starts over.
    expect(trainee.page.kind).toBe('cmecf-reinstatement-event');
    expect(reinstatementOf(trainee.world).filings).toHaveLength(1);
    expect(trainee.world.mailbox.filter((mail) => mail.template === 'reinstatement-nef')).toHaveLength(1);
  });

  it('the docket text cannot be reached before the fee is paid', () => {
    const trainee = new ReinstatingAttorney().reachFee();
    expect(trainee.goTo('https://ecf.mow.uscourts.gov/cgi-bin/AttyReinstatement.pl?step=docket-text').status).toBe('accepted');
    expect(trainee.page.kind).toBe('cmecf-reinstatement-event');
  });
});

describe('NOTE: "The system updates your status overnight"', () => {
  it('the standing stays as it was the same day, and filing today is refused with the court’s message', () => {
    const trainee = new ReinstatingAttorney().file();
    expect(trainee.attorney.standing).toBe('needs-reinstatement');
    expect(trainee.openMenu('Civil', MOW)).toEqual({
      status: 'refused',
      mistake: 'filed-before-status-updated',
      message: STANDING_MESSAGES.awaitingUpdate,
    });
    expect(STANDING_MESSAGES.awaitingUpdate).toContain('573-636-4015');
  });

  it('filing the reinstatement again the same day is refused the same way', () => {
    const trainee = new ReinstatingAttorney().file();
    trainee.openReinstatement();
    expect(trainee.chooseEvent('atty-reinstatement')).toEqual({
      status: 'refused',
      mistake: 'filed-before-status-updated',
      message: STANDING_MESSAGES.awaitingUpdate,
    });
    expect(reinstatementOf(trainee.world).filings).toHaveLength(1);
  });

  it('after a business day the standing is active, the menu goes and Civil opens', () => {
    const trainee = new ReinstatingAttorney().file();
    trainee.wait(1);
    expect(trainee.attorney.standing).toBe('active');
    expect(reinstatementOf(trainee.world).filings[0]).toMatchObject({ status: 'processed', processedAt: '2018-06-12T00:00:00' });
    expect(trainee.menus(MOW)).not.toContain('Attorney Reinstatement');
    expect(trainee.openMenu('Civil', MOW).status).toBe('accepted');
    expect(trainee.page).toEqual({ kind: 'cmecf-menu', courtId: MOW, menu: 'Civil' });
  });

  it('time passing without a filing reinstates no one', () => {
    const trainee = new ReinstatingAttorney().pay();
    trainee.wait(2);
    expect(trainee.attorney.standing).toBe('needs-reinstatement');
  });

  it('the overnight run changes nothing when nothing is due', () => {
    const trainee = new ReinstatingAttorney().file();
    expect(processOvernightUpdates(trainee.world)).toBe(trainee.world);
  });
});

describe('objective checks and mistake definitions', () => {
  it('hold as the filing, payment and overnight update happen', () => {
    const filed = { kind: 'reinstatement-filed', courtId: MOW, ecfLogin: ATTORNEY.login } as const;
    const paid = { kind: 'court-fee-paid-individually', courtId: MOW } as const;
    const active = { kind: 'attorney-standing-active', courtId: MOW, ecfLogin: ATTORNEY.login } as const;
    const trainee = new ReinstatingAttorney().pay();
    expect([checkHolds(filed, trainee.world), checkHolds(paid, trainee.world), checkHolds(active, trainee.world)]).toEqual([false, true, false]);
    trainee.submit('cmecf/reinstatement/returned', 'next');
    trainee.submit('cmecf/reinstatement/docket-text', 'next');
    expect(checkHolds(filed, trainee.world)).toBe(true);
    trainee.wait(1);
    expect(checkHolds(active, trainee.world)).toBe(true);
  });

  it('every reinstatement mistake has a rule, a remedy and a source in seed 002 or 003', () => {
    for (const code of [
      'wrong-reinstatement-event',
      'attorney-name-wrong',
      'attorney-bar-number-wrong',
      'paa-pays-court-fee',
      'payment-not-authorized',
      'filed-before-reinstatement',
      'filed-before-status-updated',
    ] as const) {
      const definition = MISTAKES[code];
      expect(definition.rule.length, code).toBeGreaterThan(20);
      expect(definition.remedy.length, code).toBeGreaterThan(10);
      expect(definition.source, code).toMatch(/W\.D\. Mo\./);
    }
  });
});
