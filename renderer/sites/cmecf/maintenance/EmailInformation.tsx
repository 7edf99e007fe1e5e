import { useId } from 'react';
import { MAINTENANCE_FORMS } from '../../../../shared/model/cmecf/maintenance/part';
import { MAX_SECONDARY_EMAILS, shownSettings } from '../../../../shared/model/cmecf/maintenance/state';
import type { Court } from '../../../../shared/model/world';
import { SimForm } from '../../common/SimForm';
import type { PageOf, SiteProps } from '../../types';

/**
 * Email Information (seed 002, "Adding Additional Email Accounts in CM/ECF",
 * steps 5-7; FIDELITY 1.12): the secondary address typed twice, where notices
 * go, how often and in which format. "Return to Account Screen" hands the
 * changes to the account screen; only Submit there saves them.
 */
export function EmailInformation({ world, page, court, dispatch }: SiteProps<PageOf<'cmecf-maintain-email'>> & { court: Court }) {
  const ids = useId();
  const account = world.ecfAccounts[page.ecfAccountId];
  if (!account) return null;
  const pacer = account.linkedPacerAccount ? world.pacerAccounts[account.linkedPacerAccount] : undefined;
  const settings = shownSettings(world, court.id, account);
  const { notices } = settings;

  return (
    <div className="site-cmecf-maintain">
      <h1 id={`${ids}-title`}>Email Information</h1>
      <SimForm form={MAINTENANCE_FORMS.email} salt={world.salt} dispatch={dispatch} aria-labelledby={`${ids}-title`}>
        <div className="site-cmecf-maintain-grid">
          <label htmlFor={`${ids}-primary`}>Primary E-Mail Address</label>
          <input id={`${ids}-primary`} type="text" value={pacer?.email ?? account.primaryEmail} disabled readOnly />
        </div>
        <p className="site-cmecf-hint">The primary e-mail address is maintained in PACER (Manage My Account).</p>

        {settings.secondaryEmails.length > 0 ? (
          <fieldset className="site-cmecf-maintain-fieldset">
            <legend>Current secondary e-mail addresses</legend>
            {settings.secondaryEmails.map((email, index) => (
              <div key={email} className="site-cmecf-maintain-check">
                <input id={`${ids}-remove-${index}`} type="checkbox" name={`remove.${index}`} />
                <label htmlFor={`${ids}-remove-${index}`}>Remove {email}</label>
              </div>
            ))}
          </fieldset>
        ) : null}

        <div className="site-cmecf-maintain-grid">
          <label htmlFor={`${ids}-secondary`}>Secondary E-Mail Address</label>
          <input id={`${ids}-secondary`} name="secondaryEmail" type="email" autoComplete="off" maxLength={254} />
          <label htmlFor={`${ids}-again`}>Reenter Secondary E-Mail Address</label>
          <input id={`${ids}-again`} name="secondaryEmailAgain" type="email" autoComplete="off" maxLength={254} />
        </div>
        <p className="site-cmecf-hint">You may have up to {MAX_SECONDARY_EMAILS} secondary e-mail addresses, for example support staff or a filing agent.</p>

        <fieldset className="site-cmecf-maintain-fieldset">
          <legend>Send the notices specified below</legend>
          <div className="site-cmecf-maintain-check">
            <input id={`${ids}-to-primary`} type="checkbox" name="toPrimary" defaultChecked={notices.toPrimary} />
            <label htmlFor={`${ids}-to-primary`}>To My Primary E-Mail Address</label>
          </div>
          <div className="site-cmecf-maintain-check">
            <input id={`${ids}-to-secondary`} type="checkbox" name="toSecondary" defaultChecked={notices.toSecondary} />
            <label htmlFor={`${ids}-to-secondary`}>To the Secondary Addresses</label>
          </div>
        </fieldset>

        <fieldset className="site-cmecf-maintain-fieldset">
          <legend>Frequency</legend>
          <div className="site-cmecf-maintain-check">
            <input id={`${ids}-each`} type="radio" name="frequency" value="each-filing" defaultChecked={notices.frequency === 'each-filing'} />
            <label htmlFor={`${ids}-each`}>Send a notice for each filing</label>
          </div>
          <div className="site-cmecf-maintain-check">
            <input
              id={`${ids}-daily`}
              type="radio"
              name="frequency"
              value="daily-summary"
              defaultChecked={notices.frequency === 'daily-summary'}
            />
            <label htmlFor={`${ids}-daily`}>Send a Daily Summary Report</label>
          </div>
        </fieldset>

        <fieldset className="site-cmecf-maintain-fieldset">
          <legend>Format</legend>
          <div className="site-cmecf-maintain-check">
            <input id={`${ids}-html`} type="radio" name="format" value="html" defaultChecked={notices.format === 'html'} />
            <label htmlFor={`${ids}-html`}>HTML</label>
          </div>
          <div className="site-cmecf-maintain-check">
            <input id={`${ids}-text`} type="radio" name="format" value="text" defaultChecked={notices.format === 'text'} />
            <label htmlFor={`${ids}-text`}>Text</label>
          </div>
        </fieldset>

        <div className="site-cmecf-buttons">
          <button type="submit" name="button" value="return-to-account-screen">
            Return to Account Screen
          </button>
        </div>
      </SimForm>
    </div>
  );
}
