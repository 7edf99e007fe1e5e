import { useId } from 'react';
import { CURRENTGEN_PASSWORD_FIELDS, CURRENTGEN_PASSWORD_FORMS } from '../../../../shared/model/cmecf/currentgen-password/part';
import { currentGenLoginUrl } from '../../../../shared/model/cmecf/currentgen-password/pages';
import { courtById, type Court, type World } from '../../../../shared/model/world';
import { NotFoundPage } from '../../browser/NotFoundPage';
import { SimForm } from '../../common/SimForm';
import { SiteLink } from '../../common/SiteLink';
import type { PageOf, SiteProps } from '../../types';
import { CurrentGenFrame } from '../CurrentGenFrame';
import '../cmecf.css';

type CurrentGenPasswordPage = PageOf<'cmecf-forgot-password'> | PageOf<'cmecf-reset-password'>;

/** "Forgot Your Password" at a CurrentGen court: the request page and the page the e-mailed link opens. */
export function CurrentGenPasswordSite({ world, page, dispatch }: SiteProps<CurrentGenPasswordPage>) {
  const court = courtById(world, page.courtId);
  if (!court) return <NotFoundPage address={page.courtId} />;
  return page.kind === 'cmecf-forgot-password' ? (
    <ForgotPassword world={world} court={court} dispatch={dispatch} />
  ) : (
    <ResetPassword world={world} page={page} court={court} dispatch={dispatch} />
  );
}

interface CourtPageProps {
  world: World;
  court: Court;
  dispatch: SiteProps['dispatch'];
}

function ForgotPassword({ world, court, dispatch }: CourtPageProps) {
  const ids = useId();
  return (
    <CurrentGenFrame world={world} court={court} titleId={`${ids}-title`} title="Forgot Your Password">
      <p id={`${ids}-intro`}>
        Enter the CM/ECF login this court issued you. A link to reset your password will be sent to the primary e-mail
        address of that login; the link is active for 24 hours.
      </p>
      <SimForm
        form={CURRENTGEN_PASSWORD_FORMS.forgot}
        salt={world.salt}
        dispatch={dispatch}
        className="site-cmecf-form"
        aria-labelledby={`${ids}-title`}
      >
        <div className="site-cmecf-field">
          <label htmlFor={`${ids}-login`}>Login</label>
          <input
            id={`${ids}-login`}
            name={CURRENTGEN_PASSWORD_FIELDS.login}
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={256}
            aria-describedby={`${ids}-intro`}
          />
        </div>
        <p className="site-cmecf-hint">CM/ECF logins are case sensitive.</p>
        <div className="site-cmecf-buttons">
          <button type="submit" name="button" value="submit">
            Submit
          </button>
        </div>
      </SimForm>
      <p className="site-cmecf-help">
        <SiteLink address={currentGenLoginUrl(court)} dispatch={dispatch}>
          Return to CM/ECF Login
        </SiteLink>
      </p>
    </CurrentGenFrame>
  );
}

function ResetPassword({ world, page, court, dispatch }: CourtPageProps & { page: PageOf<'cmecf-reset-password'> }) {
  const ids = useId();
  return (
    <CurrentGenFrame world={world} court={court} titleId={`${ids}-title`} title="Reset Your Password">
      {page.valid ? (
        <SimForm
          form={CURRENTGEN_PASSWORD_FORMS.reset}
          salt={world.salt}
          dispatch={dispatch}
          className="site-cmecf-form"
          aria-labelledby={`${ids}-title`}
        >
          <p id={`${ids}-rules`} className="site-cmecf-hint">
            Passwords must be at least eight characters long and include both uppercase and lowercase letters and at least
            one digit or special character.
          </p>
          <div className="site-cmecf-field">
            <label htmlFor={`${ids}-new`}>New Password</label>
            <input
              id={`${ids}-new`}
              name={CURRENTGEN_PASSWORD_FIELDS.newPassword}
              type="password"
              autoComplete="off"
              maxLength={256}
              aria-describedby={`${ids}-rules`}
            />
          </div>
          <div className="site-cmecf-field">
            <label htmlFor={`${ids}-confirm`}>Confirm Password</label>
            <input id={`${ids}-confirm`} name={CURRENTGEN_PASSWORD_FIELDS.confirmPassword} type="password" autoComplete="off" maxLength={256} />
          </div>
          <div className="site-cmecf-buttons">
            <button type="submit" name="button" value="submit">
              Submit
            </button>
          </div>
        </SimForm>
      ) : (
        <p role="alert">
          This password reset link is not valid: it has been used or has expired. Use Forgot Your Password? on the CM/ECF
          login page to get a new one.
        </p>
      )}
      <p className="site-cmecf-help">
        <SiteLink address={currentGenLoginUrl(court)} dispatch={dispatch}>
          Return to CM/ECF Login
        </SiteLink>
      </p>
    </CurrentGenFrame>
  );
}
