import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { TrainerEvent } from '../../../shared/model/events';
import { initialWorld } from '../../../shared/model/initial-world';
import { apply } from '../../../shared/model/reducer';
import type { World } from '../../../shared/model/world';
import { SimulatedBrowser } from '../../../renderer/browser/SimulatedBrowser';
import { builtinScenario } from '../../support/scenarios';

const scenario = builtinScenario('cmecf-link-bankruptcy');

function worldAfter(...events: TrainerEvent[]): World {
  return events.reduce((world, event) => apply(world, event).world, initialWorld(scenario, { salt: 'salt-12345', mode: 'practice' }));
}

function setup(world = worldAfter()) {
  const dispatch = vi.fn<(event: TrainerEvent) => void>();
  const user = userEvent.setup();
  const view = render(<SimulatedBrowser world={world} bookmarks={scenario.bookmarks} dispatch={dispatch} />);
  return { dispatch, user, ...view };
}

const visit = (address: string): TrainerEvent => ({ type: 'browser/navigated', address, via: 'address-bar' });

describe('address bar', () => {
  test('typing an address and pressing Enter opens it', async () => {
    const { dispatch, user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Address' }), 'moeb.uscourts.gov{Enter}');
    expect(dispatch).toHaveBeenCalledWith({ type: 'browser/navigated', address: 'moeb.uscourts.gov', via: 'address-bar' });
  });

  test('the Go button opens the typed address; blank text does nothing', async () => {
    const { dispatch, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(dispatch).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: 'Address' }), '  www.moeb.uscourts.gov  ');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(dispatch).toHaveBeenCalledWith(visit('www.moeb.uscourts.gov'));
  });

  test('shows the current address, and follows the browser when it moves', () => {
    const { rerender, dispatch } = setup(worldAfter(visit('moeb.uscourts.gov')));
    expect(screen.getByRole('textbox', { name: 'Address' })).toHaveValue('https://www.moeb.uscourts.gov/');
    rerender(
      <SimulatedBrowser
        world={worldAfter(visit('moeb.uscourts.gov'), visit('https://ecf.moeb.uscourts.gov/'))}
        bookmarks={scenario.bookmarks}
        dispatch={dispatch}
      />,
    );
    // The CM/ECF address redirects to PACER's central sign-on.
    expect(screen.getByRole('textbox', { name: 'Address' })).toHaveValue(
      'https://pacer.login.uscourts.gov/csologin/login.jsf?court=moeb',
    );
  });

  test('the page is a region named by its address', () => {
    setup(worldAfter(visit('moeb.uscourts.gov')));
    expect(screen.getByRole('region', { name: 'https://www.moeb.uscourts.gov/' })).toBeVisible();
  });
});

describe('toolbar', () => {
  test('Back, Forward and Reload dispatch their events', async () => {
    const world = worldAfter(
      visit('moeb.uscourts.gov'),
      visit('moeb.uscourts.gov/e-filing-cmecf'),
      visit('https://ecf.moeb.uscourts.gov/'),
      { type: 'browser/went-back' },
    );
    const { dispatch, user } = setup(world);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Forward' }));
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(dispatch.mock.calls.map(([event]) => event)).toEqual([
      { type: 'browser/went-back' },
      { type: 'browser/went-forward' },
      { type: 'browser/reloaded' },
    ]);
  });

  test('Back and Forward are unavailable where the history ends', () => {
    setup(worldAfter(visit('moeb.uscourts.gov')));
    expect(screen.getByRole('button', { name: 'Back' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Forward' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeEnabled();
  });
});

test('a bookmark opens its address', async () => {
  const { dispatch, user } = setup();
  const bookmarks = screen.getByRole('navigation', { name: 'Bookmarks' });
  await user.click(within(bookmarks).getByRole('button', { name: 'Bankruptcy Court, E.D. Mo.' }));
  expect(dispatch).toHaveBeenCalledWith({ type: 'browser/navigated', address: 'www.moeb.uscourts.gov', via: 'bookmark' });
});

/** The browser over a live world: each dispatched event is applied by the shared model. */
function LiveBrowser({ initial }: { initial: World }) {
  const [world, setWorld] = useState(initial);
  return <SimulatedBrowser world={world} bookmarks={scenario.bookmarks} dispatch={(event) => setWorld((w) => apply(w, event).world)} />;
}

test('following a link that leaves the page puts keyboard focus in the new page', async () => {
  const user = userEvent.setup();
  render(<LiveBrowser initial={worldAfter(visit('moeb.uscourts.gov/e-filing-cmecf'))} />);
  await user.click(screen.getByRole('link', { name: 'Eastern District of Missouri Filing System' }));
  const page = screen.getByRole('region', { name: 'https://pacer.login.uscourts.gov/csologin/login.jsf?court=moeb' });
  // The page itself, or the element the site chose to focus on it (e.g. its heading).
  expect(page.contains(document.activeElement)).toBe(true);
});
