import { screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CSV_HEADER } from '../../../shared/records/attempts-csv';
import { xapiStatementsSchema } from '../../../shared/records/xapi-schema';
import { ExportPanel } from '../../../renderer/records/ExportPanel';
import { makeStore, renderWithStore, walkthroughEvents } from '../support/render-app';
import { captureDownloads } from '../support/downloads';
import { InMemoryBackend } from '../support/in-memory-backend';

const SCENARIO = 'cmecf-link-bankruptcy';

afterEach(() => vi.restoreAllMocks());

async function withFinishedAttempt() {
  const backend = new InMemoryBackend();
  const attempt = backend.seedAttempt(SCENARIO, 'assess', walkthroughEvents(backend, SCENARIO));
  await backend.call('attempts.finish', { attemptId: attempt.id, reason: 'completed' });
  return backend;
}

describe('export results', () => {
  test('CSV: downloads one row per attempt for the trainee shown (null: the guest)', async () => {
    const backend = await withFinishedAttempt();
    const downloads = captureDownloads();
    const { user } = renderWithStore(<ExportPanel traineeId={null} />, makeStore(backend).store);

    await user.click(screen.getByRole('button', { name: 'Export results (CSV)' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Saved as nextgen-trainer-results-guest-2026-03-02.csv.');
    expect(backend.callsTo('records.exportCsv')).toEqual([{ traineeId: null }]);
    expect(downloads[0]).toMatchObject({ fileName: 'nextgen-trainer-results-guest-2026-03-02.csv', type: 'text/csv;charset=utf-8' });
    const lines = (await downloads[0]!.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^Guest,,,,cmecf-link-bankruptcy,.*,assess,finished,/)]);
  });

  test('xAPI: downloads schema-valid statements for the given trainee', async () => {
    const backend = await withFinishedAttempt();
    const dana = backend.seedTrainee('Dana Whitfield');
    const hers = backend.seedAttemptFor(dana.id, SCENARIO, 'assess', walkthroughEvents(backend, SCENARIO));
    await backend.call('attempts.finish', { attemptId: hers.id, reason: 'completed' });
    const downloads = captureDownloads();
    const { user } = renderWithStore(<ExportPanel traineeId={dana.id} />, makeStore(backend).store);

    await user.click(screen.getByRole('button', { name: 'Export xAPI statements (JSON)' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Saved as nextgen-trainer-xapi-dana-whitfield-2026-03-02.json.');
    expect(backend.callsTo('records.exportXapi')).toEqual([{ traineeId: dana.id }]);
    expect(downloads[0]?.type).toBe('application/json');
    const statements = xapiStatementsSchema.parse(JSON.parse(await downloads[0]!.text()));
    expect(statements.map((statement) => statement.verb.display['en-US'])).toEqual(['passed']);
    expect(statements.map((statement) => statement.actor.name)).toEqual(['Dana Whitfield']);
  });

  test('a failed export says so and downloads nothing', async () => {
    const backend = await withFinishedAttempt();
    backend.failNext('records.exportCsv', 'There is no trainee "trainee-7".', 'not-found');
    const downloads = captureDownloads();
    const { user } = renderWithStore(<ExportPanel traineeId="trainee-7" />, makeStore(backend).store);

    await user.click(screen.getByRole('button', { name: 'Export results (CSV)' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The export did not work: There is no trainee "trainee-7".');
    expect(downloads).toEqual([]);
  });
});
