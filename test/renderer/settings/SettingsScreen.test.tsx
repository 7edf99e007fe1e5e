import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InMemoryBackend } from '../support/in-memory-backend';
import { renderWithSettings } from '../watch/render-watch';

afterEach(() => {
  document.documentElement.className = '';
});

async function openSettings(backend = new InMemoryBackend()) {
  const view = renderWithSettings('/settings', backend);
  await screen.findByLabelText('Organisation (certificate provider)');
  return view;
}

describe('Settings', () => {
  it('shows the saved organisation and saves a new one, saying so', async () => {
    const backend = new InMemoryBackend();
    backend.settings.set('organisation', 'U.S. Bankruptcy Court, E.D. Mo.');
    const { user } = await openSettings(backend);
    const field = screen.getByLabelText('Organisation (certificate provider)');
    expect(field).toHaveValue('U.S. Bankruptcy Court, E.D. Mo.');

    await user.clear(field);
    await user.type(field, '  Missouri Bar CLE Programme  ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved. New certificates will name this organisation.')).toBeInTheDocument();
    expect(backend.settings.get('organisation')).toBe('Missouri Bar CLE Programme');
  });

  it('refuses a name over 200 characters without saving it', async () => {
    const { user, backend } = await openSettings();
    const field = screen.getByLabelText('Organisation (certificate provider)');
    await user.click(field);
    await user.paste('x'.repeat(201));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('must be at most 200 characters');
    expect(backend.callsTo('settings.set')).toEqual([]);
  });

  it('says when the backend could not save', async () => {
    const { user, backend } = await openSettings();
    backend.failNext('settings.set', 'The database is read-only.');
    await user.type(screen.getByLabelText('Organisation (certificate provider)'), 'Court');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The organisation could not be saved: The database is read-only.');
  });

  it('switches the projector size for the whole app at once, and remembers it', async () => {
    const { user, backend } = await openSettings();
    const select = screen.getByLabelText('Projector size');
    await user.selectOptions(select, '150% (large)');
    expect(document.documentElement).toHaveClass('projector', 'projector--150');
    await vi.waitFor(() => expect(backend.settings.get('projector')).toBe('150'));
  });

  it('puts the projector size back when it could not be saved', async () => {
    const { user, backend } = await openSettings();
    backend.failNext('settings.set', 'disk full');
    await user.selectOptions(screen.getByLabelText('Projector size'), '200% (extra large)');
    expect(await screen.findByRole('alert')).toHaveTextContent('The projector size could not be saved: disk full');
    expect(screen.getByLabelText('Projector size')).toHaveValue('off');
    expect(document.documentElement).not.toHaveClass('projector');
  });
});
