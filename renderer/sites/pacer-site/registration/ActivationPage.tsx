import { manageMyAccountUser } from '../../../../shared/model/pacer/registration/activation';
import { PACER_ENTRY } from '../../../../shared/model/pacer/hosts';
import { SimForm } from '../../common/SimForm';
import { SiteLink } from '../../common/SiteLink';
import type { PageOf, SiteProps } from '../../types';
import { PacerSiteLayout } from '../PacerSiteLayout';
import { ButtonRow, Fieldset, SubmitButton, TextField } from '../fields';
import './registration.css';

/**
 * Activation code entry (seed 002, step 12): where the code from the PACER
 * Service Center's letter is typed. Signed in to Manage My Account, the
 * account is known; otherwise the username and password say which it is.
 */
export function ActivationPage({ world, page, dispatch }: SiteProps<PageOf<'pacer-activation'>>) {
  const account = manageMyAccountUser(world);
  const activated = page.activatedAccount !== null ? world.pacerAccounts[page.activatedAccount] : undefined;
  if (activated) {
    return (
      <PacerSiteLayout world={world} dispatch={dispatch} section="manage">
        <h1>Your PACER Account Has Been Activated</h1>
        <div className="pacer-site__panel">
          <dl className="psc-summary">
            <dt>Account Number</dt>
            <dd>{activated.accountNumber}</dd>
            <dt>Username</dt>
            <dd>{activated.username}</dd>
            <dt>Case Search Status</dt>
            <dd>Active</dd>
          </dl>
          <p>You can now search for case information. To request e-filing privileges, log in to Manage My Account and use the Maintenance tab.</p>
          <p>
            <SiteLink address={PACER_ENTRY.manageMyAccountLogin} dispatch={dispatch}>
              Log in to Manage My Account
            </SiteLink>
          </p>
        </div>
      </PacerSiteLayout>
    );
  }
  return (
    <PacerSiteLayout world={world} dispatch={dispatch} section="manage">
      <h1>Activate Your PACER Account</h1>
      <div className="pacer-site__panel">
        <p>
          If you registered without a credit card, the PACER Service Center mailed you an activation code. Enter it below to activate
          case search for your account.
        </p>
        <SimForm form="pacer/activate" salt={world.salt} dispatch={dispatch} aria-label="Activate Your PACER Account">
          <Fieldset legend="Account">
            {account ? (
              <dl className="psc-summary">
                <dt>Account Number</dt>
                <dd>{account.accountNumber}</dd>
                <dt>Username</dt>
                <dd>{account.username}</dd>
              </dl>
            ) : (
              <div className="psc-form-grid">
                <TextField label="Username" name="username" required maxLength={64} />
                <TextField label="Password" name="password" type="password" required maxLength={64} />
              </div>
            )}
            <TextField label="Activation Code" name="activationCode" required maxLength={20} hint="As printed in the letter, e.g. ABCD-1234." />
          </Fieldset>
          <ButtonRow>
            <SubmitButton value="submit" primary>
              Submit
            </SubmitButton>
          </ButtonRow>
        </SimForm>
      </div>
    </PacerSiteLayout>
  );
}
