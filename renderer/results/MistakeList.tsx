import { Link } from 'react-router';
import type { AttemptReport } from '../../shared/api/contract';
import { formatMoment, type TimelineStep } from './timeline';

export interface MistakeListProps {
  mistakes: AttemptReport['mistakes'];
  /** The replayed log, to say when each mistake happened and what was done; null while it loads. */
  timeline: readonly TimelineStep[] | null;
  attemptId: string;
}

/**
 * Each mistake: when it happened, what the trainee did, what the system
 * said, what to do instead and why (the rule and where it is written).
 */
export function MistakeList({ mistakes, timeline, attemptId }: MistakeListProps) {
  return (
    <section className="results__section" aria-labelledby="results-mistakes">
      <h2 id="results-mistakes">Mistakes</h2>
      {mistakes.length === 0 ? (
        <p>No mistakes. Well done.</p>
      ) : (
        <ol className="mistakes">
          {mistakes.map((mistake, index) => {
            const step = timeline?.[mistake.at] ?? null;
            return (
              <li key={`${mistake.at}-${index}`} className="mistakes__item">
                <article aria-labelledby={`mistake-${index}`}>
                  <h3 id={`mistake-${index}`}>
                    {mistake.title}
                    <span className="mistakes__penalty"> (−{mistake.penalty} points)</span>
                  </h3>
                  <dl>
                    <div>
                      <dt>When</dt>
                      <dd>
                        {step?.elapsedSeconds != null ? `At ${formatMoment(step.elapsedSeconds)}, ` : ''}
                        {step?.elapsedSeconds != null ? 'step' : 'Step'} {mistake.at} of your attempt
                      </dd>
                    </div>
                    {step ? (
                      <div>
                        <dt>What you did</dt>
                        <dd>{step.description}</dd>
                      </div>
                    ) : null}
                    <div>
                      <dt>The system said</dt>
                      <dd>{mistake.message ?? 'Nothing: the system accepted it.'}</dd>
                    </div>
                    <div>
                      <dt>What to do instead</dt>
                      <dd>{mistake.remedy}</dd>
                    </div>
                    <div>
                      <dt>The rule</dt>
                      <dd>{mistake.rule}</dd>
                    </div>
                    <div>
                      <dt>Source</dt>
                      <dd>{mistake.source}</dd>
                    </div>
                  </dl>
                  <p className="mistakes__replay">
                    <Link to={`/results/${encodeURIComponent(attemptId)}/replay?step=${mistake.at}`}>
                      See step {mistake.at} in the replay
                    </Link>
                  </p>
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
