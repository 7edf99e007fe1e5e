import type { AppInfo } from '../state/catalog-slice';

/** The backend's warnings: where data is kept (e.g. not saved between runs) and scenario files it could not load. */
export function CatalogNotices({ info }: { info: AppInfo }) {
  if (!info.storageNotice && info.scenarioProblems.length === 0) return null;
  return (
    <section className="banner banner--notice" role="alert" aria-labelledby="catalog-notice-heading">
      <h2 id="catalog-notice-heading">Notice</h2>
      {info.storageNotice ? <p>{info.storageNotice}</p> : null}
      {info.scenarioProblems.length > 0 ? (
        <>
          <p>Scenario files and stored scenarios that need attention:</p>
          <ul>
            {info.scenarioProblems.map((entry) => (
              <li key={entry.source}>
                <strong>{entry.source}</strong>
                <ul>
                  {entry.problems.map((problem, index) => (
                    <li key={index}>{problem}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
