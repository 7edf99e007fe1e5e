import { useId } from 'react';
import type { Court } from '../../../../../shared/model/world';
import { SimForm } from '../../../common/SimForm';
import { SiteNotice } from '../../../common/SiteNotice';
import { PacerLayout } from '../../../pacer/PacerLayout';
import type { PageOf, SiteProps } from '../../../types';
import { FeeSummary } from './FeeSummary';

/** Step 14: "You will be redirected to the PACER login screen to process your payment. Enter your PACER login and password. Click Login." */
export function FeeLogin({ world, court, dispatch }: SiteProps<PageOf<'pacer-fee-login'>> & { court: Court }) {
  const ids = useId();
  return (
    <PacerLayout>
      <div className="site-pacer-card reinst-pay-card">
        <h1>Login</h1>
        <p>Log in with your PACER account to pay your court fee.</p>
        <FeeSummary court={court} />
        <SiteNotice notice={world.session.notice} />
        <SimForm form="pacer/court-fee/login" salt={world.salt} dispatch={dispatch} className="site-pacer-form">
          <div className="site-pacer-field">
            <label htmlFor={`${ids}-username`}>Username</label>
            <input id={`${ids}-username`} name="username" type="text" autoComplete="off" spellCheck={false} maxLength={256} />
          </div>
          <div className="site-pacer-field">
            <label htmlFor={`${ids}-password`}>Password</label>
            <input id={`${ids}-password`} name="password" type="password" autoComplete="off" maxLength={256} />
          </div>
          <div className="site-pacer-buttons">
            <button type="submit" name="button" value="login" className="site-pacer-primary">
              Login
            </button>
            <button type="reset">Clear</button>
          </div>
        </SimForm>
        <p className="site-practice-note">Training simulator: use the practice credentials from your briefing. Never type a real password here.</p>
      </div>
    </PacerLayout>
  );
}
