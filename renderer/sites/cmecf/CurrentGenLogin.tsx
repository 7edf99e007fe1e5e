import { useId } from 'react';
import { COURT_SIDE_FIELDS, COURT_SIDE_FORMS } from '../../../shared/model/cmecf/court-part';
import { forgotPasswordUrl } from '../../../shared/model/cmecf/currentgen-password/pages';
import { redactsCriminalHomeAddresses } from '../../../shared/model/redaction';
import type { Court } from '../../../shared/model/world';
import { longDate } from '../common/format';
import { SimForm } from '../common/SimForm';
import { SiteLink } from '../common/SiteLink';
import { REDACTION_CHECKBOX_LABEL } from '../pacer/RedactionNotice';
import type { PageOf, SiteProps } from '../types';
import { CurrentGenFrame } from './CurrentGenFrame';
import './cmecf.css';

/**
 * A CurrentGen court's own CM/ECF login (seed 004: two separate usernames and
 * passwords until the court moves to NextGen). The court-issued login and
 * password, an optional client code, and the redaction notice with its
 * checkbox on the same page, as CurrentGen login pages had it (FIDELITY 1.7.5).
 */
export function CurrentGenLogin({ world, court, dispatch }: SiteProps<PageOf<'cmecf-currentgen-login'>> & { court: Court }) {
  const ids = useId();
  return (
    <CurrentGenFrame world={world} court={court} titleId={`${ids}-title`} title="CM/ECF Login">
      <p>
        Enter the CM/ECF login and password this court issued you. This court has not moved to NextGen CM/ECF: your
        PACER login does not file here.
        {court.nextGenGoLive === null
          ? null
          : ` The court moves to NextGen CM/ECF on ${longDate(court.nextGenGoLive)}; link your accounts after that date.`}
      </p>
      <SimForm
        form={COURT_SIDE_FORMS.currentGenLogin}
        salt={world.salt}
        dispatch={dispatch}
        className="site-cmecf-form"
        aria-labelledby={`${ids}-title`}
      >
        <div className="site-cmecf-field">
          <label htmlFor={`${ids}-login`}>Login</label>
          <input id={`${ids}-login`} name={COURT_SIDE_FIELDS.login} type="text" autoComplete="off" spellCheck={false} maxLength={256} />
        </div>
        <div className="site-cmecf-field">
          <label htmlFor={`${ids}-password`}>Password</label>
          <input id={`${ids}-password`} name={COURT_SIDE_FIELDS.password} type="password" autoComplete="off" maxLength={256} />
        </div>
        <div className="site-cmecf-field">
          <label htmlFor={`${ids}-client`}>Client Code</label>
          <input
            id={`${ids}-client`}
            name={COURT_SIDE_FIELDS.clientCode}
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={32}
            aria-describedby={`${ids}-client-hint`}
          />
          <span id={`${ids}-client-hint`} className="site-cmecf-hint">
            Optional
          </span>
        </div>
        <p className="site-cmecf-hint">CM/ECF logins and passwords are case sensitive.</p>
        <section className="site-cmecf-redaction" aria-labelledby={`${ids}-redaction`}>
          <h2 id={`${ids}-redaction`}>Notice of Redaction Responsibility</h2>
          <p>
            Filers must redact Social Security or taxpayer-identification numbers, dates of birth, names of minor
            children and financial account numbers from every document they file
            {redactsCriminalHomeAddresses(court) ? ', and home addresses in criminal cases' : ''}.
          </p>
          <div className="site-cmecf-check">
            <input id={`${ids}-redact`} name={COURT_SIDE_FIELDS.redaction} type="checkbox" />
            <label htmlFor={`${ids}-redact`}>{REDACTION_CHECKBOX_LABEL}</label>
          </div>
        </section>
        <div className="site-cmecf-buttons">
          <button type="submit" name="button" value="login">
            Login
          </button>
          <button type="reset">Clear</button>
        </div>
      </SimForm>
      <p className="site-cmecf-help">
        <SiteLink address={forgotPasswordUrl(court)} dispatch={dispatch}>
          Forgot Your Password?
        </SiteLink>
      </p>
    </CurrentGenFrame>
  );
}
