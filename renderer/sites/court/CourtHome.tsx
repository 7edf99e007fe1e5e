import type { Court } from '../../../shared/model/world';
import { Unavailable } from '../common/Unavailable';
import type { PageOf, SiteProps } from '../types';
import { CourtLayout } from './CourtLayout';
import { nextGenSentence } from './court-text';

/** The court's home page: its NextGen information (paraphrase of seed 001). */
export function CourtHome({ world, court, dispatch }: SiteProps<PageOf<'court-home'>> & { court: Court }) {
  return (
    <CourtLayout court={court} current="home" dispatch={dispatch}>
      <h1>CM/ECF NextGen Information</h1>
      <p>{nextGenSentence(court, world.clock)}</p>
      <p>
        Docketing works as before, but signing in is different. NextGen uses Central Sign-On: one PACER username and
        password opens every NextGen court (district, appellate and bankruptcy) where you file. Depending on your PACER
        account, you may need to take one or more of these steps.
      </p>
      <ol className="site-court-steps">
        <li>
          <strong>Have your own PACER account.</strong> Your PACER account becomes your login to NextGen CM/ECF, so each
          filer needs an individual account. A PACER account shared by a firm cannot be used to file.
        </li>
        <li>
          <strong>Upgrade an older account.</strong> An individual PACER account created before August 11, 2014 must be
          upgraded to work with NextGen.
        </li>
        <li>
          <strong>New to this court?</strong> An attorney who has a PACER account but never had filing privileges here
          submits a request for filing privileges through PACER.
        </li>
        <li>
          <strong>Filed here before?</strong> Link your existing CM/ECF account to your upgraded PACER account to reach
          NextGen CM/ECF.
        </li>
      </ol>

      <h2>Instructions and Training</h2>
      <ul className="site-court-links">
        <li>
          <Unavailable>Linking Your CM/ECF and Upgraded PACER Accounts</Unavailable>
        </li>
        <li>
          <Unavailable>Registering for a new PACER Account: Instructions</Unavailable>
        </li>
        <li>
          <Unavailable>Upgrade Your PACER Account</Unavailable>
        </li>
        <li>
          <Unavailable>PACER NextGen Training</Unavailable>
        </li>
      </ul>

      <h2>PACER Contact Information</h2>
      <p>PACER Service Center, phone (800) 676-6856.</p>
    </CourtLayout>
  );
}
