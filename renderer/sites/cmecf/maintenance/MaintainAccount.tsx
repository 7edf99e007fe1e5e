import { useId } from 'react';
import { canLinkFilingAgents } from '../../../../shared/model/cmecf/maintenance/filing-agents';
import { MAINTENANCE_FORMS } from '../../../../shared/model/cmecf/maintenance/part';
import { shownSettings } from '../../../../shared/model/cmecf/maintenance/state';
import { PACER_ENTRY } from '../../../../shared/model/pacer/hosts';
import type { Court, PacerAccount } from '../../../../shared/model/world';
import { SimForm } from '../../common/SimForm';
import { SiteLink } from '../../common/SiteLink';
import type { PageOf, SiteProps } from '../../types';
import { noticeRecipients, noticeStyle, ROLE_LABELS } from './account-text';

/**
 * The account screen ("Maintain User Account", FIDELITY 1.12). In NextGen the
 * name, address and primary e-mail address belong to PACER and are greyed
 * here; the screen holds the changes made under Email Information and More
 * User Information until Submit.
 */
export function MaintainAccount({ world, page, court, dispatch }: SiteProps<PageOf<'cmecf-maintain-account'>> & { court: Court }) {
  const ids = useId();
  const account = world.ecfAccounts[page.ecfAccountId];
  if (!account) return null;
  const pacer = account.linkedPacerAccount ? world.pacerAccounts[account.linkedPacerAccount] : undefined;
  const settings = shownSettings(world, court.id, account);
  const agentName = (id: string) => world.ecfAccounts[id]?.name ?? id;

  return (
    <div className="site-cmecf-maintain">
      <div className="site-cmecf-maintain-head">
        <h1>Maintain User Account</h1>
        <SiteLink address={PACER_ENTRY.manageMyAccountLogin} dispatch={dispatch} className="site-cmecf-maintain-pacer">
          Edit my name and address information
        </SiteLink>
      </div>
      <p className="site-cmecf-hint">
        Your name, address and primary e-mail address are maintained in PACER: change them in Manage My Account. Secondary
        e-mail addresses and filing agents are kept here, by this court.
      </p>
      <SimForm form={MAINTENANCE_FORMS.account} salt={world.salt} dispatch={dispatch} aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`} className="site-cmecf-visually-hidden">
          Account of {account.name}
        </h2>
        <div className="site-cmecf-maintain-grid">
          <label htmlFor={`${ids}-name`}>Name</label>
          <input id={`${ids}-name`} type="text" value={account.name} disabled readOnly />
          <label htmlFor={`${ids}-firm`}>Firm/Office</label>
          <input id={`${ids}-firm`} type="text" value={pacer?.firm ?? ''} disabled readOnly />
          <label htmlFor={`${ids}-address`}>Address</label>
          <input id={`${ids}-address`} type="text" value={postalAddress(pacer?.address ?? null)} disabled readOnly />
          <label htmlFor={`${ids}-phone`}>Phone</label>
          <input id={`${ids}-phone`} type="text" value={pacer?.address?.primaryPhone ?? ''} disabled readOnly />
          <label htmlFor={`${ids}-email`}>Primary E-Mail Address</label>
          <input id={`${ids}-email`} type="text" value={pacer?.email ?? account.primaryEmail} disabled readOnly />
          <label htmlFor={`${ids}-role`}>Role in Court</label>
          <input id={`${ids}-role`} type="text" value={ROLE_LABELS[account.role]} disabled readOnly />
        </div>

        <section className="site-cmecf-maintain-section" aria-labelledby={`${ids}-notices`}>
          <h2 id={`${ids}-notices`}>E-mail notices</h2>
          <dl className="site-cmecf-summary">
            <dt>Secondary e-mail addresses</dt>
            <dd>{settings.secondaryEmails.length > 0 ? settings.secondaryEmails.join(', ') : 'None'}</dd>
            <dt>Send notices</dt>
            <dd>{noticeRecipients(settings)}</dd>
            <dt>Frequency and format</dt>
            <dd>{noticeStyle(settings)}</dd>
          </dl>
        </section>

        {canLinkFilingAgents(account) ? (
          <section className="site-cmecf-maintain-section" aria-labelledby={`${ids}-agents`}>
            <h2 id={`${ids}-agents`}>Filing agents</h2>
            {settings.filingAgents.length > 0 ? (
              <ul className="site-cmecf-maintain-list">
                {settings.filingAgents.map((link) => (
                  <li key={link.ecfAccountId}>
                    {agentName(link.ecfAccountId)} (Internet Payment: {link.internetPayment ? 'Y' : 'N'})
                  </li>
                ))}
              </ul>
            ) : (
              <p>No filing agents are linked to your account.</p>
            )}
          </section>
        ) : null}

        <p className="site-cmecf-hint">Changes made under Email Information or More User Information are saved only when you click Submit.</p>
        <div className="site-cmecf-buttons">
          <button type="submit" name="button" value="email-information">
            Email Information
          </button>
          <button type="submit" name="button" value="more-user-information">
            More User Information
          </button>
          <button type="submit" name="button" value="submit">
            Submit
          </button>
          <button type="submit" name="button" value="clear">
            Clear
          </button>
        </div>
      </SimForm>
    </div>
  );
}

/** "1200 Main St, Suite 400, Kansas City, MO 64105": the PACER address as one greyed line. */
function postalAddress(address: PacerAccount['address']): string {
  if (!address) return '';
  const cityLine = [address.city, [address.state, address.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [address.address, address.room, cityLine].filter(Boolean).join(', ');
}
