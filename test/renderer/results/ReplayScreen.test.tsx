import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { toSecret } from '../../../shared/model/credentials';
import type { TrainerEvent } from '../../../shared/model/events';
import { definitionFor } from '../support/queries';
import { TEST_SALT, InMemoryBackend } from '../support/in-memory-backend';
import { renderRoute, walkthroughEvents } from '../support/render-app';

const SCENARIO = 'cmecf-link-bankruptcy';

/** The walkthrough with the firm's shared login instead of the attorney's own, one step every 10 seconds. */
function firmLoginSteps(backend: InMemoryBackend): TrainerEvent[] {
  const firmLogin: TrainerEvent = { type: 'pacer/login-submitted', username: 'wokaforlaw', password: toSecret(TEST_SALT, 'Research2012!'), clientCode: '' };
  return walkthroughEvents(backend, SCENARIO).map((event) => (event.type === 'pacer/login-submitted' ? firmLogin : event));
}

async function finishedAttempt(backend: InMemoryBackend, steps: TrainerEvent[]) {
  const attempt = backend.seedAttempt(SCENARIO, 'practice', steps, 10);
  await backend.call('attempts.finish', { attemptId: attempt.id, reason: 'completed' });
  return attempt;
}

const stepDetails = () => screen.getByRole('region', { name: 'This step' });
const browser = () => screen.getByRole('region', { name: 'Simulated web browser' });

describe('the replay of a stored attempt', () => {
  test('starts at the first action and steps with the arrow keys, Next and Previous', async () => {
    const backend = new InMemoryBackend();
    const attempt = await finishedAttempt(backend, firmLoginSteps(backend));
    const { user } = renderRoute(`/results/${attempt.id}/replay`, backend);

    expect(await screen.findByRole('heading', { level: 2, name: 'Step 1 of 11 · at 0:10' })).toBeVisible();
    expect(definitionFor(stepDetails(), 'What was done')).toHaveTextContent('Typed "www.moeb.uscourts.gov" in the address bar');
    expect(definitionFor(stepDetails(), 'Outcome')).toHaveTextContent('Accepted');
    expect(within(browser()).getByRole('textbox', { name: 'Address' })).toHaveValue('https://www.moeb.uscourts.gov/');

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 2, name: 'Step 2 of 11 · at 0:20' })).toBeVisible();
    expect(definitionFor(stepDetails(), 'What was done')).toHaveTextContent('Followed the link to https://www.moeb.uscourts.gov/e-filing-cmecf');

    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('heading', { level: 2, name: /^Start/ })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Step 1 of 11 · at 0:10' })).toBeVisible();
    expect(screen.getByRole('slider', { name: 'Step' })).toHaveValue('1');
  });

  test('jumping to the mistake shows what was done, its title and rule, on the confirmation screen as the trainee saw it', async () => {
    const backend = new InMemoryBackend();
    const attempt = await finishedAttempt(backend, firmLoginSteps(backend));
    const { user } = renderRoute(`/results/${attempt.id}/replay`, backend);
    const steps = await screen.findByRole('navigation', { name: 'Steps' });

    // Step 8 leaves the confirmation screen showing both names: the firm's name is the warning sign.
    await user.click(within(steps).getByRole('button', { name: /^8\. Submitted CM\/ECF login "dmw4521" on the link screen/ }));
    expect(within(browser()).getByText('WHITFIELD & OKAFOR LLC')).toBeVisible();

    const mistakeStep = within(steps).getByRole('button', { name: /^9\. .*\(mistake\)$/ });
    await user.click(mistakeStep);
    expect(mistakeStep).toHaveAttribute('aria-current', 'step');
    const details = stepDetails();
    expect(definitionFor(details, 'What was done')).toHaveTextContent('Clicked Submit to link PACER account "wokaforlaw"');
    expect(definitionFor(details, 'Mistake')).toHaveTextContent('A firm (shared) PACER account was linked');
    expect(definitionFor(details, 'The rule')).toHaveTextContent('If the PACER name is a firm name, you need to get an individual PACER account.');
    expect(within(browser()).getByText('Your PACER account has been linked to your CM/ECF account.', { exact: false })).toBeVisible();
  });

  test('a refused step shows what the system said; ?step= opens that step', async () => {
    const backend = new InMemoryBackend();
    const wrong: TrainerEvent = { type: 'pacer/login-submitted', username: 'dmw4521', password: toSecret(TEST_SALT, 'Eads*Bridge74'), clientCode: '' };
    const attempt = await finishedAttempt(backend, [...walkthroughEvents(backend, SCENARIO, 3), wrong]);
    renderRoute(`/results/${attempt.id}/replay?step=4`, backend);
    expect(await screen.findByRole('heading', { level: 2, name: 'Step 4 of 4 · at 0:40' })).toBeVisible();
    expect(definitionFor(stepDetails(), 'Outcome')).toHaveTextContent('Refused. The system said: Invalid username or password.');
    expect(definitionFor(stepDetails(), 'Mistake')).toHaveTextContent('CM/ECF login typed at the PACER login');
    expect(within(browser()).getByRole('alert')).toHaveTextContent('Invalid username or password.');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  test('each step shows the same page the live play screen showed after that event', async () => {
    const backend = new InMemoryBackend();
    const all = walkthroughEvents(backend, SCENARIO);
    const finished = await finishedAttempt(backend, all);
    for (const step of [3, 4, 5, 8, 10]) {
      // The live screen: an unfinished attempt with the first `step` events, resumed in the play screen.
      const live = new InMemoryBackend();
      live.seedAttempt(SCENARIO, 'practice', all.slice(0, step));
      const playing = renderRoute(`/play/${SCENARIO}?mode=practice`, live);
      await screen.findByRole('complementary', { name: 'Briefing' });
      const livePage = browser();
      const liveText = livePage.textContent;
      expect(liveText).toMatch(/\S{20}/);
      const liveAddress = within(livePage).getByRole('textbox', { name: 'Address' }).getAttribute('value');
      playing.unmount();

      const replayed = renderRoute(`/results/${finished.id}/replay?step=${step}`, backend);
      await screen.findByRole('region', { name: 'This step' });
      expect(browser().textContent, `step ${step}`).toBe(liveText);
      expect(within(browser()).getByRole('textbox', { name: 'Address' })).toHaveValue(liveAddress ?? '');
      replayed.unmount();
    }
  });

  test('a replayed page that takes focus (the redaction notice) leaves it on the replay control the viewer used', async () => {
    const backend = new InMemoryBackend();
    const attempt = await finishedAttempt(backend, walkthroughEvents(backend, SCENARIO));
    const { user } = renderRoute(`/results/${attempt.id}/replay?step=3`, backend);
    const next = await screen.findByRole('button', { name: 'Next' });
    await user.click(next);
    expect(within(browser()).getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' })).toBeVisible();
    expect(next).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: /^Step 5 of 11/ })).toBeVisible();
  });

  test('a step that opened a message shows the message', async () => {
    const backend = new InMemoryBackend();
    const attempt = await finishedAttempt(backend, walkthroughEvents(backend, SCENARIO));
    renderRoute(`/results/${attempt.id}/replay?step=11`, backend);
    const mailbox = await screen.findByRole('region', { name: 'Mailbox' });
    expect(within(mailbox).getByRole('article', { name: /NextGen CM\/ECF account change processed/ })).toBeVisible();
    expect(definitionFor(mailbox, 'Transaction Status')).toHaveTextContent('Processed');
  });

  test('an unknown attempt says so and offers the way back', async () => {
    renderRoute('/results/attempt-404/replay');
    expect(await screen.findByRole('alert')).toHaveTextContent('These results could not be loaded: There is no attempt "attempt-404".');
    expect(screen.getByRole('link', { name: 'Back to results' })).toBeVisible();
  });
});
