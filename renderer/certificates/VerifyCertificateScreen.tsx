import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useDocumentTitle } from '../app/use-document-title';
import type { Verification } from '../records/records-slice';
import { useTrainer } from '../state/TrainerProvider';
import './certificates.css';

type VerifyState = { kind: 'idle' } | { kind: 'checking' } | { kind: 'answered'; code: string; answer: Verification } | { kind: 'failed'; message: string };

const formatDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });

/** `#/verify`: checks a certificate's verification code against the attempts this trainer recorded. */
export function VerifyCertificateScreen() {
  useDocumentTitle('Verify certificate');
  const verifyCertificate = useTrainer((state) => state.verifyCertificate);
  const [code, setCode] = useState('');
  const [state, setState] = useState<VerifyState>({ kind: 'idle' });
  const fieldId = useId();
  const hintId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const typed = code.trim();
    if (!typed) {
      setState({ kind: 'failed', message: 'Enter the verification code printed on the certificate.' });
      return;
    }
    setState({ kind: 'checking' });
    const result = await verifyCertificate(typed);
    setState(result.ok ? { kind: 'answered', code: typed.toUpperCase(), answer: result.value } : { kind: 'failed', message: `The code could not be checked: ${result.error}` });
  }

  return (
    <div className="verify-screen">
      <h1>Verify a certificate</h1>
      <p>Enter the verification code printed on a NextGen Trainer certificate of completion to check that it was issued by this trainer for a passed assessment or a completed course.</p>
      <form className="panel verify-form" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={fieldId}>
          Verification code
          <input
            id={fieldId}
            name="code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            placeholder="NGT-XXXX-XXXX-XXXX"
            aria-describedby={hintId}
            autoComplete="off"
            spellCheck={false}
            maxLength={64}
          />
        </label>
        <button type="submit" className="button button--primary" disabled={state.kind === 'checking'}>
          Verify
        </button>
        <p id={hintId} className="results__mode">
          For example NGT-7K3M-Q9TD-X2WP. Upper or lower case both work.
        </p>
      </form>
      <VerifyOutcome state={state} />
    </div>
  );
}

/**
 * The answer. The status region is always on the page, so a screen reader
 * hears a valid result when it arrives; a refusal is an alert.
 */
function VerifyOutcome({ state }: { state: VerifyState }) {
  const answer = state.kind === 'answered' ? state.answer : null;
  return (
    <>
      <div role="status">
        {state.kind === 'checking' && <p>Checking…</p>}
        {state.kind === 'answered' && answer?.valid && <ValidCertificate code={state.code} answer={answer} />}
      </div>
      {state.kind === 'answered' && answer && !answer.valid && (
        <section className="verify-result" role="alert" aria-labelledby="verify-heading">
          <h2 id="verify-heading">Not valid: {state.code}</h2>
          <p>{answer.reason}</p>
        </section>
      )}
      {state.kind === 'failed' && (
        <p className="banner banner--error" role="alert">
          {state.message}
        </p>
      )}
    </>
  );
}

const formatHours = (hours: number) => `${hours} CLE credit ${hours === 1 ? 'hour' : 'hours'}`;

function ValidCertificate({ code, answer }: { code: string; answer: Extract<Verification, { valid: true }> }) {
  const bar = [answer.barNumber, answer.barState].filter(Boolean).join(', ');
  const course = answer.kind === 'course';
  const titles = answer.scenarioTitles;
  const details: [string, ReactNode][] = [
    ['Trainee', answer.traineeName],
    ...(bar ? ([['Bar number and state', bar]] as [string, string][]) : []),
    ...(course && answer.courseTitle !== null ? ([['Course', answer.courseTitle]] as [string, string][]) : []),
    course
      ? [
          titles.length === 1 ? 'Scenario' : 'Scenarios',
          <ul className="verify-result__scenarios" aria-label="Scenarios of the course">
            {titles.map((title, index) => (
              <li key={index}>{title}</li>
            ))}
          </ul>,
        ]
      : ['Scenario', titles.join(', ')],
    ...(answer.creditHours !== null ? ([['Credit', formatHours(answer.creditHours)]] as [string, string][]) : []),
    [course ? 'Average score' : 'Score', `${answer.score} / 100`],
    ['Completed', formatDate(answer.finishedAt)],
    ['Provider', answer.provider],
  ];
  return (
    <section className="verify-result verify-result--valid" aria-labelledby="verify-heading">
      <h2 id="verify-heading">
        Valid {course ? 'course certificate' : 'certificate'}: {code}
      </h2>
      <dl>
        {details.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
