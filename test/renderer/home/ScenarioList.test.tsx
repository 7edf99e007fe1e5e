import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJson, SCENARIOS_DIR } from '../../support/scenarios';
import { InMemoryBackend } from '../support/in-memory-backend';

const builtinScenarioFile = (id: string) => readJson(join(SCENARIOS_DIR, 'builtin', `${id}.json`)) as Record<string, unknown>;
import { renderRoute } from '../support/render-app';

test('lists each scenario with its summary, the court pages it is based on, and Practice and Assess links', async () => {
  const { user, router } = renderRoute('/');
  const card = await screen.findByRole('article', { name: 'Link your CM/ECF account at a NextGen bankruptcy court' });
  expect(within(card).getByText(/Link your existing CM\/ECF filing account/)).toBeVisible();
  expect(within(card).getByText(/Link an Upgraded PACER Account to a NextGen CM\/ECF Account/)).toBeVisible();
  expect(within(card).getByText(/CM\/ECF NextGen Information/)).toBeVisible();
  expect(within(card).getByRole('link', { name: 'Practice' })).toHaveAttribute('href', '/play/cmecf-link-bankruptcy?mode=practice');
  expect(within(card).getByRole('link', { name: 'Assess' })).toHaveAttribute('href', '/play/cmecf-link-bankruptcy?mode=assess');
  await user.click(within(card).getByRole('link', { name: 'Assess' }));
  expect(router.state.location).toMatchObject({ pathname: '/play/cmecf-link-bankruptcy', search: '?mode=assess' });
});

test("shows the backend's storage notice and scenario problems in a notice banner", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'trainer-data-'));
  writeFileSync(join(dataDir, 'trainer.db'), 'These are the minutes of the bar association, not a trainer data file.');
  const damaged = { ...builtinScenarioFile('cmecf-link-bankruptcy'), id: 'my-court', title: '' };
  const backend = new InMemoryBackend(['cmecf-link-bankruptcy'], { dataDir, extraScenarioFiles: { 'my-court.json': JSON.stringify(damaged) } });
  renderRoute('/', backend);
  const notice = await screen.findByRole('alert');
  expect(within(notice).getByRole('heading', { name: 'Notice' })).toBeVisible();
  expect(notice).toHaveTextContent(`The trainer's data file ${join(dataDir, 'trainer.db')} could not be used`);
  expect(notice).toHaveTextContent('It was not changed or deleted');
  expect(notice).toHaveTextContent('my-court.json');
  expect(notice).toHaveTextContent('title:');
});

test('a backend failure is shown with a way to try again', async () => {
  const backend = new InMemoryBackend();
  backend.failNext('scenarios.list', 'Cannot reach the trainer at http://127.0.0.1:4317 (Failed to fetch).');
  const { user } = renderRoute('/', backend);
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The scenarios could not be loaded: Cannot reach the trainer at http://127.0.0.1:4317 (Failed to fetch).',
  );
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('link', { name: 'Practice' })).toBeVisible();
});
