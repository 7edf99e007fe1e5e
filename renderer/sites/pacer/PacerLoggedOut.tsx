import type { PageOf, SiteProps } from '../types';
import { PacerLayout } from './PacerLayout';

/** Central sign-on after Log Out. */
export function PacerLoggedOut(_props: SiteProps<PageOf<'pacer-logged-out'>>) {
  return (
    <PacerLayout>
      <div className="site-pacer-card">
        <h1>Logged Out</h1>
        <p>You have been logged out.</p>
        <p>To log in again, open a court’s filing system from the court’s website.</p>
      </div>
    </PacerLayout>
  );
}
