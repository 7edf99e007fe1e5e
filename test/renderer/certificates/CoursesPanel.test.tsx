import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderRoute, walkthroughEvents } from '../support/render-app';
import { definitionFor } from '../support/queries';
import { captureDownloads } from '../support/downloads';
import { InMemoryBackend } from '../support/in-memory-backend';

const SCENARIO = 'cmecf-link-bankruptcy';
const TITLE = 'Link your CM/ECF account at a NextGen bankruptcy court';
const COURSE = 'NextGen CM/ECF account linking';

afterEach(() => vi.restoreAllMocks());

/** A finished assessment by the guest: passed with the whole walkthrough, failed with its first steps. */
async function assessed(backend: InMemoryBackend, steps?: number) {
  const seeded = backend.seedAttempt(SCENARIO, 'assess', walkthroughEvents(backend, SCENARIO, steps));
  await backend.call('attempts.finish', { attemptId: seeded.id, reason: 'completed' });
}

async function courseOnHistory(backend: InMemoryBackend) {
  const rendered = renderRoute('/history', backend);
  const courses = await screen.findByRole('region', { name: 'Courses' });
  const course = await within(courses).findByRole('article', { name: COURSE });
  return { ...rendered, course };
}

describe('courses on the history screen', () => {
  test('a course not yet completed lists its scenario as not passed and offers no certificate', async () => {
    const backend = new InMemoryBackend();
    await assessed(backend, 2); // failed
    const { course } = await courseOnHistory(backend);

    expect(within(course).getByText('0 of 1 scenario passed in an assessment')).toBeVisible();
    expect(within(within(course).getByRole('list', { name: `Scenarios of ${COURSE}` })).getByRole('listitem')).toHaveTextContent(`${TITLE}: Not passed yet`);
    expect(within(course).getByText(/Pass an assessment of every scenario above to earn the course certificate/)).toBeVisible();
    expect(within(course).queryByRole('button', { name: 'Download course certificate (PDF)' })).toBeNull();
    expect(backend.callsTo('courses.list')).toEqual([{ traineeId: null }]);
  });

  test('a completed course downloads its certificate and shows the code, which the Verify screen accepts', async () => {
    const backend = new InMemoryBackend();
    await assessed(backend);
    const downloads = captureDownloads();
    const { user, course } = await courseOnHistory(backend);

    expect(within(course).getByRole('listitem')).toHaveTextContent(`${TITLE}: Passed (best score 100)`);
    await user.click(within(course).getByRole('button', { name: 'Download course certificate (PDF)' }));

    const status = await within(course).findByText(/Verification code:/);
    const code = status.querySelector('.certificate-code')?.textContent ?? '';
    expect(code).toMatch(/^NGT(-[A-Z2-9]{4}){3}$/);
    expect(status).toHaveTextContent(`Saved as cle-course-certificate-guest-nextgen-account-linking.pdf. Verification code: ${code}.`);
    expect(backend.callsTo('certificates.issueCourse')).toEqual([{ courseId: 'nextgen-account-linking', traineeId: null }]);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatchObject({ fileName: 'cle-course-certificate-guest-nextgen-account-linking.pdf', type: 'application/pdf' });
    expect(await downloads[0]?.text()).toMatch(/^%PDF-/);

    await user.click(within(course).getByRole('link', { name: 'Verify certificate' }));
    await user.type(await screen.findByLabelText('Verification code'), code);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    const result = await screen.findByRole('region', { name: `Valid course certificate: ${code}` });
    expect(definitionFor(result, 'Course')).toHaveTextContent(COURSE);
    expect(within(result).getByRole('list', { name: 'Scenarios of the course' })).toHaveTextContent(TITLE);
    expect(definitionFor(result, 'Average score')).toHaveTextContent('100 / 100');
  });

  test('when the courses cannot be loaded, the trainee is told and can try again', async () => {
    const backend = new InMemoryBackend();
    backend.failNext('courses.list', 'The trainer is shutting down; this request was not carried out.');
    const { user } = renderRoute('/history', backend);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The courses could not be loaded: The trainer is shutting down');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: COURSE })).toBeVisible();
  });

  test('when the course certificate cannot be made, the trainee is told why', async () => {
    const backend = new InMemoryBackend();
    await assessed(backend);
    backend.failNext('certificates.issueCourse', 'The course is not completed yet.', 'conflict');
    captureDownloads();
    const { user, course } = await courseOnHistory(backend);

    await user.click(within(course).getByRole('button', { name: 'Download course certificate (PDF)' }));
    expect(await within(course).findByRole('alert')).toHaveTextContent('The course certificate could not be made: The course is not completed yet.');
  });
});
