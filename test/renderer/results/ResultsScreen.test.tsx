import { act, screen, within } from '@testing-library/react';
import type { Attempt, AttemptReport } from '../../../shared/api/contract';
import { describe, expect, test } from 'vitest';
import type { TrainerEvent } from '../../../shared/model/events';
import { toSecret } from '../../../shared/model/credentials';
import { TEST_SALT, InMemoryBackend } from '../support/in-memory-backend';
import { renderRoute, walkthroughEvents } from '../support/render-app';
import { definitionFor } from '../support/queries';
import { RETIRED_MISTAKE } from '../../support/retired-mistake';

const SCENARIO = 'cmecf-link-bankruptcy';

/** A finished assessment: linked through the firm's shared account, and never read the notice; one step every 10 seconds. */
async function finishedWithMistake(backend: InMemoryBackend) {
  const firmLogin: TrainerEvent = {
    type: 'pacer/login-submitted',
    username: 'wokaforlaw',
    password: toSecret(TEST_SALT, 'Research2012!'),
    clientCode: '',
  };
  const steps = walkthroughEvents(backend, SCENARIO, 10).map((event) => (event.type === 'pacer/login-submitted' ? firmLogin : event));
  const attempt = backend.seedAttempt(SCENARIO, 'assess', steps, 10);
  await backend.call('attempts.finish', { attemptId: attempt.id, reason: 'completed' });
  return attempt;
}

describe('results', () => {
  test('shows the score out of 100, pass or not, hints, a missed objective and each mistake with its rule', async () => {
    const backend = new InMemoryBackend();
    const attempt = await finishedWithMistake(backend);
    renderRoute(`/results/${attempt.id}`, backend);

    expect(await screen.findByRole('heading', { name: /Results: Link your CM\/ECF account/ })).toBeVisible();
    const card = screen.getByRole('region', { name: 'Score' });
    expect(card).toHaveTextContent(/\d+ \/ 100/);
    expect(card).toHaveTextContent('Not passed');
    expect(card).toHaveTextContent('pass mark 80');
    expect(definitionFor(card, 'Hints used')).toHaveTextContent('0');

    const objectives = screen.getByRole('region', { name: 'Objectives' });
    const missed = within(objectives).getByText('Read the e-mail notice that confirms the link').closest('li')!;
    expect(missed).toHaveTextContent('Missed');
    const linked = within(objectives).getByText('Acknowledge the redaction notice when you log in').closest('li')!;
    expect(linked).toHaveTextContent('Met');

    const mistakes = screen.getByRole('region', { name: 'Mistakes' });
    const mistake = within(mistakes).getByRole('article', { name: /A firm \(shared\) PACER account was linked/ });
    expect(definitionFor(mistake, 'The rule')).toHaveTextContent(/If the PACER name is a firm name, you need to get an individual PACER account/);
    expect(definitionFor(mistake, 'What to do instead')).toHaveTextContent(/link from your own individual upgraded PACER account/);
    expect(definitionFor(mistake, 'Source')).toHaveTextContent('Link an Upgraded PACER Account to a NextGen CM/ECF Account", step 7');
  });

  test('shows the time taken, and for a mistake: when it happened, what was done, what to do instead and why', async () => {
    const backend = new InMemoryBackend();
    const attempt = await finishedWithMistake(backend);
    renderRoute(`/results/${attempt.id}`, backend);

    const card = await screen.findByRole('region', { name: 'Score' });
    // Ten steps ten seconds apart after the start: 100 seconds from the first stored event to the last.
    expect(definitionFor(card, 'Time taken')).toHaveTextContent('1 min 40 s');

    const mistake = await screen.findByRole('article', { name: /A firm \(shared\) PACER account was linked/ });
    // The link was confirmed at step 9 of the log, 90 seconds in.
    expect(await within(mistake).findByText('What you did')).toBeVisible();
    expect(definitionFor(mistake, 'When')).toHaveTextContent('At 1:30, step 9 of your attempt');
    expect(definitionFor(mistake, 'What you did')).toHaveTextContent(
      'Clicked Submit to link PACER account "wokaforlaw" (WHITFIELD & OKAFOR LLC) to CM/ECF login "dmw4521" (Dana Whitfield)',
    );
    expect(definitionFor(mistake, 'The system said')).toHaveTextContent('Nothing: the system accepted it.');
    expect(definitionFor(mistake, 'What to do instead')).toHaveTextContent(
      'Stop at the confirmation screen, log out, and link from your own individual upgraded PACER account.',
    );
    expect(definitionFor(mistake, 'The rule')).toHaveTextContent('All parties who want to file will need their own individual PACER account.');
  });

  test('the results of a just-finished attempt gain the moments of its mistakes once its events arrive', async () => {
    const backend = new InMemoryBackend();
    const attempt = await finishedWithMistake(backend);
    const { store, router } = renderRoute('/', backend);
    const got = await backend.call('attempts.get', { attemptId: attempt.id });
    if (!got.ok) throw new Error('no attempt');
    const value = got.value as { attempt: Attempt; report: AttemptReport };
    act(() => store.getState().showResults(value.attempt, value.report, 'Link your CM/ECF account'));
    await act(() => router.navigate(`/results/${attempt.id}`));
    const mistake = screen.getByRole('article', { name: /A firm \(shared\) PACER account was linked/ });
    expect(await within(mistake).findByText('At 1:30, step 9 of your attempt')).toBeVisible();
  });

  test('Step through this attempt opens the replay, and a mistake links to its own step', async () => {
    const backend = new InMemoryBackend();
    const attempt = await finishedWithMistake(backend);
    const { user, router } = renderRoute(`/results/${attempt.id}`, backend);
    const mistake = await screen.findByRole('article', { name: /A firm \(shared\) PACER account was linked/ });
    expect(within(mistake).getByRole('link', { name: 'See step 9 in the replay' })).toHaveAttribute('href', `/results/${attempt.id}/replay?step=9`);
    await user.click(screen.getAllByRole('link', { name: 'Step through this attempt' })[0]!);
    expect(router.state.location.pathname).toBe(`/results/${attempt.id}/replay`);
    expect(await screen.findByRole('heading', { level: 1, name: /Replay: Link your CM\/ECF account/ })).toBeVisible();
  });

  test('a mistake the system refused shows what the system said', async () => {
    const backend = new InMemoryBackend();
    const steps = walkthroughEvents(backend, SCENARIO, 3);
    const wrong: TrainerEvent = { type: 'pacer/login-submitted', username: 'dmw4521', password: toSecret(TEST_SALT, 'Eads*Bridge74'), clientCode: '' };
    const attempt = backend.seedAttempt(SCENARIO, 'practice', [...steps, wrong]);
    await backend.call('attempts.finish', { attemptId: attempt.id, reason: 'gave-up' });
    renderRoute(`/results/${attempt.id}`, backend);
    const mistake = await screen.findByRole('article', { name: /CM\/ECF login typed at the PACER login/ });
    expect(definitionFor(mistake, 'The system said')).toHaveTextContent('Invalid username or password.');
    expect(screen.getByRole('region', { name: 'Score' })).toHaveTextContent('0 / 100');
  });

  test('Try again starts a new attempt in the same mode; Back to scenarios goes home', async () => {
    const backend = new InMemoryBackend();
    const attempt = await finishedWithMistake(backend);
    const { user, router } = renderRoute(`/results/${attempt.id}`, backend);
    await user.click((await screen.findAllByRole('button', { name: 'Try again' }))[0]!);
    expect(router.state.location).toMatchObject({ pathname: `/play/${SCENARIO}`, search: '?mode=assess' });
    expect(await screen.findByRole('complementary', { name: 'Briefing' })).toBeVisible();
    expect(backend.callsTo('attempts.start')).toEqual([{ scenarioId: SCENARIO, mode: 'assess', traineeId: null }]);
    expect(backend.attempts.size).toBe(2);

    await router.navigate(`/results/${attempt.id}`);
    await user.click((await screen.findAllByRole('link', { name: 'Back to scenarios' }))[0]!);
    expect(router.state.location.pathname).toBe('/');
  });

  test('an unknown attempt gives a clear message and a way back', async () => {
    renderRoute('/results/attempt-404');
    expect(await screen.findByRole('alert')).toHaveTextContent('These results could not be loaded: There is no attempt "attempt-404".');
    expect(screen.getByRole('link', { name: 'Back to scenarios' })).toBeVisible();
  });
  test('a report kept by an older trainer, naming a mistake since retired, shows as it was written', async () => {
    const backend = new InMemoryBackend();
    const attempt = await finishedWithMistake(backend);
    // Format 1, as kept before the time allowance: no timing figures, and a code no longer in the catalogue.
    const kept = JSON.parse(backend.store.db.prepare<[string], { report: string }>('SELECT report FROM attempts WHERE id = ?').get(attempt.id)!.report);
    const { v: _format, timeTakenSeconds: _time, overtimePenalty: _overtime, ...formatOne } = kept;
    backend.store.db
      .prepare('UPDATE attempts SET report = ? WHERE id = ?')
      .run(JSON.stringify({ ...formatOne, mistakes: [RETIRED_MISTAKE] }), attempt.id);

    renderRoute(`/results/${attempt.id}`, backend);
    const mistake = await screen.findByRole('article', { name: /Used the retired legacy PACER login/ });
    expect(definitionFor(mistake, 'The rule')).toHaveTextContent('After the upgrade, the legacy PACER login no longer works.');
    expect(definitionFor(mistake, 'What to do instead')).toHaveTextContent('Sign in with the upgraded PACER account.');
    expect(screen.getByRole('region', { name: 'Score' })).toHaveTextContent('Not passed');
  });
});
