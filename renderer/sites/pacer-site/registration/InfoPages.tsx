import { PACER_ENTRY } from '../../../../shared/model/pacer/hosts';
import { registrationFormUrl, registrationTypeUrl } from '../../../../shared/model/pacer/registration/pages';
import type { RegistrationType } from '../../../../shared/model/pacer/registration/state';
import { SiteLink } from '../../common/SiteLink';
import type { PageOf, SiteProps } from '../../types';
import { PacerSiteLayout } from '../PacerSiteLayout';
import './registration.css';

/** The four choices of Register for an Account, as the PACER site names them (FIDELITY 1.1). */
export const REGISTRATION_CHOICES: { type: RegistrationType; label: string; summary: string }[] = [
  {
    type: 'case-search',
    label: 'PACER – Case Search Only',
    summary: 'Search for and view case information and documents in federal courts. This is the account every e-filer needs first.',
  },
  {
    type: 'attorney-filers',
    label: 'Attorney Filers',
    summary: 'Attorneys who want to file electronically (CM/ECF), apply for admission to practice, or register for e-filing in a court.',
  },
  {
    type: 'non-attorney-filers',
    label: 'Non-Attorney Filers',
    summary: 'Filing agents, creditors, trustees, parties and others who are not attorneys and need to file electronically.',
  },
  {
    type: 'administrative',
    label: 'PACER Administrative Account',
    summary: 'For firms and agencies: manage your individual PACER accounts and receive one bill for PACER access fees.',
  },
];

export function PacerHome({ world, dispatch }: SiteProps<PageOf<'pacer-home'>>) {
  return (
    <PacerSiteLayout world={world} dispatch={dispatch} section="home">
      <h1>Welcome to PACER</h1>
      <section className="pacer-site__panel" aria-labelledby="pacer-home-about">
        <h2 id="pacer-home-about">Public Access to Court Electronic Records</h2>
        <p>
          PACER gives the public access to case and docket information from federal appellate, district and bankruptcy courts. Your
          PACER account is also your login for filing in every court that has moved to NextGen CM/ECF.
        </p>
        <p>New users: choose Register for an Account at the top of this page. Existing users: choose Manage My Account.</p>
      </section>
      <section className="pacer-site__panel" aria-labelledby="pacer-home-nextgen">
        <h2 id="pacer-home-nextgen">Get Ready for NextGen CM/ECF</h2>
        <ul>
          <li>Every e-filer needs an individual PACER account. Shared PACER accounts cannot be used to file in a NextGen court.</li>
          <li>
            Accounts created before August 11, 2014 are legacy accounts: log in to Manage My Account, check the Account Type, and
            upgrade if it says Legacy.
          </li>
          <li>
            In a NextGen court you file with your upgraded PACER username and password; a CurrentGen court still uses the login it
            issued you.
          </li>
        </ul>
        <p>
          <SiteLink address={PACER_ENTRY.cmecfLookup} dispatch={dispatch}>
            Find out whether your court is on NextGen CM/ECF
          </SiteLink>
        </p>
      </section>
      <section className="pacer-site__panel" aria-labelledby="pacer-home-contact">
        <h2 id="pacer-home-contact">PACER Service Center</h2>
        <p>Questions about your account: (800) 676-6856, Monday through Friday, 8 a.m. to 6 p.m. Central Time, or pacer@psc.uscourts.gov.</p>
      </section>
    </PacerSiteLayout>
  );
}

export function RegisterOptions({ world, dispatch }: SiteProps<PageOf<'pacer-register-options'>>) {
  return (
    <PacerSiteLayout world={world} dispatch={dispatch} section="register">
      <h1>Register for an Account</h1>
      <p>Select the type of account you need. There is no registration fee.</p>
      <ul className="psc-choices">
        {REGISTRATION_CHOICES.map((choice) => (
          <li key={choice.type}>
            <h2>
              <SiteLink address={registrationTypeUrl(choice.type)} dispatch={dispatch}>
                {choice.label}
              </SiteLink>
            </h2>
            <p>{choice.summary}</p>
          </li>
        ))}
      </ul>
      <section className="pacer-site__panel" aria-labelledby="register-unsure" style={{ marginTop: '1rem' }}>
        <h2 id="register-unsure">Not sure which account you need?</h2>
        <p>
          If you will file documents, you still start with your own individual PACER account: attorneys choose Attorney Filers,
          filing agents and other non-attorneys choose Non-Attorney Filers. Use one account per person; do not register a second
          account if you already have one.
        </p>
      </section>
    </PacerSiteLayout>
  );
}

function TypeDescription({ type, dispatch }: { type: RegistrationType; dispatch: SiteProps['dispatch'] }) {
  switch (type) {
    case 'case-search':
      return (
        <>
          <p>
            A PACER – Case Search Only account lets you search for and view case information in all federal courts. Fees are $0.10
            per page, capped at $3.00 per document; if your usage is $30 or less in a quarter, the fees are waived.
          </p>
          <p>
            This account is for viewing, not e-filing. To file, register for the account first, then request e-filing privileges for
            each court in Manage My Account.
          </p>
        </>
      );
    case 'attorney-filers':
      return (
        <>
          <p>
            <strong>If the court is a NextGen CM/ECF court:</strong> register for a PACER account first, then log in to Manage My
            Account and apply for attorney admissions and/or e-filing privileges (Maintenance tab) for the court you choose. The court
            reviews and approves your request.
          </p>
          <p>
            <strong>If the court is still on CurrentGen CM/ECF:</strong> register for e-filing with the court directly; the court
            issues its own CM/ECF login.
          </p>
          <p>
            <SiteLink address={PACER_ENTRY.cmecfLookup} dispatch={dispatch}>
              Check your court in the Court CM/ECF Lookup
            </SiteLink>
          </p>
        </>
      );
    case 'non-attorney-filers':
      return (
        <>
          <p>
            For filers who are not attorneys: filing agents who file for attorneys or trustees, creditors, trustees, parties and
            others. Filing agents must have their own PACER account and must register under Non-Attorney E-File Registration.
          </p>
          <p>
            Register for a PACER account, then log in to Manage My Account and submit a Non-Attorney E-File Registration for the
            court, choosing your Role in Court (for example, Filing Agent).
          </p>
        </>
      );
    case 'administrative':
      return (
        <>
          <p>
            A PACER Administrative Account (PAA) lets a firm or agency manage its members&apos; individual PACER accounts and receive one
            invoice for their PACER access fees. One person in the office acts as the administrator.
          </p>
          <p>
            <strong>A PAA cannot be used to search for cases or to e-file.</strong> Each attorney still needs an individual PACER
            account. A card stored in a PAA pays PACER access fees only, not filing fees, admission fees or annual dues.
          </p>
        </>
      );
  }
}

export function RegisterTypePage({ world, page, dispatch }: SiteProps<PageOf<'pacer-register-type'>>) {
  const choice = REGISTRATION_CHOICES.find((candidate) => candidate.type === page.registrationType) ?? REGISTRATION_CHOICES[0]!;
  return (
    <PacerSiteLayout world={world} dispatch={dispatch} section="register">
      <h1>{choice.label}</h1>
      <div className="pacer-site__panel">
        <TypeDescription type={choice.type} dispatch={dispatch} />
        <p>
          <SiteLink address={registrationFormUrl(choice.type)} dispatch={dispatch} className="psc-button-link">
            Register for a PACER Account
          </SiteLink>
        </p>
      </div>
      <p>
        <SiteLink address={PACER_ENTRY.register} dispatch={dispatch}>
          Back to all account types
        </SiteLink>
      </p>
    </PacerSiteLayout>
  );
}
