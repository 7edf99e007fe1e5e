import type { MouseEvent } from 'react';
import { Link, Outlet } from 'react-router';

export const MARKER = 'Training simulator \u2014 not the real PACER/CM/ECF';

/** The frame of every route: the training marker, the credentials warning, and the main landmark. */
export function AppShell() {
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <Link to="/" className="app-title">
            NextGen Trainer
          </Link>
          <p className="training-marker">{MARKER}</p>
        </div>
        <p className="credentials-warning">Never type your real PACER or CM/ECF credentials here.</p>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

/** With a hash router, "#main" would be read as a route: move focus by hand instead. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
