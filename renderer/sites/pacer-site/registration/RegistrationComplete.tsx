import { activationCodeOffered } from '../../../../shared/model/pacer/account/offers';
import { PACER_ENTRY } from '../../../../shared/model/pacer/hosts';
import { isGovernment, USER_TYPE_LABELS } from '../../../../shared/model/pacer/registration/options';
import { registrationState } from '../../../../shared/model/pacer/registration/state';
import type { CaseSearchStatus } from '../../../../shared/model/world';
import { SiteLink } from '../../common/SiteLink';
import type { PageOf, SiteProps } from '../../types';
import { REGISTRATION_TITLES, WizardFrame } from './WizardFrame';

const STATUS_LABELS: Record<CaseSearchStatus, string> = {
  active: 'Active',
  inactive: 'Inactive',
  'awaiting-activation': 'Awaiting activation code',
};

/** Seed 002, step 17: the thank-you screen, and what the new account can and cannot do yet. */
export function RegistrationComplete({ world, page, dispatch }: SiteProps<PageOf<'pacer-registration-complete'>>) {
  const account = world.pacerAccounts[page.accountNumber];
  const registration = registrationState(world).registrations.find((candidate) => candidate.accountNumber === page.accountNumber);
  if (!account || !registration) return null;
  const administrative = account.administrative === true;
  return (
    <WizardFrame world={world} dispatch={dispatch} title={REGISTRATION_TITLES[registration.type]} stage="complete" withPayment={!isGovernment(registration.details.userType)}>
      <h1>Thank you for registering with the PACER Service Center</h1>
      <p>
        <strong>{administrative ? 'Your PACER Administrative Account has been created!' : 'Your account has been created!'}</strong>
      </p>
      <dl className="psc-summary">
        <dt>Account Number</dt>
        <dd>{account.accountNumber}</dd>
        <dt>Username</dt>
        <dd>{account.username}</dd>
        <dt>Account Type</dt>
        <dd>{administrative ? 'PACER Administrative Account' : 'Upgraded PACER Account'}</dd>
        {administrative ? null : (
          <>
            <dt>User Type</dt>
            <dd>{USER_TYPE_LABELS[account.userType]}</dd>
          </>
        )}
        <dt>{administrative ? 'Account Status' : 'Case Search Status'}</dt>
        <dd>{STATUS_LABELS[account.caseSearchStatus]}</dd>
      </dl>
      {activationCodeOffered(account) ? (
        <p role="status">
          You registered without a credit card. You will receive an activation code by U.S. mail in 7-10 business days. When it
          arrives, log in to Manage My Account and enter the code; until then you cannot search for case information.{' '}
          <SiteLink address={PACER_ENTRY.activate} dispatch={dispatch}>
            Enter your activation code
          </SiteLink>
        </p>
      ) : null}
      {account.caseSearchStatus === 'inactive' ? (
        <p role="status">
          {registration.hold === 'email-alias'
            ? 'Your registration is on hold for review because its e-mail address is an alias (it contains "+").'
            : 'Your registration is on hold because it matches an existing PACER account.'}{' '}
          Its Case Search Status is Inactive. Call the PACER Service Center at (800) 676-6856.
        </p>
      ) : null}
      {administrative ? (
        <p>
          A PACER Administrative Account cannot search for cases or e-file. Use PAA Maintenance in Manage My Account to add your
          firm&apos;s individual PACER accounts to it.
        </p>
      ) : (
        <p>
          This account is just for viewing documents, not for e-filing. If you already have a CM/ECF account with a NextGen court,
          follow the court&apos;s instructions for linking your new PACER login with your CM/ECF credentials. To request e-filing
          privileges, log in to Manage My Account and use the Maintenance tab.
        </p>
      )}
      <p>
        <SiteLink address={PACER_ENTRY.manageMyAccountLogin} dispatch={dispatch}>
          Log in to Manage My Account
        </SiteLink>
      </p>
      <p>For questions, please contact PACER at 800-676-6856.</p>
    </WizardFrame>
  );
}
