import { signedInAccount } from '../../../shared/model/world';
import type { PageOf, SiteProps } from '../types';
import { PacerLayout } from './PacerLayout';

/** Central sign-on after login when no court's filing system was asked for. */
export function PacerSignedIn({ world }: SiteProps<PageOf<'pacer-signed-in'>>) {
  const account = signedInAccount(world);
  return (
    <PacerLayout>
      <div className="site-pacer-card">
        <h1>Logged In</h1>
        <p>{account ? `You are logged in to PACER as ${account.name}.` : 'You are logged in to PACER.'}</p>
        <p>
          To file documents, open the filing system of the court you want to file in, from the court’s website. Your
          PACER login carries over to every NextGen court.
        </p>
      </div>
    </PacerLayout>
  );
}
