import { Suspense, type MouseEvent } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { TraineeSwitch } from '../trainees/TraineeSwitch';
import { ScreenLoading } from './ScreenLoading';

export const MARKER = 'Training simulator \u2014 not the real PACER/CM/ECF';

const SECTIONS = [
  { to: '/', label: 'Scenarios' },
  { to: '/history', label: 'History' },
  { to: '/trainees', label: 'Trainees' },
  { to: '/verify', label: 'Verify certificate' },
  { to: '/settings', label: 'Settings' },
] as const;

/**
 * The frame of every route: the training marker, the credentials warning,
 * whose attempts are being recorded (switchable on a shared lab machine),
 * the main navigation, and the main landmark.
 */
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
        <TraineeSwitch />
      </header>
      <nav className="app-nav" aria-label="Main">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} end className="app-nav__link">
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<ScreenLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/** With a hash router, "#main" would be read as a route: move focus by hand instead. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
