import { describe, expect, it } from 'vitest';
import { currentPage } from '../../../../../shared/model/pages';
import { accountState } from '../../../../../shared/model/pacer/account/state';
import { checkHolds } from '../../../../../shared/scenario/checks';
import { ANA, MmaDesk, PAA, SAMUEL } from './support';

const REMARK = 'Marisol Ortega, office manager: central billing';

function atAdd() {
  const desk = MmaDesk.of('pacer-paa-firm');
  desk.loginAt(PAA.username, PAA.password);
  desk.openOption('paa-add');
  return desk;
}

function invite(desk: MmaDesk, accountNumber: string, lastName: string, extra: Record<string, string> = {}) {
  desk.openOption('paa-add');
  return desk.submit('pacer/account/paa/add', 'submit', { accountNumber, lastName, remark: REMARK, policyAcknowledged: 'on', ...extra });
}

function acceptAs(desk: MmaDesk, member: { username: string; password: string }, requestId = 'paa-request-1') {
  desk.submit('pacer/account/logout', 'logout');
  desk.loginAt(member.username, member.password);
  desk.goTo('https://pacer.psc.uscourts.gov/pscof/manage/requests.jsf', 'link');
  return desk.submit('pacer/account/requests/answer', 'accept', { requestId });
}

describe('PACER Administrative Account (FIDELITY 1.6)', () => {
  it('shows PAA Maintenance (and no e-filing Maintenance) to an administrative account only', () => {
    const desk = MmaDesk.of('pacer-paa-firm');
    desk.loginAt(PAA.username, PAA.password);
    desk.openTab('paa');
    expect(currentPage(desk.world)).toMatchObject({ kind: 'mma-home', tab: 'paa' });
    desk.openTab('maintenance');
    expect(currentPage(desk.world)).toMatchObject({ tab: 'settings' });
    desk.submit('pacer/account/logout', 'logout');
    desk.loginAt(ANA.username, ANA.password);
    desk.openTab('paa');
    expect(currentPage(desk.world)).toMatchObject({ tab: 'settings' });
    desk.openOption('paa-add');
    expect(desk.kind).toBe('mma-home');
  });

  it('sends the member an invitation; nothing changes until the member accepts in View All My Requests', () => {
    const desk = atAdd();
    const outcome = invite(desk, ANA.accountNumber, 'rivera');
    expect(outcome.message).toMatch(/^Your request has been sent to the account holder by email/);
    const mail = desk.world.mailbox.at(-1)!;
    expect(mail).toMatchObject({ template: 'paa-invitation', to: 'arivera@brandtokafor.example' });
    expect(desk.world.pacerAccounts[ANA.accountNumber]!.paaAccountNumber).toBeNull();

    expect(acceptAs(desk, ANA).status).toBe('accepted');
    expect(desk.world.pacerAccounts[ANA.accountNumber]!.paaAccountNumber).toBe(PAA.accountNumber);
    expect(desk.world.mailbox.at(-1)).toMatchObject({ template: 'paa-invitation-accepted', to: 'mortega@brandtokafor.example' });
    expect(checkHolds({ kind: 'paa-member', paaAccountNumber: PAA.accountNumber, memberAccountNumber: ANA.accountNumber }, desk.world)).toBe(true);
    // Accepting twice does nothing the second time.
    expect(desk.submit('pacer/account/requests/answer', 'accept', { requestId: 'paa-request-1' }).message).toBe('This request is no longer pending.');
  });

  it('lets a member decline, and only the invited member answer', () => {
    const desk = atAdd();
    invite(desk, ANA.accountNumber, 'Rivera');
    desk.submit('pacer/account/logout', 'logout');
    desk.loginAt(SAMUEL.username, SAMUEL.password);
    desk.goTo('https://pacer.psc.uscourts.gov/pscof/manage/requests.jsf', 'link');
    expect(desk.submit('pacer/account/requests/answer', 'accept', { requestId: 'paa-request-1' }).message).toBe('This request is no longer pending.');
    desk.submit('pacer/account/logout', 'logout');
    desk.loginAt(ANA.username, ANA.password);
    desk.goTo('https://pacer.psc.uscourts.gov/pscof/manage/requests.jsf', 'link');
    desk.submit('pacer/account/requests/answer', 'decline', { requestId: 'paa-request-1' });
    expect(accountState(desk.world).paaInvitations[0]!.status).toBe('declined');
    expect(desk.world.pacerAccounts[ANA.accountNumber]!.paaAccountNumber).toBeNull();
  });

  it.each([
    [{ accountNumber: '' }, 'Account Number is required.'],
    [{ accountNumber: '33-10452' }, 'Account Number must be the 7-digit number shown in Manage My Account.'],
    [{ lastName: '' }, 'Last Name is required.'],
    [{ lastName: 'Okafor' }, 'The Account Number and Last Name do not match a PACER account.'],
    [{ accountNumber: '9999999' }, 'The Account Number and Last Name do not match a PACER account.'],
    [{ remark: '' }, 'Remark is required.'],
    [{ remark: 'r'.repeat(201) }, 'Remark must be at most 200 characters.'],
    [{ policyAcknowledged: '' }, 'You must acknowledge the PACER Administrative Account policy before you submit.'],
  ])('refuses %j', (change, message) => {
    const desk = atAdd();
    const fields = { accountNumber: ANA.accountNumber, lastName: 'Rivera', remark: REMARK, policyAcknowledged: 'on', ...change };
    if (fields.policyAcknowledged === '') delete (fields as Partial<typeof fields>).policyAcknowledged;
    expect(desk.submit('pacer/account/paa/add', 'submit', fields)).toEqual({ status: 'refused', mistake: null, message });
    expect(accountState(desk.world).paaInvitations).toEqual([]);
  });

  it('refuses a second request while one is pending, the PAA itself, and an account already in the PAA', () => {
    const desk = atAdd();
    invite(desk, ANA.accountNumber, 'Rivera');
    expect(invite(desk, ANA.accountNumber, 'Rivera').message).toBe('A request to add this account is already pending.');
    expect(invite(desk, PAA.accountNumber, 'Ortega').message).toBe('A PACER Administrative Account cannot be added to another PAA.');
    acceptAs(desk, ANA);
    desk.submit('pacer/account/logout', 'logout');
    desk.loginAt(PAA.username, PAA.password);
    expect(invite(desk, ANA.accountNumber, 'Rivera').message).toBe('This account is already part of your PAA.');
  });

  it('keeps a hostile remark as text in the invitation', () => {
    const desk = atAdd();
    invite(desk, ANA.accountNumber, 'Rivera', { remark: '<img src=x onerror=alert(1)>' });
    expect(desk.world.mailbox.at(-1)!.fields).toContainEqual({ label: 'Remark', value: '<img src=x onerror=alert(1)>' });
  });

  it('rescinds a pending request', () => {
    const desk = atAdd();
    invite(desk, SAMUEL.accountNumber, 'Okafor');
    desk.openOption('paa-rescind');
    expect(desk.submit('pacer/account/paa/rescind', 'submit', {}).message).toBe('Check the box of each request to rescind.');
    desk.submit('pacer/account/paa/rescind', 'submit', { 'rescind.paa-request-1': 'on' });
    expect(accountState(desk.world).paaInvitations[0]!.status).toBe('rescinded');
  });

  it('removes a member from the PAA side: e-mails both parties, case search inactive', () => {
    const desk = atAdd();
    invite(desk, ANA.accountNumber, 'Rivera');
    acceptAs(desk, ANA);
    desk.submit('pacer/account/logout', 'logout');
    desk.loginAt(PAA.username, PAA.password);
    desk.openOption('paa-remove');
    expect(desk.submit('pacer/account/paa/remove', 'submit', { [`remove.${ANA.accountNumber}`]: 'on' }).message).toBe('Remark is required.');
    desk.submit('pacer/account/paa/remove', 'submit', { [`remove.${ANA.accountNumber}`]: 'on', remark: 'Left the firm' });
    expect(desk.world.pacerAccounts[ANA.accountNumber]).toMatchObject({ paaAccountNumber: null, caseSearchStatus: 'inactive' });
    expect(desk.world.mailbox.filter((mail) => mail.template === 'paa-account-removed').map((mail) => mail.to)).toEqual([
      'arivera@brandtokafor.example',
      'mortega@brandtokafor.example',
    ]);
  });

  it('lets a member leave from Settings ▸ Remove Your PACER Account from a PAA', () => {
    const desk = atAdd();
    invite(desk, ANA.accountNumber, 'Rivera');
    acceptAs(desk, ANA);
    desk.openOption('remove-from-paa');
    expect(desk.submit('pacer/account/settings/remove-from-paa', 'submit', { remark: 'Moving firms' }).message).toBe(
      'Check the box to confirm that you want to remove your account from the PAA.',
    );
    desk.submit('pacer/account/settings/remove-from-paa', 'submit', { remark: 'Moving firms', confirm: 'on' });
    expect(desk.world.pacerAccounts[ANA.accountNumber]).toMatchObject({ paaAccountNumber: null, caseSearchStatus: 'inactive' });
  });

  it('bills a member through the PAA: no Autobill or one-time payment of its own', () => {
    const desk = atAdd();
    invite(desk, ANA.accountNumber, 'Rivera');
    acceptAs(desk, ANA);
    desk.openOption('stored-payment', 'add-card');
    const card = {
      holderName: 'Ana M. Rivera',
      cardType: 'Visa',
      cardNumber: '4111111111111111',
      expMonth: '11',
      expYear: '2020',
      securityCode: '737',
      address: '1 Main',
      city: 'Kansas City',
      state: 'MO',
      zip: '64106',
    };
    expect(desk.submit('pacer/account/payments/add-card', 'submit', { ...card, feeP: 'on', autobillAcknowledged: 'on' }).message).toBe(
      'Your PACER fees are billed to your PACER Administrative Account; Autobill is set by the PAA.',
    );
    // Her own card may still pay her filing and admission fees (seed 003).
    expect(desk.submit('pacer/account/payments/add-card', 'submit', { ...card, feeE: 'on', feeA: 'on' }).status).toBe('accepted');
    desk.openOption('one-time-payment');
    expect(desk.submit('pacer/account/payments/one-time', 'submit', { paymentId: 'pm-2', amount: '1' }).message).toBe(
      'Your PACER fees are billed to your PACER Administrative Account; the PAA pays them.',
    );
  });

  it('refuses the PAA at the PACER login for CM/ECF and case search (seed 002: the PAA will not allow you to access case information)', () => {
    const desk = MmaDesk.of('pacer-paa-firm');
    desk.goTo('https://pacer.login.uscourts.gov/csologin/login.jsf', 'address-bar');
    expect(desk.logIn(PAA.username, PAA.password)).toMatchObject({ status: 'refused', mistake: 'paa-used-for-search-or-filing' });
    expect(desk.world.session.signedInAccount).toBeNull();
    expect(desk.logIn(ANA.username, ANA.password).status).toBe('accepted');
  });
});
