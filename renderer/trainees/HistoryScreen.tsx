import { useEffect } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title';
import { CoursesPanel } from '../certificates/CoursesPanel';
import { ExportPanel } from '../records/ExportPanel';
import { traineeName } from '../state/trainee-slice';
import { useTrainer } from '../state/TrainerProvider';
import { AttemptTable } from './AttemptTable';
import { ProgressSummary } from './ProgressSummary';
import './trainees.css';

/** `#/history`: the attempts of the trainee in use, their best scores and progress across the catalog. */
export function HistoryScreen() {
  const trainees = useTrainer((state) => state.trainees);
  const shown = useTrainer((state) => state.traineeHistory);
  const loadTrainees = useTrainer((state) => state.loadTrainees);
  const loadHistory = useTrainer((state) => state.loadHistory);
  const abandonAttempt = useTrainer((state) => state.abandonAttempt);
  const known = trainees.status === 'ready' || trainees.status === 'failed';
  const traineeId = trainees.currentId;
  const name = traineeName(trainees.profiles, traineeId);
  useDocumentTitle(`History — ${name}`);

  useEffect(() => {
    void loadTrainees();
  }, [loadTrainees]);

  // Whose history: the trainee in use, once it is known; a switch shows the new one's.
  useEffect(() => {
    if (known) void loadHistory(traineeId);
  }, [known, traineeId, loadHistory]);

  const history = shown.traineeId === traineeId ? shown.history : null;

  return (
    <div className="history">
      <h1>History — {name}</h1>
      {shown.status === 'failed' && shown.traineeId === traineeId ? (
        <div className="banner banner--error" role="alert">
          <p>{shown.error}</p>
          <button type="button" className="button" onClick={() => void loadHistory(traineeId)}>
            Try again
          </button>
        </div>
      ) : null}
      {!history && shown.status !== 'failed' ? <p role="status">Loading the history…</p> : null}
      {history ? (
        <>
          <ProgressSummary history={history} />
          <section className="history__attempts" aria-labelledby="attempts-heading">
            <h2 id="attempts-heading">Attempts</h2>
            {history.attempts.length === 0 ? (
              <p>
                No attempts yet. <Link to="/">Pick a scenario</Link> to practise or take an assessment.
              </p>
            ) : (
              <AttemptTable attempts={history.attempts} onAbandon={abandonAttempt} />
            )}
          </section>
          <CoursesPanel traineeId={traineeId} />
        </>
      ) : null}
      {/* Exports name the trainee: offered once it is known whose history this is, never the guest's by accident. */}
      {known ? <ExportPanel traineeId={traineeId} /> : null}
    </div>
  );
}
