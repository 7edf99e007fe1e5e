import { useId } from 'react';
import { COURT_SIDE_FIELDS, COURT_SIDE_FORMS } from '../../../shared/model/cmecf/court-part';
import { signedInAccount } from '../../../shared/model/world';
import { SimForm } from '../common/SimForm';
import type { PageOf, SiteProps } from '../types';
import { APPELLATE_LINK_TITLE } from './link-text';

/**
 * The appellate link screen (seed 004; FIDELITY 1.11): the appellate filer
 * username and password, then Submit. There is no confirmation screen, so
 * the page says whose PACER account is signed in, and gives the appellate
 * courts' own advice for a link that fails.
 */
export function AppellateLink({ world, dispatch }: SiteProps<PageOf<'cmecf-appellate-link'>>) {
  const ids = useId();
  const pacer = signedInAccount(world);
  return (
    <div className="site-cmecf-link">
      <h1 id={`${ids}-title`}>{APPELLATE_LINK_TITLE}</h1>
      {pacer ? (
        <p>
          You are logged in to PACER as <strong>{pacer.name}</strong> ({pacer.username}). The filer account you enter below
          will be linked to this PACER account.
        </p>
      ) : null}
      <p>Enter the appellate CM/ECF filer username and password you used before NextGen, then click Submit.</p>
      <SimForm form={COURT_SIDE_FORMS.appellateLink} salt={world.salt} dispatch={dispatch} className="site-cmecf-form" aria-labelledby={`${ids}-title`}>
        <div className="site-cmecf-field">
          <label htmlFor={`${ids}-login`}>Filer username</label>
          <input id={`${ids}-login`} name={COURT_SIDE_FIELDS.login} type="text" autoComplete="off" spellCheck={false} maxLength={256} />
        </div>
        <div className="site-cmecf-field">
          <label htmlFor={`${ids}-password`}>Filer password</label>
          <input id={`${ids}-password`} name={COURT_SIDE_FIELDS.password} type="password" autoComplete="off" maxLength={256} />
        </div>
        <div className="site-cmecf-buttons">
          <button type="submit" name="button" value="submit">
            Submit
          </button>
          <button type="reset">Clear</button>
        </div>
      </SimForm>
      <section className="site-cmecf-advice" aria-labelledby={`${ids}-advice`}>
        <h2 id={`${ids}-advice`}>If the link fails</h2>
        <ul>
          <li>Retype your filer username in all lowercase letters.</li>
          <li>If you do not remember your filer password, reset your legacy appellate filer password through PACER.</li>
          <li>
            Make sure you are logged in to PACER as yourself: log out of PACER completely, close the browser, and start
            again from the court’s CM/ECF Login.
          </li>
          <li>Still failing? Call the PACER Service Center at (800) 676-6856.</li>
        </ul>
      </section>
      <p className="site-practice-note">
        Training simulator: use the practice credentials from your briefing. Never type a real password here.
      </p>
    </div>
  );
}
