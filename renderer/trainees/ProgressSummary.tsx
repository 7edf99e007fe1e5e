import type { BestScore, TraineeHistory } from '../../shared/api/trainee-methods';

/** Progress across the catalog (a scenario counts once an assessment of it is passed) and the best score per scenario. */
export function ProgressSummary({ history }: { history: TraineeHistory }) {
  const { passed, total } = history.progress;
  const text = `${passed} of ${total} scenarios passed in an assessment`;
  const percent = total === 0 ? 0 : Math.round((passed / total) * 100);
  return (
    <section className="progress-summary panel" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress</h2>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label="Scenarios passed in an assessment"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={passed}
        aria-valuetext={text}
      >
        <div className="progress-bar__done" style={{ width: `${percent}%` }} />
      </div>
      <p className="progress-summary__text">{text}</p>
      {history.bestScores.length > 0 ? <BestScores scores={history.bestScores} /> : null}
    </section>
  );
}

const scoreText = (score: number | null) => (score === null ? 'Not taken' : String(score));

function BestScores({ scores }: { scores: readonly BestScore[] }) {
  return (
    <table className="history-table">
      <caption>Best score per scenario</caption>
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          <th scope="col">Best assessment</th>
          <th scope="col">Assessment passed</th>
          <th scope="col">Best practice</th>
        </tr>
      </thead>
      <tbody>
        {scores.map((best) => (
          <tr key={best.scenarioId}>
            <th scope="row">{best.scenarioTitle}</th>
            <td>{scoreText(best.bestAssessment)}</td>
            <td>{best.passedAssessment ? 'Passed' : best.bestAssessment === null ? '—' : 'Not yet'}</td>
            <td>{scoreText(best.bestPractice)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
