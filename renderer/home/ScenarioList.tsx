import { useEffect, useId } from 'react';
import { Link } from 'react-router';
import type { ScenarioSummary } from '../../shared/api/contract';
import { sourceTitle } from '../../shared/model/sources';
import { useDocumentTitle } from '../app/use-document-title';
import { useTrainer } from '../state/TrainerProvider';
import { CatalogNotices } from './CatalogNotices';

/** `#/`: every scenario, with a Practice and an Assess link each. */
export function ScenarioList() {
  const catalog = useTrainer((state) => state.catalog);
  const loadCatalog = useTrainer((state) => state.loadCatalog);
  useDocumentTitle('Scenarios');

  useEffect(() => {
    void loadCatalog();
  }, [loadCatalog]);

  return (
    <div className="home">
      <h1>Scenarios</h1>
      <p className="lead">
        Pick a scenario. <strong>Practice</strong> gives hints and feedback as you go; <strong>Assess</strong> scores you with
        no help, as a real filing would; <strong>Watch</strong> shows the steps one by one, for a class or a projector.
      </p>
      {catalog.info ? <CatalogNotices info={catalog.info} /> : null}
      {catalog.status === 'failed' ? (
        <div className="banner banner--error" role="alert">
          <p>{catalog.error}</p>
          <button type="button" className="button" onClick={() => void loadCatalog()}>
            Try again
          </button>
        </div>
      ) : null}
      {catalog.status === 'loading' && catalog.scenarios.length === 0 ? <p role="status">Loading scenarios…</p> : null}
      {catalog.status === 'ready' && catalog.scenarios.length === 0 ? <p>No scenarios are installed.</p> : null}
      <ul className="scenario-list">
        {catalog.scenarios.map((scenario) => (
          <li key={scenario.id}>
            <ScenarioCard scenario={scenario} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ScenarioCard({ scenario }: { scenario: ScenarioSummary }) {
  const titleId = useId();
  const play = (mode: 'practice' | 'assess' | 'watch') => `/play/${encodeURIComponent(scenario.id)}?mode=${mode}`;
  return (
    <article className="scenario-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{scenario.title}</h2>
      <p>{scenario.summary}</p>
      {scenario.seeds.length > 0 ? (
        <div className="scenario-card__seeds">
          <p>Based on:</p>
          <ul>
            {scenario.seeds.map((seed) => (
              <li key={seed}>{sourceTitle(seed)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="scenario-card__actions">
        <Link className="button button--primary" to={play('practice')} aria-describedby={titleId}>
          Practice
        </Link>
        <Link className="button" to={play('assess')} aria-describedby={titleId}>
          Assess
        </Link>
        <Link className="button" to={play('watch')} aria-describedby={titleId}>
          Watch
        </Link>
      </div>
    </article>
  );
}
