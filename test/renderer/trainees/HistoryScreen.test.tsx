import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { InMemoryBackend } from '../support/in-memory-backend';
import { renderRoute, walkthroughEvents } from '../support/render-app';

const SCENARIO = 'cmecf-link-bankruptcy';
const TITLE = 'Link your CM/ECF account at a NextGen bankruptcy court';

/** Dana (in use) with a passed assessment, a failed one, and a practice attempt still open; Guest with one of their own. */
async function danaWithAttempts() {
  const backend = new InMemoryBackend();
  const dana = backend.seedTrainee('Dana Whitfield');
  backend.settings.set('lastTraineeId', dana.id);
  const passed = backend.seedAttemptFor(dana.id, SCENARIO, 'assess', walkthroughEvents(backend, SCENARIO));
  await backend.call('attempts.finish', { attemptId: passed.id, reason: 'completed' });
  const failed = backend.seedAttemptFor(dana.id, SCENARIO, 'assess');
  await backend.call('attempts.finish', { attemptId: failed.id, reason: 'gave-up' });
  const open = backend.seedAttemptFor(dana.id, SCENARIO, 'practice', walkthroughEvents(backend, SCENARIO, 3));
  const guests = backend.seedAttemptFor(null, SCENARIO, 'practice');
  return { backend, dana, passed, failed, open, guests };
}

async function openHistory(backend: InMemoryBackend) {
  const rendered = renderRoute('/history', backend);
  await screen.findByRole('table', { name: 'Every attempt, newest first' });
  return rendered;
}

const rows = () => within(screen.getByRole('table', { name: 'Every attempt, newest first' })).getAllByRole('row').slice(1);
/** A row's texts: its scenario (the row header), then each cell. */
const cells = (row: HTMLElement) =>
  [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent);

describe('history', () => {
  test('is headed with the trainee’s name and shows progress across the catalog', async () => {
    const { backend } = await danaWithAttempts();
    await openHistory(backend);
    expect(screen.getByRole('heading', { level: 1, name: 'History — Dana Whitfield' })).toBeVisible();
    const progress = screen.getByRole('progressbar', { name: 'Scenarios passed in an assessment' });
    expect(progress).toHaveAttribute('aria-valuenow', '1');
    expect(progress).toHaveAttribute('aria-valuemin', '0');
    expect(progress).toHaveAttribute('aria-valuemax', '1');
    expect(screen.getByText('1 of 1 scenarios passed in an assessment')).toBeVisible();

    const best = screen.getByRole('table', { name: 'Best score per scenario' });
    expect(cells(within(best).getAllByRole('row')[1]!)).toEqual([TITLE, '100', 'Passed', 'Not taken']);
  });

  test('lists every attempt newest first with version, mode, date, score and result', async () => {
    const { backend, passed } = await danaWithAttempts();
    await openHistory(backend);
    const [open, failed, done] = rows();
    expect(rows()).toHaveLength(3);
    expect(cells(open!)).toEqual([TITLE, '1', 'Practice', expect.any(String), '—', 'In progress', 'ResumeAbandon']);
    expect(cells(failed!).slice(0, 3)).toEqual([TITLE, '1', 'Assessment']);
    expect(cells(failed!).slice(4, 6)).toEqual(['0', 'Failed']);
    expect(cells(done!).slice(4, 6)).toEqual(['100', 'Passed']);
    expect(within(done!).getByRole('link', { name: 'View results' })).toHaveAttribute('href', `/results/${passed.id}`);
    expect(within(done!).getByRole('time')).toHaveAttribute('datetime', passed.startedAt);
  });

  test('Resume goes back to the play of that scenario and mode, which resumes the open attempt', async () => {
    const { backend, open } = await danaWithAttempts();
    const { user, router, store } = await openHistory(backend);
    const resume = within(rows()[0]!).getByRole('link', { name: 'Resume' });
    expect(resume).toHaveAttribute('href', `/play/${SCENARIO}?mode=practice`);
    await user.click(resume);
    expect(router.state.location.pathname).toBe(`/play/${SCENARIO}`);
    await screen.findByRole('complementary', { name: 'Briefing' });
    expect(store.getState().play.attempt?.id).toBe(open.id);
    expect(store.getState().play.resumed).toBe(true);
  });

  test('Abandon asks first; “Keep it” changes nothing, “Yes, abandon” removes Resume', async () => {
    const { backend, open } = await danaWithAttempts();
    const { user } = await openHistory(backend);
    await user.click(within(rows()[0]!).getByRole('button', { name: 'Abandon' }));
    const question = within(rows()[0]!).getByRole('group', { name: 'Abandon this attempt?' });
    expect(within(question).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Keep it' }));
    expect(backend.attempts.get(open.id)?.attempt.status).toBe('in-progress');

    await user.click(within(rows()[0]!).getByRole('button', { name: 'Abandon' }));
    await user.click(within(rows()[0]!).getByRole('button', { name: 'Yes, abandon' }));
    expect(await screen.findByText('The attempt was abandoned. It can no longer be resumed.')).toHaveRole('status');
    expect(cells(rows()[0]!)[5]).toBe('Abandoned');
    expect(within(rows()[0]!).queryByRole('link', { name: 'Resume' })).toBeNull();
    expect(backend.attempts.get(open.id)?.attempt.status).toBe('abandoned');
  });

  test('an attempt that cannot be abandoned says why and stays', async () => {
    const { backend } = await danaWithAttempts();
    const { user } = await openHistory(backend);
    backend.failNext('attempts.abandon', 'The trainer is shutting down.');
    await user.click(within(rows()[0]!).getByRole('button', { name: 'Abandon' }));
    await user.click(within(rows()[0]!).getByRole('button', { name: 'Yes, abandon' }));
    expect(await screen.findByText('The attempt could not be abandoned: The trainer is shutting down.')).toBeVisible();
    expect(within(rows()[0]!).getByRole('link', { name: 'Resume' })).toBeVisible();
  });

  test('switching trainee shows the new one’s history only', async () => {
    const { backend } = await danaWithAttempts();
    const { user } = await openHistory(backend);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trainee' }), 'Guest');
    expect(await screen.findByRole('heading', { level: 1, name: 'History — Guest' })).toBeVisible();
    await screen.findByText('0 of 1 scenarios passed in an assessment');
    expect(rows()).toHaveLength(1);
    expect(cells(rows()[0]!)[2]).toBe('Practice');
    expect(screen.queryByRole('table', { name: 'Best score per scenario' })).toBeNull();
  });

  test('a trainee with no attempts is pointed to the scenarios', async () => {
    const backend = new InMemoryBackend();
    renderRoute('/history', backend);
    expect(await screen.findByText(/No attempts yet/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Pick a scenario' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  });

  test('a history that cannot be loaded says why and can be retried', async () => {
    const backend = new InMemoryBackend();
    backend.failNext('trainees.history', 'The database is locked.');
    const { user } = renderRoute('/history', backend);
    expect(await screen.findByRole('alert')).toHaveTextContent('The history could not be loaded: The database is locked.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/No attempts yet/)).toBeVisible();
  });
});
