import type { AttemptReport } from '../../shared/api/contract';

/** Each mistake: what the system said, the rule it broke, what to do instead, and where the rule is written. */
export function MistakeList({ mistakes }: { mistakes: AttemptReport['mistakes'] }) {
  return (
    <section className="results__section" aria-labelledby="results-mistakes">
      <h2 id="results-mistakes">Mistakes</h2>
      {mistakes.length === 0 ? (
        <p>No mistakes. Well done.</p>
      ) : (
        <ol className="mistakes">
          {mistakes.map((mistake, index) => (
            <li key={`${mistake.at}-${index}`} className="mistakes__item">
              <article aria-labelledby={`mistake-${index}`}>
                <h3 id={`mistake-${index}`}>
                  {mistake.title}
                  <span className="mistakes__penalty"> (−{mistake.penalty} points)</span>
                </h3>
                <dl>
                  {mistake.message ? (
                    <div>
                      <dt>The system said</dt>
                      <dd>{mistake.message}</dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>The rule</dt>
                    <dd>{mistake.rule}</dd>
                  </div>
                  <div>
                    <dt>What to do instead</dt>
                    <dd>{mistake.remedy}</dd>
                  </div>
                  <div>
                    <dt>Source</dt>
                    <dd>{mistake.source}</dd>
                  </div>
                </dl>
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
