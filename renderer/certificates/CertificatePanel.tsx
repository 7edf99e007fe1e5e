import { useState } from 'react';
import { Link } from 'react-router';
import type { Attempt, AttemptReport } from '../../shared/api/contract';
import { base64Bytes, downloadFile } from '../records/download';
import { useTrainer } from '../state/TrainerProvider';
import './certificates.css';

type IssueState = { kind: 'idle' } | { kind: 'issuing' } | { kind: 'issued'; code: string; fileName: string } | { kind: 'failed'; message: string };

/** On the results screen: the CLE certificate of a passed assessment, as a PDF with its verification code. */
export function CertificatePanel({ attempt, report }: { attempt: Attempt; report: AttemptReport }) {
  const issueCertificate = useTrainer((state) => state.issueCertificate);
  const [state, setState] = useState<IssueState>({ kind: 'idle' });
  const eligible = attempt.mode === 'assess' && attempt.status === 'finished' && report.passed;

  if (!eligible) {
    return (
      <section className="panel certificate-panel" aria-labelledby="certificate-heading">
        <h2 id="certificate-heading">CLE certificate</h2>
        <p>
          CLE certificates are issued for passed assessments.
          {attempt.mode === 'assess' ? ` Reach the pass mark (${report.passMark}) in an assessment to earn one.` : ' This attempt was practice.'}
        </p>
      </section>
    );
  }

  async function download() {
    setState({ kind: 'issuing' });
    const issued = await issueCertificate(attempt.id);
    if (!issued.ok) {
      setState({ kind: 'failed', message: `The certificate could not be made: ${issued.error}` });
      return;
    }
    downloadFile(issued.value.fileName, 'application/pdf', base64Bytes(issued.value.pdfBase64));
    setState({ kind: 'issued', code: issued.value.code, fileName: issued.value.fileName });
  }

  return (
    <section className="panel certificate-panel" aria-labelledby="certificate-heading">
      <h2 id="certificate-heading">CLE certificate</h2>
      <p>You passed this assessment. Download your certificate of completion for CLE credit.</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void download()} disabled={state.kind === 'issuing'}>
          Download CLE certificate (PDF)
        </button>
      </div>
      <div role="status">
        {state.kind === 'issuing' && <p>Preparing the certificate…</p>}
        {state.kind === 'issued' && (
          <p>
            Saved as {state.fileName}. Verification code: <span className="certificate-code">{state.code}</span>. Anyone can check it on the{' '}
            <Link to="/verify">Verify certificate</Link> screen.
          </p>
        )}
      </div>
      {state.kind === 'failed' && (
        <p className="banner banner--error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
