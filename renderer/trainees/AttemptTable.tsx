import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { HistoryAttempt } from '../../shared/api/trainee-methods';

const MODE_NAMES: Record<HistoryAttempt['mode'], string> = { practice: 'Practice', assess: 'Assessment' };

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function resultText(attempt: HistoryAttempt): string {
  if (attempt.status === 'in-progress') return 'In progress';
  if (attempt.status === 'abandoned') return 'Abandoned';
  return attempt.passed ? 'Passed' : 'Failed';
}

interface AttemptTableProps {
  attempts: readonly HistoryAttempt[];
  /** Abandons the attempt; returns why it could not be, or null. */
  onAbandon(attemptId: string): Promise<string | null>;
}

/** Every attempt, newest first, with what can be done with it: see the results, or resume or abandon it. */
export function AttemptTable({ attempts, onAbandon }: AttemptTableProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ message: string; failed: boolean } | null>(null);

  async function abandon(attemptId: string) {
    const failure = await onAbandon(attemptId);
    setConfirming(null);
    setOutcome(failure ? { message: failure, failed: true } : { message: 'The attempt was abandoned. It can no longer be resumed.', failed: false });
  }

  return (
    <>
      <p role="status" className={outcome?.failed ? 'banner banner--error' : 'history__notice'}>
        {outcome?.message}
      </p>
      <table className="history-table">
        <caption>Every attempt, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Version</th>
            <th scope="col">Mode</th>
            <th scope="col">Date</th>
            <th scope="col">Score</th>
            <th scope="col">Result</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt) => (
            <tr key={attempt.attemptId}>
              <th scope="row">{attempt.scenarioTitle}</th>
              <td>{attempt.scenarioVersion}</td>
              <td>{MODE_NAMES[attempt.mode]}</td>
              <td>
                <time dateTime={attempt.startedAt}>{dateFormat.format(new Date(attempt.startedAt))}</time>
              </td>
              <td>{attempt.score ?? '—'}</td>
              <td>{resultText(attempt)}</td>
              <td>
                <AttemptActions
                  attempt={attempt}
                  confirming={confirming === attempt.attemptId}
                  onConfirm={() => setConfirming(attempt.attemptId)}
                  onCancel={() => setConfirming(null)}
                  onAbandon={() => void abandon(attempt.attemptId)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

interface AttemptActionsProps {
  attempt: HistoryAttempt;
  confirming: boolean;
  onConfirm(): void;
  onCancel(): void;
  onAbandon(): void;
}

function AttemptActions({ attempt, confirming, onConfirm, onCancel, onAbandon }: AttemptActionsProps) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);

  if (attempt.status === 'finished') {
    return <Link to={`/results/${encodeURIComponent(attempt.attemptId)}`}>View results</Link>;
  }
  if (attempt.status !== 'in-progress') return null;
  if (confirming) {
    return (
      <div className="attempt-actions" role="group" aria-label="Abandon this attempt?">
        <span>Abandon this attempt? It cannot be resumed afterwards.</span>
        <button type="button" className="button button--danger" onClick={onAbandon}>
          Yes, abandon
        </button>
        <button type="button" className="button button--quiet" ref={keep} onClick={onCancel}>
          Keep it
        </button>
      </div>
    );
  }
  return (
    <div className="attempt-actions">
      <Link className="button button--primary" to={`/play/${encodeURIComponent(attempt.scenarioId)}?mode=${attempt.mode}`}>
        Resume
      </Link>
      <button type="button" className="button button--danger" onClick={onConfirm}>
        Abandon
      </button>
    </div>
  );
}
