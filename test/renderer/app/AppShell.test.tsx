import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { FakeBackend } from '../support/fake-backend';
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
    const backend = new FakeBackend();
    const attempt = backend.seedAttempt('cmecf-link-bankruptcy', 'practice');
    await backend.call('attempts.finish', { attemptId: attempt.id, reason: 'gave-up' });
    renderRoute(path, backend);
    expect(await screen.findByText(MARKER)).toBeVisible();
    expect(screen.getByText('Never type your real PACER or CM/ECF credentials here.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'NextGen Trainer' })).toBeVisible();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent(MARKER);
  });

  test('an unknown address says so and offers the way back', async () => {
    const { user, router } = renderRoute('/no/such/screen');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Back to scenarios' }));
    expect(router.state.location.pathname).toBe('/');
  });
});
