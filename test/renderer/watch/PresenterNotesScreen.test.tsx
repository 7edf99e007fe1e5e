import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../support/render-app';
import { renderWithSettings, WATCH_PATH } from './render-watch';

/**
 * The presenter-notes window and the Watch window are two renders here, each
 * with its own store, as two tabs have: they meet only on the BroadcastChannel.
 */

afterEach(() => {
  document.documentElement.className = '';
});

function notes() {
  return screen.getByRole('status', { name: 'Current step' });
}

describe('presenter notes', () => {
  it('follows the Watch window, shows the notes and the next caption in large type, and drives it back', async () => {
    const main = renderWithSettings(WATCH_PATH);
    await screen.findByText('Step 1 of 11');
    const presenter = renderRoute('/presenter/cmecf-link-bankruptcy');
    const presenterView = within(presenter.container);
    const mainView = within(main.container);

    await presenterView.findByText('Step 1 of 11');
    expect(notes()).toHaveTextContent("Step 1. Go to the court's website at www.moeb.uscourts.gov.");
    expect(notes()).toHaveTextContent('Type the address in the address bar.');
    expect(notes()).toHaveTextContent('Step 1. Select the E-Filing (CM/ECF) link.');

    await main.user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await presenterView.findByText('Step 4 of 11');
    expect(notes()).toHaveTextContent("never the firm's shared login");

    await presenter.user.click(presenterView.getByRole('button', { name: '← Back' }));
    await mainView.findByText('Step 3 of 11');
    await presenterView.findByText('Step 3 of 11');
    await presenter.user.click(presenterView.getByRole('button', { name: 'Next →' }));
    await mainView.findByText('Step 4 of 11');
  });

  it('waits for a Watch window when none is open, and refuses a malformed scenario id', async () => {
    renderRoute('/presenter/cmecf-link-bankruptcy');
    expect(await screen.findByText('Waiting for the Watch window. Keep it open on this scenario.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next →' })).toBeDisabled();
  });

  it('says so for an id that is not a scenario id', async () => {
    renderRoute('/presenter/Not_An_Id');
    expect(await screen.findByRole('alert')).toHaveTextContent('“Not_An_Id” is not a scenario id.');
  });
});
