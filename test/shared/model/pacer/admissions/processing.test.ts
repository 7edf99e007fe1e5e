import { describe, expect, it } from 'vitest';
import { admissionFeeCharged, isAdmissionRequest } from '../../../../../shared/model/pacer/admissions/processing';
import type { EfileRequest } from '../../../../../shared/model/pacer/admissions/state';
import type { PacerAccount } from '../../../../../shared/model/world';
import { MmaDesk, ANA } from '../account/support';

const attorney: PacerAccount = MmaDesk.of('pacer-paa-firm').world.pacerAccounts[ANA.accountNumber]!;
const federal: PacerAccount = { ...attorney, userType: 'federal-government' };
const admission = { requestType: 'admission', sections: { feeChoice: 'acknowledge' } } as EfileRequest;
const waiver = { ...admission, sections: { ...admission.sections, feeChoice: 'waiver' } } as EfileRequest;

describe('the admission fee (seed 002)', () => {
  it('belongs to an admission request only', () => {
    expect(isAdmissionRequest(admission)).toBe(true);
    expect(isAdmissionRequest({ ...admission, requestType: 'pro-hac-vice' })).toBe(false);
    expect(isAdmissionRequest({ ...admission, requestType: null })).toBe(false);
  });

  it('is charged unless a federal government attorney chose the waiver', () => {
    expect(admissionFeeCharged(attorney, admission)).toBe(true);
    expect(admissionFeeCharged(attorney, waiver)).toBe(true);
    expect(admissionFeeCharged(federal, admission)).toBe(true);
    expect(admissionFeeCharged(federal, waiver)).toBe(false);
    expect(admissionFeeCharged(attorney, { ...admission, requestType: 'pro-hac-vice' })).toBe(false);
  });
});
