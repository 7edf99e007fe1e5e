import { describe, expect, it } from 'vitest';
import { feeDue, feePaymentChoices } from '../../../../../shared/model/pacer/admissions/fee-payment';
import type { EfileRequest } from '../../../../../shared/model/pacer/admissions/state';
import type { StoredPayment } from '../../../../../shared/model/pacer/account/payments';
import type { PacerAccount, World } from '../../../../../shared/model/world';
import { ANA, MmaDesk, PAA } from '../account/support';

const visa: StoredPayment = { id: 'pm-1', method: 'card', holderName: 'Ana Rivera', label: 'Visa', lastFour: '1111', expires: '2030-01', feeTypes: ['P'] };
const checking: StoredPayment = { id: 'pm-2', method: 'ach', holderName: 'Ana Rivera', label: 'Checking', lastFour: '6789', expires: null, feeTypes: ['E', 'A'] };

/** Ana of the PAA scenario, changed as a case needs; the world holds her and the firm's PAA. */
function ana(change: Partial<PacerAccount>): { world: World; account: PacerAccount } {
  const { world } = MmaDesk.of('pacer-paa-firm');
  const account = { ...world.pacerAccounts[ANA.accountNumber]!, ...change };
  return { world: { ...world, pacerAccounts: { ...world.pacerAccounts, [account.accountNumber]: account } }, account };
}

describe('Pay Admission Fee: the payment methods offered', () => {
  it('offers a new card only, chosen, when nothing is stored and no PAA is joined', () => {
    const { world, account } = ana({ storedPayments: [], paaAccountNumber: null });
    expect(feePaymentChoices(world, account)).toEqual({ choices: [{ value: 'new', label: 'Enter a new credit card' }], initial: 'new' });
  });

  it('lists the stored methods first and chooses the admissions-fees default (fee type A)', () => {
    const { world, account } = ana({ storedPayments: [visa, checking], paaAccountNumber: null });
    expect(feePaymentChoices(world, account)).toEqual({
      choices: [
        { value: 'stored:pm-1', label: 'Visa ending in 1111' },
        { value: 'stored:pm-2', label: 'Checking account ending in 6789 (admissions fees default)' },
        { value: 'new', label: 'Enter a new credit card' },
      ],
      initial: 'stored:pm-2',
    });
  });

  it('chooses nothing when methods are stored but none is the admissions default', () => {
    const { world, account } = ana({ storedPayments: [visa], paaAccountNumber: null });
    expect(feePaymentChoices(world, account).initial).toBe('');
  });

  it('lists the joined PAA, as the real site does, though paying with it is refused (seed 003)', () => {
    const { world, account } = ana({ storedPayments: [], paaAccountNumber: PAA.accountNumber });
    const paa = world.pacerAccounts[PAA.accountNumber]!;
    expect(feePaymentChoices(world, account).choices).toEqual([
      { value: 'paa', label: `Bill to the PACER Administrative Account of ${paa.name}` },
      { value: 'new', label: 'Enter a new credit card' },
    ]);
  });
});

describe('whether the admission fee is due', () => {
  const request = { status: 'fee-due', feePaidAt: null } as EfileRequest;
  it('is due only between the court’s approval and the payment', () => {
    expect(feeDue(request)).toBe(true);
    expect(feeDue({ ...request, status: 'pending' })).toBe(false);
    expect(feeDue({ ...request, status: 'processed', feePaidAt: '2026-03-02T10:00:00Z' })).toBe(false);
  });
});
