import { describe, expect, it } from 'vitest';
import { MISTAKES } from '../../../../../shared/model/mistakes';
import { REGISTRATION_MISTAKES } from '../../../../../shared/model/pacer/registration/mistakes';
import { FIRST_NEW_ACCOUNT_NUMBER } from '../../../../../shared/model/pacer/registration/state';
import { atAccountForm, CARD_FIELDS, PRIYA_FIELDS, register } from './support';

/** The courts' rules for who registers how (seed 002 step 5, Filing Agents; FIDELITY 5 #16-18, #23). */

const FORM = 'pacer/register/account-information';

describe('each registration mistake is a named rule with a remedy and a source', () => {
  it.each(Object.keys(REGISTRATION_MISTAKES))('%s', (code) => {
    const definition = MISTAKES[code as keyof typeof MISTAKES];
    expect(definition.rule.length).toBeGreaterThan(20);
    expect(definition.remedy.length).toBeGreaterThan(10);
    expect(definition.source).toMatch(/W\.D\. Mo\.|PACER/);
  });
});

describe('wrong user type', () => {
  it.each(['firm', 'commercial'])('a person who will file choosing %s: the site accepts it, the court says INDIVIDUAL', (userType) => {
    const attempt = atAccountForm();
    expect(attempt.submit(FORM, 'next', { ...PRIYA_FIELDS, userType })).toEqual({ status: 'accepted', mistake: 'wrong-user-type', message: null });
  });

  it('a federal government attorney choosing INDIVIDUAL', () => {
    const attempt = atAccountForm((scenario) => {
      scenario.world.registrant = { userType: 'federal-government', files: 'attorney' };
    });
    expect(attempt.submit(FORM, 'next', PRIYA_FIELDS).mistake).toBe('wrong-user-type');
  });

  it('INDIVIDUAL for an individual is right', () => {
    expect(atAccountForm().submit(FORM, 'next', PRIYA_FIELDS).mistake).toBeNull();
  });
});

describe('a filing agent starting from Attorney Filers', () => {
  const agent = (scenario: Parameters<NonNullable<Parameters<typeof atAccountForm>[0]>>[0]) => {
    scenario.world.registrant = { userType: 'individual', files: 'non-attorney' };
  };

  it('is a mistake: Filing Agents MUST register under Non-Attorney', () => {
    const attempt = atAccountForm(agent, 'https://pacer.psc.uscourts.gov/pscof/registration/account.jsf?type=attorney-filers');
    expect(attempt.submit(FORM, 'next', { ...PRIYA_FIELDS, registrationType: 'attorney-filers' }).mistake).toBe('attorney-path-for-filing-agent');
  });

  it('Non-Attorney Filers is right', () => {
    const attempt = atAccountForm(agent, 'https://pacer.psc.uscourts.gov/pscof/registration/account.jsf?type=non-attorney-filers');
    expect(attempt.submit(FORM, 'next', { ...PRIYA_FIELDS, registrationType: 'non-attorney-filers' }).mistake).toBeNull();
  });
});

describe('duplicate detection', () => {
  const existing = {
    accountNumber: '2290417',
    username: 'priyaraman',
    password: 'Older*Password1',
    kind: 'upgraded' as const,
    userType: 'individual' as const,
    name: 'Raman, Priya',
    email: 'praman@raman-ostby.example',
    dateOfBirth: '1988-04-17',
  };

  it('the same e-mail as an existing account warns that an account may already exist; Continue registers a second one (a mistake)', () => {
    const attempt = atAccountForm((scenario) => {
      scenario.world.pacerAccounts.push({ ...existing, name: 'Pat Other', dateOfBirth: '1970-01-01' });
    });
    expect(attempt.submit(FORM, 'next', PRIYA_FIELDS)).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(attempt.page.kind).toBe('pacer-registration-duplicate');
    expect(attempt.world.mailbox).toEqual([]);
    expect(attempt.submit('pacer/register/possible-duplicate', 'continue').mistake).toBe('second-account-registered');
    expect(attempt.page.kind).toBe('pacer-registration-validation');
  });

  it('name and date of birth matching warn too; Cancel ends the registration', () => {
    const attempt = atAccountForm((scenario) => {
      scenario.world.pacerAccounts.push({ ...existing, email: 'p.raman@elsewhere.example' });
    });
    attempt.submit(FORM, 'next', PRIYA_FIELDS);
    expect(attempt.page.kind).toBe('pacer-registration-duplicate');
    expect(attempt.submit('pacer/register/possible-duplicate', 'cancel')).toEqual({ status: 'accepted', mistake: null, message: null });
    expect(attempt.page.kind).toBe('pacer-registration-account');
    expect(attempt.world.registration?.draft).toBeNull();
  });

  it('name, date of birth and e-mail all matching: the registration is held, Case Search Status Inactive', () => {
    const attempt = atAccountForm((scenario) => {
      scenario.world.pacerAccounts.push(existing);
    });
    expect(attempt.submit(FORM, 'next', PRIYA_FIELDS).mistake).toBe('second-account-registered');
    register(attempt, CARD_FIELDS);
    expect(attempt.world.pacerAccounts[String(FIRST_NEW_ACCOUNT_NUMBER)]?.caseSearchStatus).toBe('inactive');
  });

  it('a "+" alias e-mail is held for review', () => {
    const attempt = atAccountForm();
    const alias = { ...PRIYA_FIELDS, email: 'praman+pacer@raman-ostby.example', confirmEmail: 'praman+pacer@raman-ostby.example' };
    attempt.submit(FORM, 'next', alias);
    expect(attempt.world.registration?.draft?.hold).toBe('email-alias');
  });
});

describe('other account types', () => {
  it('FEDERAL GOVERNMENT skips the payment screen and is active at once', () => {
    const attempt = atAccountForm((scenario) => {
      scenario.world.registrant = { userType: 'federal-government', files: 'attorney' };
    });
    const federal = { ...PRIYA_FIELDS, userType: 'federal-government', agencyCode: 'usamow', division: 'Judiciary', district: 'Missouri Western' };
    register(attempt, CARD_FIELDS, federal);
    // The payment post was refused as not on its page: the wizard went from Security to Policies.
    const account = attempt.world.pacerAccounts[String(FIRST_NEW_ACCOUNT_NUMBER)];
    expect(account).toMatchObject({ userType: 'federal-government', caseSearchStatus: 'active' });
    expect(attempt.world.registration?.registrations[0]?.details.agencyCode).toBe('USAMOW');
    expect(attempt.world.registration?.registrations[0]?.cardLastFour).toBeNull();
  });

  it('PACER Administrative Account registration creates an administrative account', () => {
    const attempt = atAccountForm(undefined, 'https://pacer.psc.uscourts.gov/pscof/registration/account.jsf?type=administrative');
    const { userType: _none, ...fields } = PRIYA_FIELDS;
    register(attempt, CARD_FIELDS, { ...fields, registrationType: 'administrative', email: 'billing@raman-ostby.example', confirmEmail: 'billing@raman-ostby.example' });
    expect(attempt.world.pacerAccounts[String(FIRST_NEW_ACCOUNT_NUMBER)]).toMatchObject({ administrative: true, userType: 'firm', firm: 'Raman Ostby LLP' });
  });

  it('new account numbers skip numbers already in use', () => {
    const attempt = atAccountForm((scenario) => {
      scenario.world.pacerAccounts.push({ ...{ accountNumber: String(FIRST_NEW_ACCOUNT_NUMBER), username: 'someone1', password: 'Password*1', kind: 'upgraded', userType: 'individual', name: 'Some One', email: 'some@one.example' } });
    });
    register(attempt);
    expect(attempt.world.pacerAccounts[String(FIRST_NEW_ACCOUNT_NUMBER + 1)]?.username).toBe('praman.kc');
  });
});
