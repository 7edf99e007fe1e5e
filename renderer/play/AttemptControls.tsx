import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { FinishReason } from '../state/attempt-slice';
import { useTrainer } from '../state/TrainerProvider';

/**
 * Finish (prominent once every objective is met in practice; always there
 * in an assessment, which gives no feedback) and Give up, which asks first.
 */
export function AttemptControls() {
  const mode = useTrainer((state) => state.play.attempt?.mode ?? state.play.mode);
  const complete = useTrainer((state) => state.play.report?.complete ?? false);
  const busy = useTrainer((state) => state.play.status === 'finishing');
  const finish = useTrainer((state) => state.finish);
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);

  async function end(reason: FinishReason) {
    const attemptId = await finish(reason);
    if (attemptId) navigate(`/results/${encodeURIComponent(attemptId)}`);
  }

  const showFinish = mode === 'assess' || complete;
  return (
    <div className="attempt-controls">
      {showFinish ? (
        <button
          type="button"
          className={complete && mode === 'practice' ? 'button button--primary button--big' : 'button button--primary'}
          disabled={busy}
          onClick={() => void end('completed')}
        >
          Finish
        </button>
      ) : null}
      {confirming ? (
        <div className="attempt-controls__confirm" role="group" aria-label="Give up?">
          <span>End this attempt now? It is scored as it stands.</span>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void end('gave-up')}>
            End attempt
          </button>
          <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
            Keep going
          </button>
        </div>
      ) : (
        <button type="button" className="button" disabled={busy} onClick={() => setConfirming(true)}>
          Give up
        </button>
      )}
      {busy ? <span role="status">Finishing…</span> : null}
    </div>
  );
}
