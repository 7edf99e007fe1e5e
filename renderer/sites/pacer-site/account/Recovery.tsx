import { passwordPersonalParts, TODAYS_PASSWORD_GUIDELINE, todaysRulesApply } from '../../../../shared/model/pacer/password-policy';
import { passwordLengthRule } from '../../../../shared/model/pacer/account/passwords';
import { loginFormUrl } from '../../../../shared/model/pacer/account/routes';
import { SimForm } from '../../common/SimForm';
import { SiteLink } from '../../common/SiteLink';
import type { PageOf, SiteProps } from '../../types';
import { ButtonRow, SubmitButton, TextField } from '../fields';
import { MmaFrame } from './MmaFrame';

/** Forgot Your Password? (FIDELITY 1.3): the e-mail address and one more thing the account holder knows; a reset link is e-mailed. */
export function ForgotPassword({ world, dispatch }: SiteProps<PageOf<'mma-forgot-password'>>) {
  return (
    <MmaFrame world={world} dispatch={dispatch} title="Forgot Your Password?">
      <section className="pacer-site__panel mma-narrow">
        <p id="forgot-password-intro">
          Enter the email address on your PACER account and one of your Username, Account Number or Date of Birth. We will email you a link to
          reset your password.
        </p>
        <SimForm form="pacer/account/forgot-password" salt={world.salt} dispatch={dispatch} aria-labelledby="forgot-password-intro">
          <TextField label="Email" name="email" type="email" required maxLength={100} />
          <TextField label="Username" name="username" maxLength={64} />
          <TextField label="Account Number" name="accountNumber" maxLength={10} inputMode="numeric" />
          <TextField label="Date of Birth" name="dateOfBirth" maxLength={10} hint="MM/DD/YYYY" />
          <ButtonRow>
            <SubmitButton value="submit" primary>
              Submit
            </SubmitButton>
          </ButtonRow>
        </SimForm>
        <p>
          <SiteLink address={loginFormUrl()} dispatch={dispatch}>
            Return to Login
          </SiteLink>
        </p>
      </section>
    </MmaFrame>
  );
}

/** Forgot Username? (FIDELITY 1.3): the e-mail address and the account number or date of birth; the username is e-mailed. */
export function ForgotUsername({ world, dispatch }: SiteProps<PageOf<'mma-forgot-username'>>) {
  return (
    <MmaFrame world={world} dispatch={dispatch} title="Forgot Username?">
      <section className="pacer-site__panel mma-narrow">
        <p id="forgot-username-intro">Enter the email address on your PACER account and your Account Number or Date of Birth. We will email you your username.</p>
        <SimForm form="pacer/account/forgot-username" salt={world.salt} dispatch={dispatch} aria-labelledby="forgot-username-intro">
          <TextField label="Email" name="email" type="email" required maxLength={100} />
          <TextField label="Account Number" name="accountNumber" maxLength={10} inputMode="numeric" />
          <TextField label="Date of Birth" name="dateOfBirth" maxLength={10} hint="MM/DD/YYYY" />
          <ButtonRow>
            <SubmitButton value="submit" primary>
              Submit
            </SubmitButton>
          </ButtonRow>
        </SimForm>
        <p>
          <SiteLink address={loginFormUrl()} dispatch={dispatch}>
            Return to Login
          </SiteLink>
        </p>
      </section>
    </MmaFrame>
  );
}

/** The page the e-mailed "Reset PACER Password" link opens. */
export function ResetPassword({ world, page, dispatch }: SiteProps<PageOf<'mma-reset-password'>>) {
  const { min, max } = passwordLengthRule(world);
  return (
    <MmaFrame world={world} dispatch={dispatch} title="Reset PACER Password">
      <section className="pacer-site__panel mma-narrow">
        {page.valid ? (
          <SimForm
            form="pacer/account/reset-password"
            salt={world.salt}
            dispatch={dispatch}
            aria-label="Reset PACER Password"
            personalParts={passwordPersonalParts(world, 'pacer/account/reset-password')}
          >
            <input type="hidden" name="token" value={page.token} />
            <TextField
              label="New Password"
              name="newPassword"
              type="password"
              required
              maxLength={256}
              hint={todaysRulesApply(world) ? TODAYS_PASSWORD_GUIDELINE : `${min} to ${max} characters. Use upper- and lower-case letters, numbers and special characters.`}
            />
            <TextField label="Confirm Password" name="confirmPassword" type="password" required maxLength={256} />
            <ButtonRow>
              <SubmitButton value="submit" primary>
                Submit
              </SubmitButton>
            </ButtonRow>
          </SimForm>
        ) : (
          <p role="alert">This password reset link is not valid or has already been used. Use Forgot Your Password? to get a new one.</p>
        )}
        <p>
          <SiteLink address={loginFormUrl()} dispatch={dispatch}>
            Return to Login
          </SiteLink>
        </p>
      </section>
    </MmaFrame>
  );
}
