import { useState } from 'react';
import { useTrainer } from '../state/TrainerProvider';
import { downloadFile } from './download';
import type { ExportKind } from './records-slice';

type ExportState = { kind: 'idle' } | { kind: 'exporting'; what: ExportKind } | { kind: 'saved'; fileName: string } | { kind: 'failed'; message: string };

const LABELS: Record<ExportKind, string> = {
  csv: 'Export results (CSV)',
  xapi: 'Export xAPI statements (JSON)',
};

/** On the history screen: a trainee's results (null: the guest's) as CSV for a spreadsheet, or xAPI for an LMS. */
export function ExportPanel({ traineeId }: { traineeId: string | null }) {
  const exportRecords = useTrainer((state) => state.exportRecords);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  async function run(what: ExportKind) {
    setState({ kind: 'exporting', what });
    const file = await exportRecords(what, traineeId);
    if (!file.ok) {
      setState({ kind: 'failed', message: `The export did not work: ${file.error}` });
      return;
    }
    downloadFile(file.value.fileName, file.value.mediaType, file.value.content);
    setState({ kind: 'saved', fileName: file.value.fileName });
  }

  return (
    <section className="panel export-panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p>CSV opens in a spreadsheet (one row per attempt); xAPI statements go to an LMS or learning record store.</p>
      <div className="button-row">
        {(Object.keys(LABELS) as ExportKind[]).map((what) => (
          <button key={what} type="button" className="button" onClick={() => void run(what)} disabled={state.kind === 'exporting'}>
            {LABELS[what]}
          </button>
        ))}
      </div>
      <div role="status">{state.kind === 'saved' ? <p>Saved as {state.fileName}.</p> : state.kind === 'exporting' ? <p>Exporting…</p> : null}</div>
      {state.kind === 'failed' && (
        <p className="banner banner--error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
