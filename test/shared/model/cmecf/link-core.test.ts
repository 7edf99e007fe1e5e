import { describe, expect, it } from 'vitest';
import { courtRequestsOf, ecfAccountsLinkedTo, linkMistake, linkWarning } from '../../../../shared/model/cmecf/link-core';
import { Attempt, DANA } from '../../../support/attempt';
import { builtinScenario } from '../../../support/scenarios';
import type { EcfAccount, PacerAccount } from '../../../../shared/model/world';

const dana: PacerAccount = {
  accountNumber: '4417093',
  username: 'dwhitfield',
  passwordDigest: 'digest',
  kind: 'upgraded',
  userType: 'individual',
  name: 'Dana M. Whitfield',
  firm: 'Whitfield & Okafor LLC',
  email: 'dana@whitfield-okafor.example',
  caseSearchStatus: 'active',
  retiredUsernames: [],
};
const firm: PacerAccount = { ...dana, accountNumber: '3306518', username: 'wokaforlaw', userType: 'firm', name: 'Whitfield & Okafor LLC' };
const danaAtCourt: EcfAccount = {
  id: 'whitfield-moeb',
  courtId: 'moeb',
  login: 'dmw4521',
  passwordDigest: 'digest',
  name: 'Whitfield, Dana M.',
  role: 'attorney',
  linkedPacerAccount: null,
  primaryEmail: 'dana@whitfield-okafor.example',
  secondaryEmails: [],
  standing: 'active',
};
const someoneElse: EcfAccount = { ...danaAtCourt, id: 'okafor-moeb', login: 'sok1188', name: 'Samuel Okafor' };

describe('the warning on Link screen B (seed 000, step 7)', () => {
  it('warns of a firm name when the PACER account is a shared firm account, whatever the CM/ECF name', () => {
    expect(linkWarning(firm, danaAtCourt)).toBe('firm-name');
    expect(linkWarning({ ...firm, name: 'Dana M. Whitfield' }, danaAtCourt)).toBe('firm-name');
  });

  it('warns that the names differ when an individual account meets another person’s CM/ECF account', () => {
    expect(linkWarning(dana, someoneElse)).toBe('names-differ');
  });

  it('warns of nothing for the filer’s own two accounts, however the court writes the name', () => {
    expect(linkWarning(dana, danaAtCourt)).toBeNull();
  });

  it('warns of exactly what linking anyway would count as a mistake', () => {
    const warned = { 'firm-name': 'shared-account-linked', 'names-differ': 'wrong-account-linked' } as const;
    for (const [account, ecf] of [
      [firm, danaAtCourt],
      [dana, someoneElse],
      [dana, danaAtCourt],
    ] as const) {
      const warning = linkWarning(account, ecf);
      expect(linkMistake(account, ecf)).toBe(warning === null ? null : warned[warning]);
    }
  });
});

describe('what Manage My Account lists of the courts (Display Registered Courts, E-File History)', () => {
  it('lists the CM/ECF accounts linked to the PACER account, and the court’s record of the link', () => {
    const attempt = new Attempt(builtinScenario('cmecf-link-bankruptcy'));
    const account = () => attempt.world.pacerAccounts[DANA.accountNumber]!;
    expect(ecfAccountsLinkedTo(attempt.world, account())).toEqual([]);
    expect(courtRequestsOf(attempt.world, account())).toEqual([]);
    attempt.link();
    expect(ecfAccountsLinkedTo(attempt.world, account()).map((ecf) => ecf.id)).toEqual(['whitfield-moeb']);
    expect(courtRequestsOf(attempt.world, account())).toMatchObject([{ courtId: 'moeb', request: 'Link', status: 'Processed' }]);
    expect(courtRequestsOf(attempt.world, { ...account(), accountNumber: '0000000' })).toEqual([]);
  });
});
