import { useId } from 'react';
import { MFA_FORMS } from '../../../../shared/model/pacer/mfa/part';
import { SiteNotice } from '../../common/SiteNotice';
import { SimForm } from '../../common/SimForm';
import { PacerLayout } from '../../pacer/PacerLayout';
import type { PageOf, SiteProps } from '../../types';

/**
 * After the password at central sign-on (FIDELITY 1.7.4 and 8): the
 * enrolment pop-up (Enroll, Skip), "User Update Required" once the three
 * skips are spent, or the one-time code (field, OK) for an enrolled account.
 * Wording beyond "Enroll", "Skip", "OK" and "User Update Required" is the
 * simulator's [I].
 */
export function MfaSignOn({ world, page, dispatch }: SiteProps<PageOf<'mfa-sign-on'>>) {
  const ids = useId();
  if (page.stage === 'code') {
    return (
      <PacerLayout>
        <div className="site-pacer-card">
          <h1>Multifactor Authentication</h1>
          <SiteNotice notice={world.session.notice} />
          <SimForm form={MFA_FORMS.code} salt={world.salt} dispatch={dispatch} className="site-pacer-form" aria-label="Multifactor Authentication">
            <div className="site-pacer-field">
              <label htmlFor={`${ids}-code`}>One-Time Code</label>
              <input
                id={`${ids}-code`}
                name="code"
                type="text"
                inputMode="text"
                autoComplete="one-time-code"
                spellCheck={false}
                maxLength={16}
                aria-describedby={`${ids}-code-hint`}
              />
              <span id={`${ids}-code-hint`} className="site-pacer-field-hint">
                Enter the 6-digit code from your authenticator app, or one of your backup codes.
              </span>
            </div>
            <div className="site-pacer-buttons">
              <button type="submit" name="button" value="ok" className="site-pacer-primary">
                OK
              </button>
            </div>
          </SimForm>
        </div>
      </PacerLayout>
    );
  }
  const required = page.stage === 'update-required';
  return (
    <div className="site-pacer-redaction">
      <div className="site-pacer-behind" aria-hidden="true" inert>
        <PacerLayout>
          <div className="site-pacer-card">
            <p>Central Sign-On</p>
          </div>
        </PacerLayout>
      </div>
      <div className="site-pacer-overlay">
        <div className="site-pacer-dialog" role="dialog" aria-modal="true" aria-labelledby={`${ids}-title`}>
          <h1 id={`${ids}-title`}>{required ? 'User Update Required' : 'Multifactor Authentication'}</h1>
          <SiteNotice notice={world.session.notice} />
          {required ? (
            <p>
              You have skipped multifactor authentication enrollment three times. Enroll now to continue: you cannot log in until you
              are enrolled.
            </p>
          ) : (
            <>
              <p>
                Multifactor authentication (MFA) is required for users with CM/ECF filing privileges. Enroll now with an authenticator
                app or backup codes. PACER does not send codes by text message.
              </p>
              <p>
                You may skip enrollment {page.skipsLeft} more time{page.skipsLeft === 1 ? '' : 's'}.
              </p>
            </>
          )}
          <SimForm form={MFA_FORMS.prompt} salt={world.salt} dispatch={dispatch} aria-label="Multifactor authentication enrollment">
            <div className="site-pacer-buttons">
              <button type="submit" name="button" value="enroll" className="site-pacer-primary">
                Enroll
              </button>
              {required ? null : (
                <button type="submit" name="button" value="skip">
                  Skip
                </button>
              )}
            </div>
          </SimForm>
        </div>
      </div>
    </div>
  );
}
