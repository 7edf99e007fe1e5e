import { screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Attempt, AttemptReport } from '../../../shared/api/contract';
import { CertificatePanel } from '../../../renderer/certificates/CertificatePanel';
import { makeStore, renderWithStore, walkthroughEvents } from '../support/render-app';
import { captureDownloads } from '../support/downloads';
import { InMemoryBackend } from '../support/in-memory-backend';
import { MemoryRouter } from 'react-router';

const SCENARIO = 'cmecf-link-bankruptcy';

afterEach(() => vi.restoreAllMocks());

/** An attempt played with the first `steps` walkthrough steps (all by default), finished. */
async function finished(backend: InMemoryBackend, mode: 'assess' | 'practice', steps?: number) {
  const seeded = backend.seedAttempt(SCENARIO, mode, walkthroughEvents(backend, SCENARIO, steps));
  await backend.call('attempts.finish', { attemptId: seeded.id, reason: 'completed' });
  const got = await backend.call('attempts.get', { attemptId: seeded.id });
  if (!got.ok) throw new Error(got.error.message);
  return got.value as { attempt: Attempt; report: AttemptReport };
}

function renderPanel(backend: InMemoryBackend, attempt: Attempt, report: AttemptReport) {
  const { store } = makeStore(backend);
  return renderWithStore(
    <MemoryRouter>
      <CertificatePanel attempt={attempt} report={report} />
    </MemoryRouter>,
    store,
  );
}

describe('CLE certificate on the results screen', () => {
  test('a passed assessment downloads the PDF certificate and shows its verification code', async () => {
    const backend = new InMemoryBackend();
    const { attempt, report } = await finished(backend, 'assess');
    expect(report.passed).toBe(true);
    const downloads = captureDownloads();
    const { user } = renderPanel(backend, attempt, report);

    await user.click(screen.getByRole('button', { name: 'Download CLE certificate (PDF)' }));

    const status = await screen.findByText(/Verification code:/);
    const code = status.querySelector('.certificate-code')?.textContent ?? '';
    expect(code).toMatch(/^NGT-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(screen.getByRole('status')).toHaveTextContent(`Saved as cle-certificate-guest-cmecf-link-bankruptcy.pdf. Verification code: ${code}.`);
    expect(screen.getByRole('link', { name: 'Verify certificate' })).toHaveAttribute('href', '/verify');
    expect(backend.callsTo('certificates.issue')).toEqual([{ attemptId: attempt.id }]);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatchObject({ fileName: 'cle-certificate-guest-cmecf-link-bankruptcy.pdf', type: 'application/pdf' });
    expect(await downloads[0]?.text()).toMatch(/^%PDF-/);
  });

  test('when the certificate cannot be made, the trainee is told why', async () => {
    const backend = new InMemoryBackend();
    const { attempt, report } = await finished(backend, 'assess');
    backend.failNext('certificates.issue', 'The trainer is shutting down; this request was not carried out.');
    captureDownloads();
    const { user } = renderPanel(backend, attempt, report);

    await user.click(screen.getByRole('button', { name: 'Download CLE certificate (PDF)' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The certificate could not be made: The trainer is shutting down');
  });

  test('practice offers no certificate, and says certificates are for passed assessments', async () => {
    const backend = new InMemoryBackend();
    const { attempt, report } = await finished(backend, 'practice');
    renderPanel(backend, attempt, report);

    expect(screen.getByText(/CLE certificates are issued for passed assessments\. This attempt was practice\./)).toBeVisible();
    expect(screen.queryByRole('button', { name: /certificate/i })).toBeNull();
  });

  test('a failed assessment offers no certificate', async () => {
    const backend = new InMemoryBackend();
    const { attempt, report } = await finished(backend, 'assess', 2);
    expect(report.passed).toBe(false);
    renderPanel(backend, attempt, report);

    expect(screen.getByText(/CLE certificates are issued for passed assessments\. Reach the pass mark \(80\) in an assessment to earn one\./)).toBeVisible();
    expect(screen.queryByRole('button', { name: /certificate/i })).toBeNull();
  });
});
