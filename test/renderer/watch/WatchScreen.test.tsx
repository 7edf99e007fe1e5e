import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InMemoryBackend } from '../support/in-memory-backend';
import { renderWithSettings, WATCH_PATH } from './render-watch';

const TOTAL = 11;

function caption() {
  return screen.getByRole('status', { name: 'Walkthrough step' });
}

function controls() {
  return within(screen.getByRole('group', { name: 'Walkthrough controls' }));
}

function stage() {
  return screen.getByRole('region', { name: 'Walkthrough screen (read-only)' });
}

async function openWatch(backend?: InMemoryBackend) {
  const view = renderWithSettings(WATCH_PATH, backend);
  await screen.findByText(`Step 1 of ${TOTAL}`);
  return view;
}

afterEach(() => {
  vi.useRealTimers();
  document.documentElement.className = '';
});

describe('Watch mode', () => {
  it('captions the first step in a polite live region and says what is highlighted', async () => {
    await openWatch();
    expect(caption()).toHaveAttribute('aria-live', 'polite');
    expect(caption()).toHaveTextContent("Step 1. Go to the court's website at www.moeb.uscourts.gov.");
    expect(caption()).toHaveTextContent('Highlighted: textbox Address');
    expect(within(stage()).getByRole('heading', { name: 'New tab' })).toBeInTheDocument();
  });

  it('→ performs the step, so the screen changes; ← returns to the identical earlier screen', async () => {
    const { user } = await openWatch();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(caption()).toHaveTextContent(`Step 4 of ${TOTAL}`);
    expect(within(stage()).getByRole('heading', { name: 'Login' })).toBeInTheDocument();
    const before = { address: within(stage()).getByRole('textbox', { name: 'Address' }), text: stage().textContent };
    const addressBefore = (before.address as HTMLInputElement).value;

    await user.keyboard('{ArrowRight}');
    expect(caption()).toHaveTextContent(`Step 5 of ${TOTAL}`);
    expect(within(stage()).getByRole('heading', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' })).toBeInTheDocument();

    await user.keyboard('{ArrowLeft}');
    expect(caption()).toHaveTextContent(`Step 4 of ${TOTAL}`);
    expect(stage().textContent).toBe(before.text);
    expect(within(stage()).getByRole('textbox', { name: 'Address' })).toHaveValue(addressBefore);
    expect(caption()).toHaveTextContent('Highlighted: button Login');
  });

  it('Space and PageDown go forward, PageUp back, End to the end and Home to the start', async () => {
    const { user } = await openWatch();
    await user.keyboard(' ');
    await user.keyboard('{PageDown}');
    expect(caption()).toHaveTextContent(`Step 3 of ${TOTAL}`);
    await user.keyboard('{PageUp}');
    expect(caption()).toHaveTextContent(`Step 2 of ${TOTAL}`);

    await user.keyboard('{End}');
    expect(caption()).toHaveTextContent('Walkthrough complete');
    expect(screen.getByRole('link', { name: 'Practice' })).toHaveAttribute('href', '/play/cmecf-link-bankruptcy?mode=practice');
    expect(screen.getByRole('link', { name: 'Assess' })).toHaveAttribute('href', '/play/cmecf-link-bankruptcy?mode=assess');
    expect(controls().getByRole('button', { name: 'Next →' })).toBeDisabled();
    const mailbox = screen.getByRole('region', { name: 'Mailbox' });
    expect(within(mailbox).getByText('Processed')).toBeInTheDocument();

    await user.keyboard('{Home}');
    expect(caption()).toHaveTextContent(`Step 1 of ${TOTAL}`);
    expect(controls().getByRole('button', { name: '← Back' })).toBeDisabled();
  });

  it('Next and Back buttons step too, and the highlight follows the named control', async () => {
    const { user } = await openWatch();
    const next = controls().getByRole('button', { name: 'Next →' });
    for (let step = 0; step < 5; step++) await user.click(next);
    expect(caption()).toHaveTextContent('Highlighted: menuitem Utilities');
    expect(screen.getByText('menuitem Utilities').closest('[aria-hidden="true"]')).not.toBeNull();
    await user.click(controls().getByRole('button', { name: '← Back' }));
    expect(caption()).toHaveTextContent('Highlighted: button Continue');
    // Mail arrives later; "Mailbox" still finds "Mailbox (1 unread)".
    await user.keyboard('{End}{ArrowLeft}');
    expect(within(stage()).getByRole('button', { name: 'Mailbox (1 unread)' })).toBeInTheDocument();
    expect(caption()).toHaveTextContent('Highlighted: button Mailbox');
  });

  it('leaves a focused toolbar control its own keys, but a clicker\'s PageDown still steps', async () => {
    const { user } = await openWatch();
    controls().getByRole('button', { name: 'Next →' }).focus();
    await user.keyboard(' ');
    expect(caption()).toHaveTextContent(`Step 2 of ${TOTAL}`);
    screen.getByLabelText('Delay').focus();
    await user.keyboard('{ArrowRight}{ArrowLeft}{Home}');
    expect(caption()).toHaveTextContent(`Step 2 of ${TOTAL}`);
    await user.keyboard('{PageDown}');
    expect(caption()).toHaveTextContent(`Step 3 of ${TOTAL}`);
  });

  it('is read-only: clicking a link on the stage changes nothing', async () => {
    const { user } = await openWatch();
    await user.keyboard('{ArrowRight}');
    await user.click(within(stage()).getByRole('link', { name: 'E-Filing (CM/ECF)' }));
    expect(caption()).toHaveTextContent(`Step 2 of ${TOTAL}`);
    expect(within(stage()).getByRole('heading', { name: 'CM/ECF NextGen Information' })).toBeInTheDocument();
  });

  it('plays itself with the chosen delay, and any key pauses it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const view = renderWithSettings(WATCH_PATH, new InMemoryBackend(), { advanceTimers: vi.advanceTimersByTime });
    await screen.findByText(`Step 1 of ${TOTAL}`);
    const { user } = view;
    await user.selectOptions(screen.getByLabelText('Delay'), '8 seconds');
    await user.click(screen.getByRole('button', { name: 'Autoplay' }));
    expect(screen.getByRole('button', { name: 'Autoplay' })).toHaveAttribute('aria-pressed', 'true');

    await act(() => vi.advanceTimersByTimeAsync(7_000));
    expect(caption()).toHaveTextContent(`Step 1 of ${TOTAL}`);
    await act(() => vi.advanceTimersByTimeAsync(1_500));
    expect(caption()).toHaveTextContent(`Step 2 of ${TOTAL}`);
    await act(() => vi.advanceTimersByTimeAsync(8_000));
    expect(caption()).toHaveTextContent(`Step 3 of ${TOTAL}`);

    await user.keyboard('x');
    expect(screen.getByRole('button', { name: 'Autoplay' })).toHaveAttribute('aria-pressed', 'false');
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(caption()).toHaveTextContent(`Step 3 of ${TOTAL}`);
  });

  it('is not an attempt: nothing is started or stored', async () => {
    const { user, backend } = await openWatch();
    await user.keyboard('{End}');
    expect(backend.callsTo('attempts.start')).toEqual([]);
    expect(backend.callsTo('attempts.append')).toEqual([]);
    expect(backend.attempts.size).toBe(0);
  });

  it('opens the presenter notes in a second tab of this page, keeping the opener (sessionStorage is copied)', async () => {
    const { user } = await openWatch();
    const opened = { focus: vi.fn() } as unknown as Window;
    const open = vi.spyOn(window, 'open').mockReturnValue(opened);
    await user.click(screen.getByRole('button', { name: 'Presenter notes' }));
    const [url, name, features] = open.mock.calls[0] ?? [];
    expect(String(url)).toMatch(/#\/presenter\/cmecf-link-bankruptcy$/);
    expect(name).toBe('nextgen-trainer-presenter-notes');
    expect(features).toBeUndefined();
    open.mockReturnValue(null);
    await user.click(screen.getByRole('button', { name: 'Presenter notes' }));
    expect(screen.getByRole('alert')).toHaveTextContent('allow pop-ups');
    open.mockRestore();
  });
});

describe('Watch deep links', () => {
  it('says so when the scenario does not exist, and offers Watch among the modes', async () => {
    renderWithSettings('/play/no-such-scenario?mode=watch');
    expect(await screen.findByRole('heading', { name: 'This walkthrough could not be opened' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('no scenario "no-such-scenario"');
  });

  it('lists Watch as a way on from an unknown mode', async () => {
    renderWithSettings('/play/cmecf-link-bankruptcy?mode=cheat');
    expect(await screen.findByRole('link', { name: 'Watch' })).toHaveAttribute('href', WATCH_PATH);
  });
});

describe('the projector setting', () => {
  it('is applied to the whole document at start-up and switched from the Watch toolbar', async () => {
    const backend = new InMemoryBackend();
    backend.settings.set('projector', '150');
    const { user } = await openWatch(backend);
    await vi.waitFor(() => expect(document.documentElement).toHaveClass('projector', 'projector--150'));
    await user.selectOptions(screen.getByLabelText('Projector'), '200% (extra large)');
    expect(document.documentElement).toHaveClass('projector--200');
    expect(document.documentElement).not.toHaveClass('projector--150');
    await vi.waitFor(() => expect(backend.settings.get('projector')).toBe('200'));
    await user.selectOptions(screen.getByLabelText('Projector'), 'Off (normal size)');
    expect(document.documentElement).not.toHaveClass('projector');
  });

  it('ignores a stored value it does not know', async () => {
    const backend = new InMemoryBackend();
    backend.settings.set('projector', '400');
    await openWatch(backend);
    await vi.waitFor(() => expect(screen.getByLabelText('Projector')).toHaveValue('off'));
    expect(document.documentElement).not.toHaveClass('projector');
  });
});
