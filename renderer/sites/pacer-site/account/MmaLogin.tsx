import { loginFormUrl, MMA_PATHS, mmaUrl } from '../../../../shared/model/pacer/account/routes';
import { SimForm } from '../../common/SimForm';
import { SiteLink } from '../../common/SiteLink';
import type { PageOf, SiteProps } from '../../types';
import { ButtonRow, SubmitButton, TextField } from '../fields';
import { MmaFrame } from './MmaFrame';

/** Log in to Manage My Account (FIDELITY 1.3): Username, Password, Login, and the two Forgot links. */
export function MmaLogin({ world, page, dispatch }: SiteProps<PageOf<'mma-login'>>) {
  if (!page.form) {
    return (
      <MmaFrame world={world} dispatch={dispatch} title="Manage My Account Login">
        <section className="pacer-site__panel">
          <p>
            In Manage My Account you can upgrade a legacy PACER account, update your personal and address information, manage stored payment
            information, view your usage and invoices, request e-filing privileges in NextGen courts, and administer a PACER Administrative Account.
          </p>
          <p>
            <SiteLink address={loginFormUrl()} dispatch={dispatch} className="mma-big-link">
              Log in to Manage My Account
            </SiteLink>
          </p>
        </section>
      </MmaFrame>
    );
  }
  return (
    <MmaFrame world={world} dispatch={dispatch} title="Log in to Manage My Account">
      <section className="pacer-site__panel mma-narrow">
        <SimForm form="pacer/account/login" salt={world.salt} dispatch={dispatch} aria-label="Log in to Manage My Account">
          <TextField label="Username" name="username" required maxLength={256} />
          <TextField label="Password" name="password" type="password" required maxLength={256} />
          <ButtonRow>
            <SubmitButton value="login" primary>
              Login
            </SubmitButton>
          </ButtonRow>
        </SimForm>
        <p className="mma-forgot">
          <SiteLink address={mmaUrl(MMA_PATHS.forgotPassword)} dispatch={dispatch}>
            Forgot Your Password?
          </SiteLink>
          <SiteLink address={mmaUrl(MMA_PATHS.forgotUsername)} dispatch={dispatch}>
            Forgot Username?
          </SiteLink>
        </p>
        <p className="site-practice-note">
          Training simulator: use the practice credentials from your briefing. Never type a real PACER password here.
        </p>
      </section>
    </MmaFrame>
  );
}
