import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { toSecret } from '../../../../shared/model/credentials';
import type { TrainerEvent } from '../../../../shared/model/events';
import { initialWorld } from '../../../../shared/model/initial-world';
import { apply } from '../../../../shared/model/reducer';
import type { World } from '../../../../shared/model/world';
import type { ResolvedScenario } from '../../../../shared/scenario/schema';
import { scenarioVariant } from '../../../support/attempt';
import { builtinScenario } from '../../../support/scenarios';
import { renderLiveSite, renderSite } from '../site-harness';

/** Maintain Your ECF Account as a filer sees it: labels from seed 002, hostile names shown as text. */

const SALT = 'component-salt-01';
const MAINTAIN = 'https://ecf.mow.uscourts.gov/cgi-bin/MaintainAccount.pl';

function atAccountScreen(scenario: ResolvedScenario, username: string, password: string): World {
  const events: TrainerEvent[] = [
    { type: 'browser/navigated', address: 'https://ecf.mow.uscourts.gov/', via: 'link' },
    { type: 'pacer/login-submitted', username, password: toSecret(SALT, password), clientCode: '' },
    { type: 'cmecf/redaction-acknowledged', courtId: 'mow' },
    { type: 'browser/navigated', address: 'https://ecf.mow.uscourts.gov/cgi-bin/ShowIndex.pl', via: 'link' },
    { type: 'cmecf/menu-opened', courtId: 'mow', menu: 'Utilities' },
    { type: 'browser/navigated', address: MAINTAIN, via: 'link' },
  ];
  return events.reduce((world, event) => apply(world, event).world, initialWorld(scenario, { salt: SALT, mode: 'practice' }));
}

const castellanos = () => atAccountScreen(builtinScenario('cmecf-secondary-email'), 'pcastellanos', 'Westport*Road55');
const brandt = (scenario = builtinScenario('filing-agent-setup')) => atAccountScreen(scenario, 'lbrandt', 'Union*Station31');

describe('Utilities ▸ Your Account (seed 002: "1. Click Utilities. 2. Click Your Accounts. 3. Click Maintain Your ECF Account.")', () => {
  function atUtilities(): World {
    const world = castellanos();
    return apply(world, { type: 'cmecf/menu-opened', courtId: 'mow', menu: 'Utilities' }).world;
  }

  test('Utilities shows every group open, each heading a link, Maintain Your ECF Account one click away', () => {
    renderSite(atUtilities());
    const yourAccount = screen.getByRole('region', { name: 'Your Account' });
    expect(within(yourAccount).getByRole('heading', { level: 2, name: 'Your Account' })).toBeVisible();
    expect(within(yourAccount).getByRole('link', { name: 'Your Account' })).toBeVisible();
    expect(within(yourAccount).getByRole('link', { name: 'Maintain Your ECF Account' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Mailings' })).toBeVisible();
  });

  test('clicking Your Account opens the menu into that group; then Maintain Your ECF Account', async () => {
    const { user } = renderLiveSite(atUtilities());
    await user.click(screen.getByRole('link', { name: /^Your Accounts?$/ }));
    const yourAccount = screen.getByRole('region', { name: 'Your Account' });
    expect(within(yourAccount).getByRole('link', { name: 'Your Account' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('link', { name: 'Mailings' })).toBeNull();
    expect(within(screen.getByRole('navigation', { name: 'Other Utilities groups' })).getByRole('link', { name: 'Miscellaneous' })).toBeVisible();
    await user.click(within(yourAccount).getByRole('link', { name: 'Maintain Your ECF Account' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Maintain User Account' })).toBeVisible();
  });
});

describe('the account screen', () => {
  test('greys what PACER owns, links to Manage My Account, and offers the seed’s buttons', () => {
    renderSite(castellanos());
    expect(screen.getByRole('heading', { level: 1, name: 'Maintain User Account' })).toBeVisible();
    expect(screen.getByLabelText('Name')).toBeDisabled();
    expect(screen.getByLabelText('Address')).toHaveValue('1100 Main Street, Suite 2100, Kansas City, MO 64105');
    expect(screen.getByLabelText('Address')).toBeDisabled();
    expect(screen.getByLabelText('Primary E-Mail Address')).toHaveValue('pcastellanos@castellanos-ruiz.example');
    expect(screen.getByLabelText('Primary E-Mail Address')).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Edit my name and address information' })).toHaveAttribute(
      'href',
      'https://pacer.psc.uscourts.gov/pscof/login.jsf',
    );
    for (const name of ['Email Information', 'More User Information', 'Submit', 'Clear']) {
      expect(screen.getByRole('button', { name })).toBeEnabled();
    }
    expect(screen.getByRole('menubar', { name: 'CM/ECF menu' })).toBeVisible();
  });

  test('steps 4-8 by their labels: the address is saved only by Submit', async () => {
    const { user, world } = renderLiveSite(castellanos());
    await user.click(screen.getByRole('button', { name: 'Email Information' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Email Information' })).toBeVisible();
    await user.type(screen.getByLabelText('Secondary E-Mail Address'), 'docketing@castellanos-ruiz.example');
    await user.type(screen.getByLabelText('Reenter Secondary E-Mail Address'), 'docketing@castellanos-ruiz.example');
    await user.click(screen.getByLabelText('To the Secondary Addresses'));
    await user.click(screen.getByRole('button', { name: 'Return to Account Screen' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Maintain User Account' })).toBeVisible();
    expect(screen.getByText('docketing@castellanos-ruiz.example')).toBeVisible();
    expect(world().ecfAccounts['castellanos-mow']?.secondaryEmails).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByText('Your account information has been updated.')).toBeVisible();
    expect(world().ecfAccounts['castellanos-mow']?.secondaryEmails).toEqual(['docketing@castellanos-ruiz.example']);
  });

  test('a mismatched re-entry shows the site’s error and keeps what was typed', async () => {
    const { user } = renderLiveSite(castellanos());
    await user.click(screen.getByRole('button', { name: 'Email Information' }));
    await user.type(screen.getByLabelText('Secondary E-Mail Address'), 'docketing@castellanos-ruiz.example');
    await user.type(screen.getByLabelText('Reenter Secondary E-Mail Address'), 'docket@castellanos-ruiz.example');
    await user.click(screen.getByRole('button', { name: 'Return to Account Screen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Secondary E-Mail Address and Reenter Secondary E-Mail Address do not match.');
    expect(screen.getByLabelText('Secondary E-Mail Address')).toHaveValue('docketing@castellanos-ruiz.example');
  });
});

describe('More User Information', () => {
  test('steps 2-5 by their labels: Find Filing Agent, the search icon, Select, the name, Internet Payment, Save', async () => {
    const { user, world } = renderLiveSite(brandt());
    await user.click(screen.getByRole('button', { name: 'More User Information' }));
    await user.type(screen.getByLabelText('Find Filing Agent'), 'Oyelaran');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await user.click(screen.getByRole('button', { name: 'Select' }));
    await user.click(screen.getByRole('link', { name: 'Marcus D. Oyelaran' }));
    const box = screen.getByRole('region', { name: 'Update Filing Agent Permissions' });
    await user.selectOptions(within(box).getByLabelText('Internet Payment'), 'Y');
    await user.click(within(box).getByRole('button', { name: 'Save' }));
    expect(world().ecfMaintenance?.drafts.mow?.filingAgents).toEqual([{ ecfAccountId: 'oyelaran-mow', internetPayment: true }]);
    await user.click(screen.getByRole('button', { name: 'Return to Account Screen' }));
    expect(screen.getByText('Marcus D. Oyelaran (Internet Payment: Y)')).toBeVisible();
  });

  test('hostile names are shown as text, never as markup', async () => {
    const hostile = '<img src=x onerror="alert(1)"> Oyelaran <script>alert(2)</script>';
    const scenario = scenarioVariant('filing-agent-setup', (draft) => {
      const agent = draft.world.ecfAccounts.find((account) => account.id === 'oyelaran-mow');
      if (agent) agent.name = hostile;
    });
    const { user, container } = renderLiveSite(brandt(scenario));
    await user.click(screen.getByRole('button', { name: 'More User Information' }));
    await user.type(screen.getByLabelText('Find Filing Agent'), 'Oyelaran');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByText((_, element) => element?.textContent === `${hostile} (mdo7714)`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Select' }));
    expect(screen.getByRole('link', { name: hostile })).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });
});
