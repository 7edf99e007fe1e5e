import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { InMemoryBackend } from '../support/in-memory-backend';
import { renderRoute } from '../support/render-app';

async function openTrainees(backend = new InMemoryBackend()) {
  const rendered = renderRoute('/trainees', backend);
  await screen.findByRole('heading', { level: 1, name: 'Trainees' });
  await screen.findByRole('combobox', { name: 'Trainee' });
  return rendered;
}

const card = (name: string) => screen.getByRole('article', { name });
const addForm = () => screen.getByRole('form', { name: 'Add a profile' });

describe('trainee profiles', () => {
  test('lists Guest and every profile with its details; the one in use is marked', async () => {
    const backend = new InMemoryBackend();
    backend.seedTrainee('Dana Whitfield', { email: 'dana@whitfield-okafor.example', barNumber: '61234', barState: 'MO' });
    await openTrainees(backend);
    const profiles = await screen.findByRole('list', { name: 'Profiles' });
    await within(profiles).findByRole('heading', { name: 'Dana Whitfield' });
    expect(within(profiles).getAllByRole('listitem')).toHaveLength(2);
    expect(card('Dana Whitfield')).toHaveTextContent('dana@whitfield-okafor.example · Bar: 61234, MO');
    expect(within(card('Guest')).getByText('In use')).toBeVisible();
    expect(within(card('Dana Whitfield')).getByRole('button', { name: 'Use this profile' })).toBeVisible();
  });

  test('adds a profile from labelled fields, and says so', async () => {
    const { user, backend } = await openTrainees();
    const form = addForm();
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Dana Whitfield');
    await user.type(within(form).getByRole('textbox', { name: 'E-mail' }), 'dana@whitfield-okafor.example');
    const cle = within(form).getByRole('group', { name: 'For CLE certificates (optional)' });
    await user.type(within(cle).getByRole('textbox', { name: 'Bar number' }), '61234');
    await user.type(within(cle).getByRole('textbox', { name: 'Bar state' }), 'MO');
    await user.click(within(form).getByRole('button', { name: 'Add profile' }));

    expect(await screen.findByText('Profile for Dana Whitfield added.')).toHaveRole('status');
    expect(card('Dana Whitfield')).toBeVisible();
    expect([...backend.trainees.values()]).toMatchObject([
      { name: 'Dana Whitfield', email: 'dana@whitfield-okafor.example', barNumber: '61234', barState: 'MO' },
    ]);
    expect(within(addForm()).getByRole('textbox', { name: 'Name' })).toHaveValue('');
    expect(within(screen.getByRole('combobox', { name: 'Trainee' })).getByRole('option', { name: 'Dana Whitfield' })).toBeInTheDocument();
  });

  test('shows the backend’s reason under each refused field, and moves focus to the first', async () => {
    const { user } = await openTrainees();
    const form = addForm();
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Lee Okafor');
    await user.click(within(form).getByRole('button', { name: 'Add profile' }));
    await screen.findByText('Profile for Lee Okafor added.');

    await user.type(within(form).getByRole('textbox', { name: 'E-mail' }), 'dana at firm');
    await user.click(within(form).getByRole('button', { name: 'Add profile' }));

    const name = within(form).getByRole('textbox', { name: 'Name' });
    expect(await within(form).findByText('Name must not be empty.')).toBeVisible();
    expect(name).toBeRequired();
    expect(name).toBeInvalid();
    expect(name).toHaveAccessibleDescription('Name must not be empty.');
    expect(name).toHaveFocus();
    expect(within(form).getByRole('textbox', { name: 'E-mail' })).toHaveAccessibleDescription('E-mail must be an e-mail address.');
    const names = screen.getAllByRole('article').map((article) => within(article).getByRole('heading').textContent);
    expect(names).toEqual(['Guest', 'Lee Okafor']); // nothing was added
    expect(screen.queryByText('Profile for Lee Okafor added.')).toBeNull(); // the earlier success no longer shows
  });

  test('places each of the backend’s issues under the field its path names, whatever the message says', async () => {
    const backend = new InMemoryBackend();
    // The message names no field: only the structured issues say where each problem is.
    backend.failNext('trainees.create', 'The profile was refused.', 'bad-input', [
      { path: ['barState'], message: 'must be a state or territory' },
      { path: [], message: 'Profiles are closed for this class.' },
    ]);
    const { user } = await openTrainees(backend);
    const form = addForm();
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Dana Whitfield');
    await user.type(within(form).getByRole('textbox', { name: 'Bar state' }), 'Atlantis');
    await user.click(within(form).getByRole('button', { name: 'Add profile' }));

    const barState = within(form).getByRole('textbox', { name: 'Bar state' });
    expect(await within(form).findByText('Bar state must be a state or territory.')).toBeVisible();
    expect(barState).toBeInvalid();
    expect(barState).toHaveAccessibleDescription('Bar state must be a state or territory.');
    expect(barState).toHaveFocus();
    expect(within(form).getByRole('textbox', { name: 'Name' })).toBeValid();
    expect(within(form).getByRole('alert')).toHaveTextContent('Profiles are closed for this class.');
  });

  test('edits a profile; hostile text is shown as typed, never run', async () => {
    const backend = new InMemoryBackend();
    const dana = backend.seedTrainee('Dana Whitfield');
    const { user } = await openTrainees(backend);
    await user.click(await within(await screen.findByRole('article', { name: 'Dana Whitfield' })).findByRole('button', { name: 'Edit' }));

    const form = screen.getByRole('form', { name: 'Edit the profile of Dana Whitfield' });
    const name = within(form).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();
    expect(name).toHaveValue('Dana Whitfield');
    const hostile = '<img src=x onerror="window.hacked=1">Dana';
    await user.clear(name);
    await user.type(name, hostile);
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText(`Profile for ${hostile} saved.`)).toBeVisible();
    expect(card(hostile)).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
    expect(backend.trainees.get(dana.id)?.name).toBe(hostile);
    expect(screen.getByRole('form', { name: 'Add a profile' })).toBeVisible();
  });

  test('Cancel leaves the profile as it was', async () => {
    const backend = new InMemoryBackend();
    backend.seedTrainee('Dana Whitfield');
    const { user } = await openTrainees(backend);
    await user.click(await within(await screen.findByRole('article', { name: 'Dana Whitfield' })).findByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit the profile of Dana Whitfield' });
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'XYZ');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(card('Dana Whitfield')).toBeVisible();
    expect(screen.queryByRole('form', { name: /Edit the profile/ })).toBeNull();
  });

  test('“Use this profile” switches whose attempts are recorded', async () => {
    const backend = new InMemoryBackend();
    const dana = backend.seedTrainee('Dana Whitfield');
    const { user } = await openTrainees(backend);
    await user.click(await within(await screen.findByRole('article', { name: 'Dana Whitfield' })).findByRole('button', { name: 'Use this profile' }));
    expect(within(card('Dana Whitfield')).getByText('In use')).toBeVisible();
    expect(within(card('Dana Whitfield')).getByRole('heading', { name: 'Dana Whitfield' })).toHaveFocus();
    expect(within(card('Guest')).getByRole('button', { name: 'Use this profile' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Trainee' })).toHaveDisplayValue('Dana Whitfield');
    expect(screen.getByText('Now recording attempts for Dana Whitfield.')).toHaveRole('status');
    expect(backend.settings.get('lastTraineeId')).toBe(dana.id);
  });
});
