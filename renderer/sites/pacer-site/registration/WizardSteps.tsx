import type { ReactNode } from 'react';
import { passwordPersonalParts } from '../../../../shared/model/pacer/password-policy';
import { passwordGuideline, USERNAME_RULE } from '../../../../shared/model/pacer/registration/password-rules';
import { CARD_TYPES, isGovernment, SECURITY_QUESTIONS } from '../../../../shared/model/pacer/registration/options';
import { registrationState, type RegistrationDraft } from '../../../../shared/model/pacer/registration/state';
import type { World } from '../../../../shared/model/world';
import { SimForm } from '../../common/SimForm';
import type { PageOf, SiteProps } from '../../types';
import { ButtonRow, CheckboxField, Fieldset, SelectField, SubmitButton, TextField, toOptions } from '../fields';
import { REGISTRATION_TITLES, WizardFrame, type WizardStage } from './WizardFrame';

/** The screens between Account Information and the thank-you page (seed 002, steps 6-16). */

function Step({ world, dispatch, stage, children }: { world: World; dispatch: SiteProps['dispatch']; stage: WizardStage; children: ReactNode }) {
  const draft = registrationState(world).draft;
  return (
    <WizardFrame
      world={world}
      dispatch={dispatch}
      title={REGISTRATION_TITLES[draft?.type ?? 'case-search']}
      stage={stage}
      withPayment={!draft || !isGovernment(draft.details.userType)}
    >
      {children}
    </WizardFrame>
  );
}

function draftOf(world: World): RegistrationDraft | null {
  return registrationState(world).draft;
}

export function PossibleDuplicate({ world, dispatch }: SiteProps<PageOf<'pacer-registration-duplicate'>>) {
  return (
    <Step world={world} dispatch={dispatch} stage="account">
      <h1>An Account May Already Exist</h1>
      <p>
        The information you entered matches an existing PACER account. If you already have a PACER account, do not register a
        second one: use your existing account, or call the PACER Service Center at (800) 676-6856 for help with it.
      </p>
      <p>Select Continue only if you are sure you do not have a PACER account.</p>
      <SimForm form="pacer/register/possible-duplicate" salt={world.salt} dispatch={dispatch} aria-label="An Account May Already Exist">
        <ButtonRow>
          <SubmitButton value="cancel">
            Cancel
          </SubmitButton>
          <SubmitButton value="continue" primary>
            Continue
          </SubmitButton>
        </ButtonRow>
      </SimForm>
    </Step>
  );
}

export function ValidationTokenForm({ world, dispatch }: SiteProps<PageOf<'pacer-registration-validation'>>) {
  const draft = draftOf(world);
  return (
    <Step world={world} dispatch={dispatch} stage="validation">
      <h1>Validation Token</h1>
      <p className="psc-token-note">
        An account validation token has been sent to <strong>{draft?.details.email ?? 'your e-mail address'}</strong>. Check your
        e-mail for the security code, copy it and paste it into the Validation Token box, then click Next.
      </p>
      <SimForm form="pacer/register/validation-token" salt={world.salt} dispatch={dispatch} aria-label="Email validation">
        <TextField label="Validation Token" name="validationToken" required maxLength={20} />
        <ButtonRow>
          <SubmitButton value="next" primary>
            Next
          </SubmitButton>
          <SubmitButton value="resend">
            Resend Token
          </SubmitButton>
        </ButtonRow>
      </SimForm>
    </Step>
  );
}

export function SecurityForm({ world, dispatch }: SiteProps<PageOf<'pacer-registration-security'>>) {
  const questions = toOptions(SECURITY_QUESTIONS);
  return (
    <Step world={world} dispatch={dispatch} stage="security">
      <h1>Security Information</h1>
      <p>Create a Username and Password, and select Security Questions. Click Next when finished.</p>
      <SimForm
        form="pacer/register/security"
        salt={world.salt}
        dispatch={dispatch}
        aria-label="Security Information"
        personalParts={passwordPersonalParts(world, 'pacer/register/security')}
      >
        <Fieldset legend="Username and Password">
          <div className="psc-form-grid">
            <TextField label="Username" name="username" required maxLength={20} hint={USERNAME_RULE} />
            <TextField label="Password" name="password" type="password" required maxLength={45} hint={passwordGuideline(world.era ?? '2018-2022')} />
            <TextField label="Confirm Password" name="confirmPassword" type="password" required maxLength={45} />
          </div>
        </Fieldset>
        <Fieldset legend="Security Questions">
          <div className="psc-form-grid">
            <SelectField label="Security Question 1" name="securityQuestion1" required placeholder="Select a question" options={questions} />
            <TextField label="Answer 1" name="securityAnswer1" required maxLength={60} />
            <SelectField label="Security Question 2" name="securityQuestion2" required placeholder="Select a question" options={questions} />
            <TextField label="Answer 2" name="securityAnswer2" required maxLength={60} />
          </div>
        </Fieldset>
        <p className="site-practice-note">Training simulator: make up a practice password. Never type a real password here.</p>
        <ButtonRow>
          <SubmitButton value="next" primary>
            Next
          </SubmitButton>
        </ButtonRow>
      </SimForm>
    </Step>
  );
}

function expirationYears(world: World): string[] {
  const year = Number(world.clock.slice(0, 4));
  return Array.from({ length: 11 }, (_, index) => String(year + index));
}

const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'));

export function PaymentForm({ world, dispatch }: SiteProps<PageOf<'pacer-registration-payment'>>) {
  return (
    <Step world={world} dispatch={dispatch} stage="payment">
      <h1>Payment Information</h1>
      <p>
        Providing a credit card is optional. For instant access to PACER, the credit card information will be validated. There is no
        registration charge; the card will be charged quarterly for any fees incurred. If you register without a credit card, click
        Next without entering any information on this screen: you will receive an activation code by U.S. mail in 7-10 business days.
      </p>
      <SimForm form="pacer/register/payment" salt={world.salt} dispatch={dispatch} aria-label="Payment Information">
        <Fieldset legend="Credit Card (optional)">
          <div className="psc-form-grid">
            <SelectField label="Card Type" name="cardType" placeholder="Select Card Type" options={toOptions(CARD_TYPES)} />
            <TextField label="Card Number" name="cardNumber" maxLength={23} inputMode="numeric" mask="card-number" />
            <SelectField label="Expiration Month" name="expirationMonth" placeholder="Month" options={toOptions(MONTHS)} />
            <SelectField label="Expiration Year" name="expirationYear" placeholder="Year" options={toOptions(expirationYears(world))} />
            <TextField label="Name on Card" name="nameOnCard" maxLength={80} />
          </div>
          <CheckboxField
            label="I authorize the PACER Service Center to charge the above credit card once a quarter for any PACER fees due."
            name="authorizeQuarterlyCharges"
          />
        </Fieldset>
        <p className="site-practice-note">Training simulator: use the practice card from your briefing. Never type a real card number.</p>
        <ButtonRow>
          <SubmitButton value="next" primary>
            Next
          </SubmitButton>
        </ButtonRow>
      </SimForm>
    </Step>
  );
}

export function PoliciesForm({ world, dispatch }: SiteProps<PageOf<'pacer-registration-policies'>>) {
  return (
    <Step world={world} dispatch={dispatch} stage="policies">
      <h1>Policies and Procedures</h1>
      <section className="psc-policies" aria-label="PACER policies and procedures" tabIndex={0}>
        <ul>
          <li>There is no fee to register. Access costs $0.10 per page, capped at $3.00 (30 pages) per document.</li>
          <li>If your account accrues $30 or less in a quarter, the fees for that quarter are waived.</li>
          <li>Your account is for your own use. Do not share your username and password; you are responsible for all use of the account.</li>
          <li>Keep your contact information current in Manage My Account. Your date of birth cannot be changed.</li>
          <li>This account lets you view case information. Filing privileges are requested separately from each court.</li>
          <li>Accounts not used for two years may be deactivated; the PACER Service Center can reactivate them.</li>
        </ul>
      </section>
      <SimForm form="pacer/register/policies" salt={world.salt} dispatch={dispatch} aria-label="Policies and Procedures">
        <CheckboxField label="I have read and acknowledge the PACER policies and procedures." name="acknowledgePolicies" />
        <ButtonRow>
          <SubmitButton value="submit" primary>
            Submit
          </SubmitButton>
        </ButtonRow>
      </SimForm>
    </Step>
  );
}
