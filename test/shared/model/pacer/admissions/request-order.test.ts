import { describe, expect, test } from 'vitest';
import { acknowledgmentGroups } from '../../../../../shared/model/pacer/admissions/acknowledgments';
import { COURT_MESSAGES } from '../../../../../shared/model/pacer/admissions/attorney-forms';
import { courtOptionLabel, requestTypeAfterCourt } from '../../../../../shared/model/pacer/admissions/court-options';
import { EFILE_MESSAGES } from '../../../../../shared/model/pacer/admissions/efile-details';
import { admissionsOf, draftOf } from '../../../../../shared/model/pacer/admissions/state';
import { acceptedWith, ACCEPTED } from '../../../../../shared/model/transitions';
import { courtById } from '../../../../../shared/model/world';
import { Desk, EFILE } from './desk';

/**
 * Seed 002 puts the kind of request before the court in two procedures
 * (Attorney Bar Registration, Bankruptcy Attorney: "8. Select Attorney
 * Admissions and E-File / 9. Select … as the Court. Click Next") and after
 * it in four (federal, pro hac vice, MDL: "Click Next / 9. Select Federal
 * Attorney"; Limited Filer: "Click Next / 9. From the Role in Court drop down
 * list"): every one of them reaches its next step.
 */

const refusedWith = (message: string, mistake: string | null = null) => ({ status: 'refused', message, mistake });

const withBankruptcy = () =>
  Desk.district((scenario) => {
    scenario.courts = ['mow', 'mowb'];
  })
    .logInToManageMyAccount()
    .openAttorneyAdmissions();

const court = (desk: Desk, requestType: string | null, courtId = 'mow', courtType = 'district') =>
  desk.submit('pacer/efile/court', 'next', { courtType, court: courtId, ...(requestType === null ? {} : { requestType }) });

const registerAs = (desk: Desk, requestType: string, fields: Record<string, string> = {}) =>
  desk.submit('pacer/efile/request-type', 'next', { requestType, ...EFILE, ...fields });

describe('the request type before the court (Attorney Bar Registration steps 8-9)', () => {
  test('Attorney Admissions and E-File with a district court goes straight to the five sections', () => {
    const desk = Desk.district().logInToManageMyAccount().openAttorneyAdmissions();
    expect(court(desk, 'admission')).toEqual(ACCEPTED);
    expect(desk.page).toEqual({ kind: 'admission-sections', courtId: 'mow' });
    expect(draftOf(desk.world, 'attorney')?.requestType).toBe('admission');
  });

  test('the first screen offers only the two general kinds; the court lists its own', () => {
    const desk = Desk.district().logInToManageMyAccount().openAttorneyAdmissions();
    expect(court(desk, 'pro-hac-vice')).toEqual(refusedWith(COURT_MESSAGES.requestType));
    expect(court(desk, '__proto__')).toEqual(refusedWith(COURT_MESSAGES.requestType));
    expect(desk.page.kind).toBe('admission-court');
  });

  test('E-File Registration Only with a district court leads to the court’s list with it chosen', () => {
    const desk = Desk.district().logInToManageMyAccount().openAttorneyAdmissions();
    court(desk, 'efile-only');
    expect(desk.page).toEqual({ kind: 'admission-request-type', courtId: 'mow' });
    expect(draftOf(desk.world, 'attorney')?.requestType).toBe('efile-only');
  });

  test('a filing agent choosing it before the court is marked there', () => {
    const desk = Desk.district((scenario) => {
      scenario.world.admissions = { processingBusinessDays: 1, filingAgentAccounts: ['5520318'] };
    });
    desk.logInToManageMyAccount().openAttorneyAdmissions();
    expect(court(desk, 'admission')).toEqual(acceptedWith(null, 'filing-agent-attorney-path'));
  });
});

describe('the request type after the court (federal attorney, pro hac vice, MDL steps 8-10)', () => {
  test('the court first, then Federal Attorney with the E-File Registration fields on the same screen, Next', () => {
    const desk = Desk.district().logInToManageMyAccount().openAttorneyAdmissions();
    expect(court(desk, null)).toEqual(ACCEPTED);
    expect(desk.page).toEqual({ kind: 'admission-request-type', courtId: 'mow' });
    expect(draftOf(desk.world, 'attorney')?.requestType).toBeNull();
    expect(registerAs(desk, 'federal-attorney')).toEqual(ACCEPTED);
    expect(desk.page).toMatchObject({ kind: 'admission-payment-defaults', path: 'attorney' });
    expect(draftOf(desk.world, 'attorney')).toMatchObject({ requestType: 'federal-attorney', efile: { role: 'Attorney', extra: {} } });
  });

  test('the fields are checked as E-File Registration checks them; MDL needs its Additional Filer Information', () => {
    const desk = Desk.district().logInToManageMyAccount().openAttorneyAdmissions();
    court(desk, null);
    expect(registerAs(desk, 'pro-hac-vice', { role: '' })).toEqual(refusedWith(EFILE_MESSAGES.role));
    expect(registerAs(desk, 'pro-hac-vice', { individualAcknowledged: '' })).toEqual(
      refusedWith(EFILE_MESSAGES.individual, 'efile-acknowledgment-skipped'),
    );
    expect(registerAs(desk, 'mdl')).toEqual(refusedWith('Additional Filer Information: MDL Number is required.'));
    expect(desk.page.kind).toBe('admission-request-type');
    expect(registerAs(desk, 'mdl', { 'extra.mdlNumber': 'MDL No. 2843', 'extra.transferorCourt': 'Eastern District of Louisiana' })).toEqual(ACCEPTED);
  });

  test('Attorney Admissions and E-File chosen after the court goes to the five sections, whatever else is posted', () => {
    const desk = Desk.district().logInToManageMyAccount().openAttorneyAdmissions();
    court(desk, null);
    expect(registerAs(desk, 'admission', { role: '' })).toEqual(ACCEPTED);
    expect(desk.page.kind).toBe('admission-sections');
  });

  test('Back from Payment Information returns to the request-type screen, the registration kept', () => {
    const desk = Desk.district().logInToManageMyAccount().openAttorneyAdmissions();
    court(desk, null);
    registerAs(desk, 'federal-attorney', { 'extra.agency': 'U.S. Department of Justice' });
    desk.submit('pacer/efile/payment-defaults', 'back');
    expect(desk.page.kind).toBe('admission-request-type');
    expect(draftOf(desk.world, 'attorney')?.efile?.extra).toEqual({ agency: 'U.S. Department of Justice' });
  });

  test('a post of the earlier two-screen version (no Role in Court field) still leads to E-File Registration', () => {
    const desk = Desk.district().logInToManageMyAccount().openAttorneyAdmissions();
    court(desk, null);
    expect(desk.submit('pacer/efile/request-type', 'next', { requestType: 'pro-hac-vice' })).toEqual(ACCEPTED);
    expect(desk.page.kind).toBe('admission-efile');
  });
});

describe('bankruptcy courts (Bankruptcy Attorney steps 8-14, Limited Filer steps 8-11)', () => {
  test('Attorney Admissions and E-File, the bankruptcy court, Next: the court’s list, then E-File Registration Only and the fields', () => {
    const desk = withBankruptcy();
    expect(court(desk, 'admission', 'mowb', 'bankruptcy')).toEqual(ACCEPTED);
    expect(desk.page).toEqual({ kind: 'admission-request-type', courtId: 'mowb' });
    expect(registerAs(desk, 'admission')).toEqual(refusedWith(COURT_MESSAGES.requestType));
    expect(registerAs(desk, 'efile-only')).toEqual(ACCEPTED);
    expect(desk.page.kind).toBe('admission-payment-defaults');
  });

  test('the court alone, Next: its only kind is chosen already, so the Role in Court comes next', () => {
    const desk = withBankruptcy();
    court(desk, null, 'mowb', 'bankruptcy');
    expect(desk.page).toEqual({ kind: 'admission-request-type', courtId: 'mowb' });
    expect(draftOf(desk.world, 'attorney')?.requestType).toBe('efile-only');
    expect(registerAs(desk, 'efile-only', { role: 'Limited Filer - Creditor' })).toEqual(ACCEPTED);
    desk.submit('pacer/efile/payment-defaults', 'next');
    desk.submit('pacer/efile/acknowledgments', 'submit', { termsOfUse: 'on', policies: 'on' });
    expect(admissionsOf(desk.world).requests[0]).toMatchObject({ courtId: 'mowb', requestType: 'efile-only', role: 'Limited Filer - Creditor' });
  });

  test('which kind Next leads to is the court’s rule', () => {
    const desk = withBankruptcy();
    const mow = courtById(desk.world, 'mow')!;
    const mowb = courtById(desk.world, 'mowb')!;
    expect(requestTypeAfterCourt(mow, null)).toBeNull();
    expect(requestTypeAfterCourt(mow, 'admission')).toBe('admission');
    expect(requestTypeAfterCourt(mowb, 'admission')).toBe('efile-only');
    expect(requestTypeAfterCourt(mowb, null)).toBe('efile-only');
  });
});

describe('names as the seeds print them', () => {
  test('the Court entry carries both "Missouri Western District Court" and "Western District of Missouri"', () => {
    const desk = withBankruptcy();
    expect(courtOptionLabel(courtById(desk.world, 'mow')!)).toBe('Missouri Western District Court (Western District of Missouri)');
    expect(courtOptionLabel(courtById(desk.world, 'mowb')!)).toBe('Missouri Western Bankruptcy Court (Western District of Missouri)');
  });

  test('each procedure’s acknowledgment boxes are grouped under the names its step 12, 13 or 16 gives', () => {
    const legends = (path: 'attorney' | 'non-attorney', type: Parameters<typeof acknowledgmentGroups>[1]) =>
      acknowledgmentGroups(path, type).map((group) => `${group.legend} (${group.boxes.length})`);
    expect(legends('attorney', 'admission')).toEqual([
      'Acknowledgment of Policies and Procedures for Attorney Admissions (1)',
      'Attorney E-Filing Terms of Use (2)',
    ]);
    for (const type of ['pro-hac-vice', 'mdl'] as const) {
      expect(legends('attorney', type)).toEqual(['Acknowledgment of E-filing Terms and Conditions (1)', 'Court Policies and Procedures for Attorney Admissions (1)']);
    }
    for (const type of ['federal-attorney', 'efile-only'] as const) {
      expect(legends('attorney', type)).toEqual(['Attorney E-Filing Terms of Use (1)', 'Acknowledgment of Policies (1)']);
    }
    expect(legends('non-attorney', null)).toEqual(['Non-Attorney E-Filing Terms and Conditions (2)']);
  });
});
