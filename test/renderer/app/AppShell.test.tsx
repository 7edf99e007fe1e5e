import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { InMemoryBackend } from '../support/in-memory-backend';
import { renderRoute } from '../support/render-app';

const MARKER = 'Training simulator — not the real PACER/CM/ECF';

describe('app shell', () => {
  test.each([
    ['the scenario list', '/'],
    ['a play', '/play/cmecf-link-bankruptcy?mode=practice'],
    ['a play with a bad mode', '/play/cmecf-link-bankruptcy?mode=cheat'],
    ['results', '/results/attempt-1'],
    ['an unknown address', '/no/such/screen'],
  ])('shows the training marker and the credentials warning on %s', async (_, path) => {
    const backend = new InMemoryBackend();
    const attempt = backend.seedAttempt('cmecf-link-bankruptcy', 'practice');
    await backend.call('attempts.finish', { attemptId: attempt.id, reason: 'gave-up' });
    renderRoute(path, backend);
    expect(await screen.findByText(MARKER)).toBeVisible();
    expect(screen.getByText('Never type your real PACER or CM/ECF credentials here.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'NextGen Trainer' })).toBeVisible();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent(MARKER);
  });

  test('the main navigation leads to every section and marks the one shown', async () => {
    const { user, router } = renderRoute('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Scenarios', '/'],
      ['History', '/history'],
      ['Trainees', '/trainees'],
      ['Verify certificate', '/verify'],
      ['Settings', '/settings'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Scenarios' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(nav).getByRole('link', { name: 'History' }));
    expect(router.state.location.pathname).toBe('/history');
    // The History screen loads when first opened: the marks move when it is shown.
    await screen.findByRole('heading', { name: /^History/ });
    expect(within(nav).getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Scenarios' })).not.toHaveAttribute('aria-current');
  });

  test('the trainee switch lists Guest and every profile, and announces a switch', async () => {
    const backend = new InMemoryBackend();
    const dana = backend.seedTrainee('Dana Whitfield');
    backend.seedTrainee('Lee <b>Okafor</b>');
    const { user } = renderRoute('/', backend);
    const select = screen.getByRole('combobox', { name: 'Trainee' });
    await screen.findByRole('option', { name: 'Dana Whitfield' });
    // Names are text: markup in one is shown as typed, never interpreted.
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['Guest', 'Dana Whitfield', 'Lee <b>Okafor</b>']);
    expect(select).toHaveDisplayValue('Guest');

    await user.selectOptions(select, 'Dana Whitfield');
    expect(select).toHaveDisplayValue('Dana Whitfield');
    expect(screen.getByText('Now recording attempts for Dana Whitfield.')).toHaveRole('status');
    expect(backend.settings.get('lastTraineeId')).toBe(dana.id);
  });

  test('the switch starts at the trainee last used on this machine', async () => {
    const backend = new InMemoryBackend();
    const dana = backend.seedTrainee('Dana Whitfield');
    backend.settings.set('lastTraineeId', dana.id);
    renderRoute('/', backend);
    expect(await screen.findByRole('combobox', { name: 'Trainee' })).toHaveDisplayValue('Dana Whitfield');
  });

  test('an unknown address says so and offers the way back', async () => {
    const { user, router } = renderRoute('/no/such/screen');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Back to scenarios' }));
    expect(router.state.location.pathname).toBe('/');
  });
});
