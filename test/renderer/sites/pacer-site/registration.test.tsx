import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { initialWorld } from '../../../../shared/model/initial-world';
import type { TrainerEvent } from '../../../../shared/model/events';
import type { World } from '../../../../shared/model/world';
import { builtinScenario } from '../../../support/scenarios';
import { toSecret } from '../../../../shared/model/credentials';
import { validationToken } from '../../../../shared/model/pacer/registration/codes';
import { applyAll, renderLiveSite, renderSite } from '../site-harness';

/** The registration screens as a trainee uses them: labels, fields that appear, errors shown, hostile text inert. */

const FORM_ADDRESS = 'https://pacer.psc.uscourts.gov/pscof/registration/account.jsf?type=case-search';
const go = (address: string): TrainerEvent => ({ type: 'browser/navigated', address, via: 'link' });

function startAt(address: string): World {
  const world = initialWorld(builtinScenario('pacer-register-individual'), { salt: 'component-salt-02', mode: 'practice' });
  return applyAll(world, [go(address)]);
}

describe('Account Information', () => {
  test('County appears once a State is chosen; Agency Code, Division and District once FEDERAL GOVERNMENT is', async () => {
    const { user } = renderLiveSite(startAt(FORM_ADDRESS));
    expect(screen.getByRole('heading', { level: 1, name: 'Account Information' })).toBeVisible();
    expect(screen.queryByLabelText('County')).toBeNull();
    await user.selectOptions(screen.getByLabelText('State'), 'Missouri');
    expect(within(screen.getByLabelText('County')).getByRole('option', { name: 'Jackson' })).toBeInTheDocument();
    expect(screen.getByLabelText('Country')).toHaveValue('United States of America');

    expect(screen.queryByLabelText('Agency Code')).toBeNull();
    const userType = screen.getByLabelText('User Type');
    expect(within(userType).getByRole('group', { name: 'Government Accounts' })).toBeInTheDocument();
    await user.selectOptions(userType, 'FEDERAL GOVERNMENT');
    expect(screen.getByLabelText('Agency Code')).toHaveAccessibleDescription(/PACER Service Center at \(800\) 676-6856/);
    expect(screen.getByLabelText('Division')).toBeInTheDocument();
    expect(screen.getByLabelText('District')).toBeInTheDocument();
  }, 30_000);

  test('Next on an empty form shows the first required field\u2019s error and stays on the form', async () => {
    const { user, world } = renderLiveSite(startAt(FORM_ADDRESS));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('First Name is required.');
    expect(screen.getByRole('heading', { level: 1, name: 'Account Information' })).toBeVisible();
    expect(world().mailbox).toEqual([]);
  });

  test('mismatched e-mail addresses are refused', async () => {
    const { user } = renderLiveSite(startAt(FORM_ADDRESS));
    await user.type(screen.getByLabelText('First Name'), 'Priya');
    await user.type(screen.getByLabelText('Last Name'), 'Raman');
    await user.type(screen.getByLabelText('Date of Birth'), '04/17/1988');
    await user.type(screen.getByLabelText('Address 1'), '1100 Main Street');
    await user.type(screen.getByLabelText('City'), 'Kansas City');
    await user.selectOptions(screen.getByLabelText('State'), 'Missouri');
    await user.selectOptions(screen.getByLabelText('County'), 'Jackson');
    await user.type(screen.getByLabelText('Zip/Postal Code'), '64105');
    await user.type(screen.getByLabelText('Primary Phone'), '816-555-0142');
    await user.type(screen.getByLabelText('Email'), 'praman@raman-ostby.example');
    await user.type(screen.getByLabelText('Confirm Email'), 'praman@raman-ostby.exmaple');
    await user.selectOptions(screen.getByLabelText('User Type'), 'INDIVIDUAL');
    await user.click(screen.getByRole('checkbox', { name: 'I am not a robot' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Email and Confirm Email do not match.');
  }, 30_000);

  test('hostile text typed into a field comes back as plain text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { user, container } = renderLiveSite(startAt(FORM_ADDRESS));
    await user.type(screen.getByLabelText('Unit/Department'), hostile.replace(/[{[]/g, '$&$&'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByLabelText('Unit/Department')).toHaveValue(hostile);
    expect(container.querySelector('img')).toBeNull();
  }, 30_000);
});

describe('the Security screen', () => {
  test('passwords are posted as salted digests and wiped from the fields', async () => {
    const world = startAt(FORM_ADDRESS);
    const atSecurity: World = {
      ...world,
      registration: {
        ...world.registration!,
        draft: {
          type: 'case-search',
          step: 'security',
          details: {} as never,
          validationToken: 'X',
          tokensSent: 1,
          username: '',
          passwordDigest: '',
          securityQuestions: [],
          cardLastFour: null,
          hold: null,
        },
      },
    };
    const { dispatch, user } = renderSite(applyAll(atSecurity, [go('https://pacer.psc.uscourts.gov/pscof/registration/security.jsf')]));
    await user.type(screen.getByLabelText('Password'), 'Union*Station88');
    await user.type(screen.getByLabelText('Confirm Password'), 'Union*Station88');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const event = dispatch.mock.calls.at(-1)?.[0];
    expect(event?.type).toBe('form/submitted');
    expect(JSON.stringify(event)).not.toContain('Union*Station88');
    // The rules' answers only: 14 to 45 characters, with the 2025 character classes; no length, no character kinds.
    const secrets = event?.type === 'form/submitted' ? event.secrets : {};
    expect(secrets.password).toEqual({ digest: expect.stringMatching(/^[0-9a-f]{64}$/), lengthAtLeast: 14, characterClasses: true, securityCodeShape: false });
    expect(secrets.confirmPassword).toEqual(secrets.password);
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });
});

describe('the Court CM/ECF Lookup', () => {
  test('lists each court with NextGen or CurrentGen and the go-live date; a court\u2019s authored name stays text', () => {
    const world = startAt('https://pacer.uscourts.gov/file-case/court-cmecf-lookup');
    const mow = world.courts.mow!;
    const courts = {
      mow,
      hostile: { ...mow, id: 'hostile', name: '<script>window.__pwned=1</script> Court', nextGenGoLive: null, website: 'www.h.uscourts.gov', ecfHost: 'ecf.h.uscourts.gov' },
      later: { ...mow, id: 'later', name: 'Later Court', nextGenGoLive: '2019-07-15', website: 'www.l.uscourts.gov', ecfHost: 'ecf.l.uscourts.gov' },
    };
    const { container } = renderSite({ ...world, courts });
    const table = screen.getByRole('table', { name: 'Courts' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) });
    expect(row('Western District of Missouri')).toHaveTextContent('NextGen CM/ECF');
    expect(row('Western District of Missouri')).toHaveTextContent('Live on NextGen since April 23, 2018');
    expect(row('Later Court')).toHaveTextContent('Not yet live: NextGen scheduled for July 15, 2019');
    expect(row('<script>')).toHaveTextContent('CurrentGen CM/ECF');
    expect(container.querySelector('script')).toBeNull();
  });
});

describe('the thank-you screen', () => {
  const fields = {
    registrationType: 'case-search', firstName: 'Priya', lastName: 'Raman', dateOfBirth: '04/17/1988', address: '1100 Main Street',
    city: 'Kansas City', state: 'MO', county: 'Jackson', zip: '64105', country: 'United States of America', primaryPhone: '816-555-0142',
    email: 'praman@raman-ostby.example', confirmEmail: 'praman@raman-ostby.example', userType: 'individual', userVerification: 'on',
  };
  const post = (form: string, button: string, posted: Record<string, string>, secrets: Record<string, string> = {}): TrainerEvent => ({
    type: 'form/submitted', form, button, fields: posted,
    secrets: Object.fromEntries(Object.entries(secrets).map(([name, value]) => [name, toSecret('component-salt-02', value)])),
  });

  test('a registration matching an existing account on name, date of birth and e-mail is shown as held, Inactive', () => {
    const scenario = builtinScenario('pacer-register-individual');
    scenario.world.pacerAccounts.push({ ...scenario.world.pacerAccounts[0]!, accountNumber: '2290417', username: 'priyaraman', userType: 'individual', name: 'Raman, Priya', email: fields.email, dateOfBirth: '1988-04-17' });
    const world = applyAll(initialWorld(scenario, { salt: 'component-salt-02', mode: 'practice' }), [
      go(FORM_ADDRESS),
      post('pacer/register/account-information', 'next', fields),
      post('pacer/register/validation-token', 'next', { validationToken: validationToken(scenario.id, fields.email, 1) }),
      post('pacer/register/security', 'next', { username: 'praman.kc', securityQuestion1: 'In what city were you born?', securityAnswer1: 'Wichita', securityQuestion2: 'What is your favorite book?', securityAnswer2: 'Emma' }, { password: 'Union*Station88', confirmPassword: 'Union*Station88' }),
      post('pacer/register/payment', 'next', {}),
      post('pacer/register/policies', 'submit', { acknowledgePolicies: 'on' }),
    ]);
    renderSite(world);
    expect(screen.getByRole('heading', { level: 1, name: 'Thank you for registering with the PACER Service Center' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('on hold because it matches an existing PACER account');
    expect(screen.getByRole('status')).toHaveTextContent('(800) 676-6856');
    expect(screen.getByText('Inactive')).toBeVisible();
  });
});
