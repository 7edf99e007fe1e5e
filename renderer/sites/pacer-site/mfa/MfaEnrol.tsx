import { lazy, Suspense } from 'react';
import { mfaAccount, mfaState } from '../../../../shared/model/pacer/mfa/state';
import { MFA_FORMS } from '../../../../shared/model/pacer/mfa/part';
import { otpauthUri } from '../../../../shared/model/pacer/mfa/totp';
import { SimForm } from '../../common/SimForm';
import type { PageOf, SiteProps } from '../../types';
import { ButtonRow, CheckboxField, RadioGroup, SubmitButton, TextField } from '../fields';
import { MmaFrame } from '../account/MmaFrame';
import './mfa.css';

const QrCode = lazy(() => import('./QrCode'));

/** The setup key in groups of four, as enrolment screens print it so it can be typed. */
function grouped(key: string): string {
  return key.replace(/(.{4})/g, '$1 ').trim();
}

/**
 * Enrolment (FIDELITY 8): the method; for an app, the e-mailed security
 * code, then the setup key (QR code and text) with a code from the app to
 * confirm it; then the ten backup codes. Wording is the simulator's [I].
 */
export function MfaEnrol({ world, page, dispatch }: SiteProps<PageOf<'mfa-enrol'>>) {
  const account = world.pacerAccounts[page.accountNumber];
  const enrolment = mfaState(world).enrolment;
  if (!account || !enrolment) return null;
  const form = (children: React.ReactNode, label: string) => (
    <SimForm form={MFA_FORMS.enrol} salt={world.salt} dispatch={dispatch} className="pacer-form" aria-label={label}>
      {children}
    </SimForm>
  );
  const cancel = <SubmitButton value="cancel">Cancel</SubmitButton>;
  return (
    <MmaFrame world={world} dispatch={dispatch} title="Enroll in Multifactor Authentication">
      {page.step === 'method'
        ? form(
            <>
              <RadioGroup
                legend="How will you verify your identity when you log in?"
                name="method"
                required
                options={[
                  { value: 'app', label: 'Authenticator App (a 6-digit code from an app on your phone or computer)' },
                  { value: 'backup-codes', label: 'Backup Codes (ten codes, each usable once)' },
                ]}
              />
              <ButtonRow>
                <SubmitButton value="next" primary>
                  Next
                </SubmitButton>
                {cancel}
              </ButtonRow>
            </>,
            'Choose a verification method',
          )
        : null}
      {page.step === 'email-code'
        ? form(
            <>
              <p>A security code has been sent to {account.email}. Enter it below to add an authenticator app.</p>
              <TextField label="Security Code" name="securityCode" required maxLength={12} inputMode="numeric" />
              <ButtonRow>
                <SubmitButton value="next" primary>
                  Next
                </SubmitButton>
                <SubmitButton value="resend">Resend Code</SubmitButton>
                {cancel}
              </ButtonRow>
            </>,
            'Enter the e-mailed code',
          )
        : null}
      {page.step === 'app-key' && enrolment.setupKey
        ? form(
            <>
              <ol className="mfa-steps">
                <li>Open the authenticator app on your phone and add an account.</li>
                <li>Scan the QR code, or type the setup key.</li>
                <li>Enter the 6-digit code the app shows.</li>
              </ol>
              <div className="mfa-key">
                <Suspense fallback={<p>Loading the QR code…</p>}>
                  <QrCode text={otpauthUri('PACER', account.username, enrolment.setupKey)} label={`QR code of the setup key for ${account.username}`} />
                </Suspense>
                <p>
                  Setup key: <code className="mfa-setup-key">{grouped(enrolment.setupKey)}</code>
                </p>
              </div>
              <TextField label="Authenticator App Name" name="appName" required maxLength={40} hint="A name to tell this app from others, e.g. My phone" />
              <TextField label="Code from the App" name="code" required maxLength={6} inputMode="numeric" />
              <ButtonRow>
                <SubmitButton value="verify" primary>
                  Verify
                </SubmitButton>
                {cancel}
              </ButtonRow>
            </>,
            'Add an authenticator app',
          )
        : null}
      {page.step === 'backup-codes'
        ? form(
            <>
              <p>
                Save these backup codes somewhere safe, away from your phone. Each code can be used once, in place of a code from your
                authenticator app.
              </p>
              <ol className="mfa-backup-codes" aria-label="Backup codes">
                {mfaAccount(world, account.accountNumber).backupCodes.map((code) => (
                  <li key={code.code}>
                    <code>{code.code}</code>
                  </li>
                ))}
              </ol>
              <CheckboxField label="I have saved my backup codes in a safe place." name="saved" />
              <ButtonRow>
                <SubmitButton value="continue" primary>
                  Continue
                </SubmitButton>
              </ButtonRow>
            </>,
            'Save your backup codes',
          )
        : null}
    </MmaFrame>
  );
}
