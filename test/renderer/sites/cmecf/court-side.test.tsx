import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { initialWorld } from '../../../../shared/model/initial-world';
import { PACER_ENTRY } from '../../../../shared/model/pacer/hosts';
import type { TrainerEvent } from '../../../../shared/model/events';
import type { World } from '../../../../shared/model/world';
import { scenarioVariant } from '../../../support/attempt';
import { builtinScenario } from '../../../support/scenarios';
import { SALT, applyAll, atLinkCredentials, go, lastEvent, linkCredentials, pacerLogin, renderLiveSite, renderSite } from '../site-harness';

/**
 * The court side's screens as a trainee meets them: the appellate landing,
 * link and account pages, a CurrentGen court's own login, and the verify
 * screen's defences (hostile names shown as text, one link per Submit).
 */

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const CA8_LINK = 'https://ecf.ca8.uscourts.gov/n/beam/servlet/TransportRoom?servlet=LinkFilerAccount.jsp';

function appellateWorld(): World {
  const world = initialWorld(builtinScenario('cmecf-link-appellate'), { salt: SALT, mode: 'practice' });
  return applyAll(world, [
    go('https://ecf.ca8.uscourts.gov/'),
    pacerLogin('rcastellanos', 'Eads*Bridge1874'),
    { type: 'cmecf/redaction-acknowledged', courtId: 'ca8' },
  ]);
}

function currentGenWorld(): World {
  const scenario = scenarioVariant('cmecf-link-bankruptcy', (draft) => {
    draft.courts.push('ksd');
    draft.world.ecfAccounts.push({
      id: 'whitfield-ksd',
      courtId: 'ksd',
      login: 'dwhitfieldks',
      password: 'Sunflower#State61',
      name: 'Dana M. Whitfield',
      role: 'attorney',
      primaryEmail: 'dana@example.com',
    });
  });
  return applyAll(initialWorld(scenario, { salt: SALT, mode: 'practice' }), [go('https://ecf.ksd.uscourts.gov/')]);
}

describe('the verify screen', () => {
  test('a hostile CM/ECF account name is shown as plain text, never as markup', () => {
    const world = atLinkCredentials();
    const hostile: World = {
      ...world,
      ecfAccounts: { ...world.ecfAccounts, 'whitfield-moeb': { ...world.ecfAccounts['whitfield-moeb']!, name: HOSTILE } },
    };
    const { container } = renderSite(applyAll(hostile, [linkCredentials('dmw4521', 'Eads*Bridge74')]));
    expect(screen.getByText(HOSTILE)).toBeVisible();
    expect(container.querySelector('img, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('a double click on Submit sends one link request', () => {
    const { dispatch } = renderSite(applyAll(atLinkCredentials(), [linkCredentials('dmw4521', 'Eads*Bridge74')]));
    const submit = screen.getByRole('button', { name: 'Submit' });
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(lastEvent(dispatch)).toEqual({ type: 'cmecf/link-confirmed', courtId: 'moeb' });
  });

  test('driven by the real reducer, a double click makes one link and one e-mail', async () => {
    const { user, world } = renderLiveSite(applyAll(atLinkCredentials(), [linkCredentials('dmw4521', 'Eads*Bridge74')]));
    await user.dblClick(screen.getByRole('button', { name: 'Submit' }));
    expect(world().mailbox).toHaveLength(1);
    expect(world().requests).toHaveLength(1);
    expect(screen.getByText('Your PACER account has been linked to your CM/ECF account.')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('appellate CM/ECF', () => {
  test('the landing page offers "Link my filer account to my PACER account"', () => {
    renderSite(appellateWorld());
    expect(screen.getByRole('heading', { level: 1, name: 'United States Court of Appeals for the Eighth Circuit' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Link my filer account to my PACER account' })).toHaveAttribute('href', CA8_LINK);
    const bar = screen.getByRole('menubar', { name: 'CM/ECF menu' });
    expect(within(bar).getAllByRole('menuitem').map((item) => item.textContent?.replace('▾', '').trim())).toEqual([
      'Query',
      'Reports',
      'Utilities',
      'Help',
      'Log Out',
    ]);
  });

  test('the link screen names the signed-in PACER account and posts the filer username with the password as a digest only', async () => {
    const { dispatch, user } = renderSite(applyAll(appellateWorld(), [go(CA8_LINK)]));
    expect(screen.getByRole('heading', { level: 1, name: 'Link my filer account to my PACER account' })).toBeVisible();
    expect(screen.getByText('Renee A. Castellanos')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'If the link fails' })).toBeVisible();
    expect(screen.getByText('Retype your filer username in all lowercase letters.')).toBeVisible();
    await user.type(screen.getByLabelText('Filer username'), 'rcastel42');
    await user.type(screen.getByLabelText('Filer password'), 'Eighth#Circuit77');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const event = lastEvent(dispatch) as Extract<TrainerEvent, { type: 'form/submitted' }>;
    expect(event).toMatchObject({ type: 'form/submitted', form: 'cmecf/appellate-link', button: 'submit', fields: { login: 'rcastel42' } });
    expect(event.secrets.password?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(event)).not.toContain('Eighth#Circuit77');
    expect(screen.getByLabelText('Filer password')).toHaveValue('');
  });

  test('after the link the new landing page says so and shows the Filing menu', async () => {
    const { user } = renderLiveSite(applyAll(appellateWorld(), [go(CA8_LINK)]));
    await user.type(screen.getByLabelText('Filer username'), 'rcastel42');
    await user.type(screen.getByLabelText('Filer password'), 'Eighth#Circuit77');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByText('Your filer account has been linked to your PACER account.')).toBeVisible();
    expect(screen.getByRole('menuitem', { name: 'Filing' })).toBeVisible();
  });

  test('a double click on Submit links once, sends one e-mail and shows no error', async () => {
    const { user, world } = renderLiveSite(applyAll(appellateWorld(), [go(CA8_LINK)]));
    await user.type(screen.getByLabelText('Filer username'), 'rcastel42');
    await user.type(screen.getByLabelText('Filer password'), 'Eighth#Circuit77');
    await user.dblClick(screen.getByRole('button', { name: 'Submit' }));
    expect(world().mailbox).toHaveLength(1);
    expect(world().requests).toHaveLength(1);
    expect(screen.getByText('Your filer account has been linked to your PACER account.')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a failed link shows the error; the advice stays on the page', async () => {
    const { user } = renderLiveSite(applyAll(appellateWorld(), [go(CA8_LINK)]));
    await user.type(screen.getByLabelText('Filer username'), 'RCastel42');
    await user.type(screen.getByLabelText('Filer password'), 'Eighth#Circuit77');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The filer account could not be linked: invalid filer username or password.');
    expect(screen.getByText('Retype your filer username in all lowercase letters.')).toBeVisible();
  });

  test('Utilities ▸ Update My Account leads to Manage My Account through Edit My Information', async () => {
    const { user } = renderLiveSite(appellateWorld());
    await user.click(screen.getByRole('menuitem', { name: 'Utilities' }));
    await user.click(screen.getByRole('link', { name: 'Update My Account' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Update My Account for Renee A. Castellanos' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Edit My Information' })).toHaveAttribute('href', PACER_ENTRY.manageMyAccountLogin);
  });
});

describe('a CurrentGen court\u2019s own login', () => {
  test('asks for the court-issued login, password, client code and the redaction box; no PACER login', () => {
    renderSite(currentGenWorld());
    expect(screen.getByRole('heading', { level: 1, name: 'CM/ECF Login' })).toBeVisible();
    expect(screen.getByText('United States District Court for the District of Kansas')).toBeVisible();
    expect(screen.getByLabelText('Login')).toHaveAttribute('type', 'text');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText('Client Code')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: /I understand that, if I file, I must comply with the redaction rules/ })).not.toBeChecked();
    expect(screen.queryByRole('menubar')).toBeNull();
  });

  test('a court with a go-live date ahead says when linking becomes possible', () => {
    const world = currentGenWorld();
    const ksd = world.courts.ksd!;
    renderSite({ ...world, courts: { ...world.courts, ksd: { ...ksd, nextGenGoLive: '2020-03-02' } } });
    expect(screen.getByText(/The court moves to NextGen CM\/ECF on March 2, 2020; link your accounts after that date\./)).toBeVisible();
  });

  test('the court-issued login with the box checked opens CurrentGen CM/ECF with the attorney\u2019s menus', async () => {
    const { user, world } = renderLiveSite(currentGenWorld());
    await user.type(screen.getByLabelText('Login'), 'dwhitfieldks');
    await user.type(screen.getByLabelText('Password'), 'Sunflower#State61');
    await user.click(screen.getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Login' }));
    expect(world().session.signedInAccount).toBeNull();
    expect(screen.getByText('Logged in as Dana M. Whitfield (dwhitfieldks).')).toBeVisible();
    expect(screen.getByRole('menuitem', { name: 'Civil' })).toBeVisible();
  });

  test('PACER credentials there are refused with the court\u2019s message', async () => {
    const { user } = renderLiveSite(currentGenWorld());
    await user.type(screen.getByLabelText('Login'), 'dwhitfield');
    await user.type(screen.getByLabelText('Password'), 'Gateway#Arch19');
    await user.click(screen.getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Login' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Login failed: invalid login or password.');
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });
});
