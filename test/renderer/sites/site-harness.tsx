import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import { SiteView } from '../../../renderer/sites/SiteView';
import { toSecret } from '../../../shared/model/credentials';
import type { MenuName, TrainerEvent } from '../../../shared/model/events';
import { initialWorld } from '../../../shared/model/initial-world';
import { currentPage } from '../../../shared/model/pages';
import { apply } from '../../../shared/model/reducer';
import type { World } from '../../../shared/model/world';
import { builtinScenario } from '../../support/scenarios';

/** Worlds for the screens, built with the real model from the first built-in scenario. */

export const SALT = 'component-salt-01';
export const scenario = builtinScenario('cmecf-link-bankruptcy');
export const COURT = 'moeb';

/** The briefing's practice credentials. */
export const CREDENTIALS = {
  pacer: { username: 'dwhitfield', password: 'Gateway#Arch19' },
  firm: { username: 'wokaforlaw', password: 'Research2012!' },
  ecf: { login: 'dmw4521', password: 'Eads*Bridge74' },
} as const;

export const go = (address: string): TrainerEvent => ({ type: 'browser/navigated', address, via: 'address-bar' });
export const pacerLogin = (username: string, password: string): TrainerEvent => ({
  type: 'pacer/login-submitted',
  username,
  password: toSecret(SALT, password),
  clientCode: '',
});
export const acknowledge: TrainerEvent = { type: 'cmecf/redaction-acknowledged', courtId: COURT };
export const openMenu = (menu: MenuName): TrainerEvent => ({ type: 'cmecf/menu-opened', courtId: COURT, menu });
export const linkCredentials = (login: string, password: string): TrainerEvent => ({
  type: 'cmecf/link-credentials-submitted',
  courtId: COURT,
  login,
  password: toSecret(SALT, password),
});
export const confirmLink: TrainerEvent = { type: 'cmecf/link-confirmed', courtId: COURT };

export function startWorld(): World {
  return initialWorld(scenario, { salt: SALT, mode: 'practice' });
}

export function applyAll(world: World, events: readonly TrainerEvent[]): World {
  return events.reduce((next, event) => apply(next, event).world, world);
}

/** Signed in through the court's filing system, before the redaction notice. */
export function atRedactionNotice(account: 'pacer' | 'firm' = 'pacer'): World {
  const { username, password } = CREDENTIALS[account];
  return applyAll(startWorld(), [go('https://ecf.moeb.uscourts.gov/'), pacerLogin(username, password)]);
}

export function atCmecfMain(account: 'pacer' | 'firm' = 'pacer'): World {
  return applyAll(atRedactionNotice(account), [acknowledge]);
}

export function atLinkCredentials(account: 'pacer' | 'firm' = 'pacer'): World {
  return applyAll(atCmecfMain(account), [
    openMenu('Utilities'),
    { type: 'browser/navigated', address: 'https://ecf.moeb.uscourts.gov/cgi-bin/LinkAccount.pl', via: 'link' },
  ]);
}

export function atLinkVerify(account: 'pacer' | 'firm' = 'pacer'): World {
  return applyAll(atLinkCredentials(account), [linkCredentials(CREDENTIALS.ecf.login, CREDENTIALS.ecf.password)]);
}

export function atLinkDone(): World {
  return applyAll(atLinkVerify(), [confirmLink]);
}

/** Renders one world's page with a recording dispatch. */
export function renderSite(world: World) {
  const dispatch = vi.fn<(event: TrainerEvent) => void>();
  const user = userEvent.setup();
  const view = render(<SiteView world={world} page={currentPage(world)} dispatch={dispatch} />);
  return { ...view, dispatch, user, page: currentPage(world) };
}

/** Renders the site driven by the real reducer, as the app will: every event changes the world. */
export function renderLiveSite(initial: World) {
  const events: TrainerEvent[] = [];
  let latest = initial;
  function LiveSite() {
    const [world, setWorld] = useState(initial);
    const dispatch = (event: TrainerEvent) => {
      events.push(event);
      latest = apply(latest, event).world;
      setWorld(latest);
    };
    return <SiteView world={world} page={currentPage(world)} dispatch={dispatch} />;
  }
  const user = userEvent.setup();
  const view = render(<LiveSite />);
  return { ...view, user, events, world: () => latest };
}

/** The event a dispatch mock received last. */
export function lastEvent(dispatch: ReturnType<typeof vi.fn<(event: TrainerEvent) => void>>): TrainerEvent | undefined {
  return dispatch.mock.calls.at(-1)?.[0];
}
