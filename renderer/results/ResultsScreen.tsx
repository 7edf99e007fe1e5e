import { useEffect, useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title';
import { CertificatePanel } from '../certificates/CertificatePanel';
import { useTrainer } from '../state/TrainerProvider';
import { MistakeList } from './MistakeList';
import { ObjectiveList } from './ObjectiveList';
import { attemptTimeline, formatDuration, timeTaken } from './timeline';
import './results.css';

/** `#/results/:attemptId`: the backend's score for a finished attempt, and what to learn from it. */
export function ResultsScreen() {
  const { attemptId = '' } = useParams();
  const results = useTrainer((state) => state.results);
  const loadResults = useTrainer((state) => state.loadResults);
  const navigate = useNavigate();
  useDocumentTitle(results.scenarioTitle ? `Results: ${results.scenarioTitle}` : 'Results');

  useEffect(() => {
    if (attemptId) void loadResults(attemptId);
  }, [attemptId, loadResults]);

  const { scenario, events } = results;
  const timeline = useMemo(() => (scenario && events ? attemptTimeline(scenario, events) : null), [scenario, events]);

  if (results.attemptId !== attemptId || results.status === 'loading' || results.status === 'idle') {
    return (
      <p className="loading" role="status">
        Loading results…
      </p>
    );
  }
  if (results.status === 'failed' || !results.attempt) {
    return (
      <section className="panel message-panel" role="alert">
        <h1>Results not available</h1>
        <p>{results.error}</p>
        <p>
          <Link className="button" to="/">
            Back to scenarios
          </Link>
        </p>
      </section>
    );
  }

  const { attempt, report } = results;
  const playAgain = `/play/${encodeURIComponent(attempt.scenarioId)}?mode=${attempt.mode === 'assess' ? 'assess' : 'practice'}`;
  const actions = (
    <div className="button-row">
      <button type="button" className="button button--primary" onClick={() => navigate(playAgain)}>
        Try again
      </button>
      <Link className="button" to={`/results/${encodeURIComponent(attempt.id)}/replay`}>
        Step through this attempt
      </Link>
      <Link className="button" to="/">
        Back to scenarios
      </Link>
    </div>
  );

  if (!report) {
    return (
      <section className="panel message-panel">
        <h1>{results.scenarioTitle}</h1>
        <p>This attempt is not finished yet, so it has no score.</p>
        <div className="button-row">
          <Link className="button button--primary" to={playAgain}>
            Continue the attempt
          </Link>
          <Link className="button" to="/">
            Back to scenarios
          </Link>
        </div>
      </section>
    );
  }

  const taken = timeTaken(events, report.timeTakenSeconds);
  return (
    <div className="results">
      <h1>Results: {results.scenarioTitle}</h1>
      <p className="results__mode">
        {attempt.mode === 'assess' ? 'Assessment' : 'Practice'}
        {attempt.finishedAt ? ` · finished ${new Date(attempt.finishedAt).toLocaleString()}` : ''}
      </p>
      <section className={report.passed ? 'score-card score-card--passed' : 'score-card score-card--failed'} aria-label="Score">
        <p className="score-card__score">
          <span className="score-card__number">{report.score}</span> / 100
        </p>
        <p className="score-card__verdict">
          {report.passed ? 'Passed' : 'Not passed'} <span className="score-card__mark">(pass mark {report.passMark})</span>
        </p>
        <dl className="score-card__details">
          <div>
            <dt>Objectives</dt>
            <dd>{report.earned} points earned</dd>
          </div>
          <div>
            <dt>Mistakes</dt>
            <dd>{report.penalties > 0 ? `−${report.penalties} points` : 'none'}</dd>
          </div>
          <div>
            <dt>Hints used</dt>
            <dd>
              {report.hintsUsed}
              {report.hintsUsed > 0 ? ` (−${report.hintCost} points)` : ''}
            </dd>
          </div>
          <div>
            <dt>Time taken</dt>
            <dd>
              {taken === null ? 'not recorded' : formatDuration(taken)}
              {report.overtimePenalty ? ` (−${report.overtimePenalty} points over the time allowance)` : ''}
            </dd>
          </div>
        </dl>
      </section>
      {actions}
      <CertificatePanel attempt={attempt} report={report} />
      <ObjectiveList objectives={report.objectives} />
      {results.error ? (
        <p className="results__notice" role="status">
          {results.error}
        </p>
      ) : null}
      <MistakeList mistakes={report.mistakes} timeline={timeline} attemptId={attempt.id} />
      {actions}
    </div>
  );
}
