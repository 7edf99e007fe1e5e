import { act, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { toSecret } from '../../../shared/model/credentials';
import type { TrainerEvent } from '../../../shared/model/events';
import { TEST_SALT, InMemoryBackend } from '../support/in-memory-backend';
import { renderRoute, walkthroughEvents } from '../support/render-app';

const SCENARIO = 'cmecf-link-bankruptcy';
const PRACTICE = `/play/${SCENARIO}?mode=practice`;
const ASSESS = `/play/${SCENARIO}?mode=assess`;

async function open(path: string, backend = new InMemoryBackend()) {
  const rendered = renderRoute(path, backend);
  await screen.findByRole('complementary', { name: 'Briefing' });
  const dispatch = (...events: TrainerEvent[]) =>
    act(() => {
      for (const event of events) rendered.store.getState().dispatch(event);
    });
  return { ...rendered, dispatch };
}

const cmecfLoginAtPacer: TrainerEvent = {
  type: 'pacer/login-submitted',
  username: 'dmw4521',
  password: toSecret(TEST_SALT, 'Eads*Bridge74'),
  clientCode: '',
};

describe('practice mode', () => {
  test('shows the briefing, the objectives, the live score and the simulated browser', async () => {
    await open(PRACTICE);
    expect(screen.getByRole('heading', { level: 1, name: 'Link your CM/ECF account at a NextGen bankruptcy court' })).toBeVisible();
    expect(screen.getByText('Score: 0 / 100')).toHaveRole('status');
    const objectives = screen.getByRole('list', { name: 'Objectives' });
    expect(within(objectives).getAllByRole('listitem')).toHaveLength(4);
    expect(within(objectives).getAllByText('Not yet')).toHaveLength(4);
    expect(screen.getByRole('textbox', { name: 'Address' })).toHaveValue('');
    expect(screen.getByRole('region', { name: 'New tab' })).toBeVisible();
  });

  test('Hint shows the hint for the first objective not met, says what it costs, and is recorded', async () => {
    const { user, backend, dispatch } = await open(PRACTICE);
    // Earn the first objective so the cost shows in the score.
    dispatch(...walkthroughEvents(backend, SCENARIO, 5));
    expect(screen.getByText('Score: 10 / 100')).toBeVisible();
    expect(screen.getByText('Each hint costs 5 points.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Hint' }));
    const hint = screen.getByRole('note', { name: 'Hint' });
    expect(hint).toHaveTextContent('Link your CM/ECF account to your own upgraded PACER account');
    expect(hint).toHaveTextContent(/click Utilities, select "Link a CM\/ECF account to my PACER account"/);
    expect(screen.getByText('Score: 5 / 100')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Hint' })).toBeDisabled();
    await act(() => backend.call('app.info', {}));
    const appended = backend.callsTo('attempts.append') as { event: TrainerEvent }[];
    expect(appended.at(-1)?.event).toEqual({ type: 'trainee/hint-requested', objectiveId: 'link-accounts' });
  });

  test('a mistake gets a short explanation: the rule and its source, not the answer', async () => {
    const { backend, dispatch } = await open(PRACTICE);
    dispatch(...walkthroughEvents(backend, SCENARIO, 3), cmecfLoginAtPacer);
    const feedback = screen.getByRole('region', { name: 'Feedback on your last step' });
    expect(feedback).toHaveTextContent('Not quite: CM/ECF login typed at the PACER login');
    expect(feedback).toHaveTextContent(/you use your PACER username and password to log in/);
    expect(feedback).toHaveTextContent('NextGen CM/ECF Frequently Asked Questions');
    expect(feedback).not.toHaveTextContent('Log in with the PACER account;');
    expect(feedback.closest('[role="status"]')).not.toBeNull();
  });

  test('typing the court address in the play screen opens the court site', async () => {
    const { user } = await open(PRACTICE);
    await user.type(screen.getByRole('textbox', { name: 'Address' }), 'moeb.uscourts.gov{Enter}');
    expect(screen.getByRole('textbox', { name: 'Address' })).toHaveValue('https://www.moeb.uscourts.gov/');
    expect(screen.getByRole('region', { name: 'https://www.moeb.uscourts.gov/' })).toBeVisible();
  });

  test('when every objective is met, Finish scores the attempt and shows the results', async () => {
    const { user, backend, dispatch, router } = await open(PRACTICE);
    expect(screen.queryByRole('button', { name: 'Finish' })).not.toBeInTheDocument();
    dispatch(...walkthroughEvents(backend, SCENARIO));
    expect(screen.getByText('Score: 100 / 100')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(await screen.findByRole('heading', { name: /^Results:/ })).toBeVisible();
    expect(router.state.location.pathname).toMatch(/^\/results\/id-\d+$/);
    expect(screen.getByRole('region', { name: 'Score' })).toHaveTextContent('100 / 100');
    expect(screen.getByRole('region', { name: 'Score' })).toHaveTextContent('Passed');
    expect(backend.callsTo('attempts.finish')).toMatchObject([{ reason: 'completed' }]);
  });

  test('the Mailbox opens beside the browser, and reading the link notice meets its objective', async () => {
    const { user, backend, dispatch } = await open(PRACTICE);
    dispatch(...walkthroughEvents(backend, SCENARIO, 10));
    expect(screen.getByText('Score: 85 / 100')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Mailbox (1 unread)' }));
    const mailbox = screen.getByRole('dialog', { name: 'Mailbox' });
    await user.click(within(mailbox).getByRole('button', { name: /account change processed/ }));
    expect(within(mailbox).getByText('Processed')).toBeVisible();
    expect(screen.getByText('Score: 100 / 100')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Mailbox' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Training simulator — not the real PACER/CM/ECF')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Finish' })).toBeVisible();
  });

  test('Give up asks first, then ends the attempt', async () => {
    const { user, backend } = await open(PRACTICE);
    await user.click(screen.getByRole('button', { name: 'Give up' }));
    await user.click(screen.getByRole('button', { name: 'Keep going' }));
    expect(backend.callsTo('attempts.finish')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Give up' }));
    await user.click(screen.getByRole('button', { name: 'End attempt' }));
    expect(await screen.findByText('Not passed')).toBeVisible();
    expect(backend.callsTo('attempts.finish')).toMatchObject([{ reason: 'gave-up' }]);
  });

  test('coming back resumes the unfinished attempt on the same page with the same score', async () => {
    const backend = new InMemoryBackend();
    backend.seedAttempt(SCENARIO, 'practice', walkthroughEvents(backend, SCENARIO, 6));
    await open(PRACTICE, backend);
    expect(screen.getByText('You are continuing the attempt you left unfinished.')).toBeVisible();
    expect(screen.getByText('Score: 10 / 100')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Address' })).toHaveValue('https://ecf.moeb.uscourts.gov/cgi-bin/DisplayMenu.pl?menu=Utilities');
  });

  test('a step that cannot be saved shows a banner and the trainee keeps going', async () => {
    const backend = new InMemoryBackend();
    const { user } = await open(PRACTICE, backend);
    backend.failNext('attempts.append', 'Cannot reach the trainer at http://127.0.0.1:4317 (Failed to fetch).');
    await user.type(screen.getByRole('textbox', { name: 'Address' }), 'moeb.uscourts.gov{Enter}');
    expect(await screen.findByText(/Your last step could not be saved: Cannot reach the trainer/)).toBeVisible();
    expect(screen.getByRole('region', { name: 'https://www.moeb.uscourts.gov/' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try saving again' }));
    expect(screen.queryByText(/Your last step could not be saved/)).not.toBeInTheDocument();
  });
});

describe('assess mode', () => {
  test('no hints, no score, no objectives, no feedback on mistakes', async () => {
    const { backend, dispatch } = await open(ASSESS);
    dispatch(...walkthroughEvents(backend, SCENARIO, 3), cmecfLoginAtPacer);
    expect(screen.queryByRole('button', { name: 'Hint' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Score:/)).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Objectives' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Not quite/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Finish' })).toBeVisible();
    expect(screen.getByRole('button', { name: /^Mailbox/ })).toBeVisible();
  });
});

describe('deep links', () => {
  test('a bad mode gives a clear message and the ways on', async () => {
    const { user, router } = renderRoute(`/play/${SCENARIO}?mode=cheat`);
    expect(screen.getByRole('heading', { name: 'Choose how to play' })).toBeVisible();
    expect(screen.getByText(/“cheat” is not a mode/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Practice' })).toHaveAttribute('href', PRACTICE);
    await user.click(screen.getByRole('link', { name: 'Back to scenarios' }));
    expect(router.state.location.pathname).toBe('/');
  });

  test('an unknown scenario gives a clear message and a way back', async () => {
    renderRoute('/play/no-such-scenario?mode=practice');
    expect(await screen.findByRole('heading', { name: 'This scenario could not be opened' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('no scenario "no-such-scenario"');
    expect(screen.getByRole('link', { name: 'Back to scenarios' })).toBeVisible();
  });

  test('a scenario id that is not an id is refused without asking the backend', () => {
    const { backend } = renderRoute('/play/..%2Fsecret?mode=practice');
    expect(screen.getByRole('heading', { name: 'This scenario could not be opened' })).toBeVisible();
    // (The shell still asks who the trainee is; nothing about this scenario or an attempt is asked.)
    expect(backend.calls.filter((call) => /^(scenarios|attempts)\./.test(call.method))).toEqual([]);
  });
});
