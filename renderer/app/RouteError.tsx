import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { MARKER } from './AppShell';

/** Shown when a screen fails to render: the marker stays, and there is a way back. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const detail = error instanceof Error ? error.message : null;
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__brand">
          <span className="app-title">NextGen Trainer</span>
          <p className="training-marker">{MARKER}</p>
        </div>
        <p className="credentials-warning">Never type your real PACER or CM/ECF credentials here.</p>
      </header>
      <main id="main" className="app-main">
        <section className="panel message-panel" role="alert">
          <h1>{notFound ? 'Page not found' : 'This screen could not be shown'}</h1>
          {detail ? <p>{detail}</p> : null}
          <p>
            <Link className="button" to="/">
              Back to scenarios
            </Link>
          </p>
        </section>
      </main>
    </div>
  );
}
