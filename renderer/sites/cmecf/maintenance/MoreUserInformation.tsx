import { useId } from 'react';
import { changeUserUrl, maintainAccountUrl } from '../../../../shared/model/cmecf/maintenance/addresses';
import {
  canLinkFilingAgents,
  findFilingAgents,
  FIND_FILING_AGENT_MAX,
  isFilingAgent,
  principalsOf,
} from '../../../../shared/model/cmecf/maintenance/filing-agents';
import { MAINTENANCE_FORMS } from '../../../../shared/model/cmecf/maintenance/part';
import { shownSettings } from '../../../../shared/model/cmecf/maintenance/state';
import type { Court, EcfAccount } from '../../../../shared/model/world';
import { SimForm } from '../../common/SimForm';
import { SiteLink } from '../../common/SiteLink';
import type { PageOf, SiteProps } from '../../types';
import { FilingAgentPermissions } from './FilingAgentPermissions';

type MorePage = PageOf<'cmecf-maintain-more'>;

/**
 * More User Information (seed 002, "Attorney or Trustee: Linking Filing Agent
 * to CM/ECF Account", steps 1-6): the linked filing agents (click a name for
 * Update Filing Agent Permissions), Find Filing Agent with its search icon,
 * the results to Select, and Return to Account Screen.
 */
export function MoreUserInformation({ world, page, court, dispatch }: SiteProps<MorePage> & { court: Court }) {
  const account = world.ecfAccounts[page.ecfAccountId];
  if (!account) return null;

  return (
    <div className="site-cmecf-maintain">
      <h1>More User Information</h1>
      {canLinkFilingAgents(account) ? (
        <FilingAgentsPanel world={world} page={page} court={court} account={account} dispatch={dispatch} />
      ) : (
        <PrincipalsPanel world={world} court={court} account={account} dispatch={dispatch} />
      )}
      <SimForm form={MAINTENANCE_FORMS.more} salt={world.salt} dispatch={dispatch} aria-label="Return to the account screen">
        <div className="site-cmecf-buttons">
          <button type="submit" name="button" value="return-to-account-screen">
            Return to Account Screen
          </button>
        </div>
      </SimForm>
    </div>
  );
}

interface PanelProps extends Omit<SiteProps<MorePage>, 'page'> {
  court: Court;
  account: EcfAccount;
}

function FilingAgentsPanel({ world, page, court, account, dispatch }: PanelProps & { page: MorePage }) {
  const ids = useId();
  const settings = shownSettings(world, court.id, account);
  const results = page.search !== null ? findFilingAgents(world, court.id, page.search) : [];
  const agent = (id: string) => world.ecfAccounts[id];

  return (
    <>
      <section className="site-cmecf-maintain-section" aria-labelledby={`${ids}-linked`}>
        <h2 id={`${ids}-linked`}>Filing Agents</h2>
        {settings.filingAgents.length > 0 ? (
          <table className="site-cmecf-maintain-table">
            <thead>
              <tr>
                <th scope="col">Filing Agent</th>
                <th scope="col">Internet Payment</th>
              </tr>
            </thead>
            <tbody>
              {settings.filingAgents.map((link) => (
                <tr key={link.ecfAccountId}>
                  <td>
                    <SiteLink
                      address={maintainAccountUrl(court, 'more', { agent: link.ecfAccountId })}
                      dispatch={dispatch}
                      current={page.permissionsFor === link.ecfAccountId}
                    >
                      {agent(link.ecfAccountId)?.name ?? link.ecfAccountId}
                    </SiteLink>
                  </td>
                  <td>{link.internetPayment ? 'Y' : 'N'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>No filing agents are linked to your account.</p>
        )}
        {settings.filingAgents.length > 0 ? (
          <p className="site-cmecf-hint">Click a filing agent’s name to update the filing agent’s permissions.</p>
        ) : null}
      </section>

      {page.permissionsFor !== null ? (
        <FilingAgentPermissions
          world={world}
          agentName={agent(page.permissionsFor)?.name ?? page.permissionsFor}
          agentId={page.permissionsFor}
          internetPayment={settings.filingAgents.find((link) => link.ecfAccountId === page.permissionsFor)?.internetPayment ?? false}
          dispatch={dispatch}
        />
      ) : null}

      <SimForm form={MAINTENANCE_FORMS.findAgent} salt={world.salt} dispatch={dispatch} aria-label="Filing agent search">
        <div className="site-cmecf-maintain-find">
          <label htmlFor={`${ids}-find-input`}>
            Find Filing Agent
          </label>
          <input
            id={`${ids}-find-input`}
            name="filingAgentName"
            type="text"
            autoComplete="off"
            maxLength={FIND_FILING_AGENT_MAX}
            defaultValue={page.search ?? ''}
          />
          <button type="submit" name="button" value="search" aria-label="Search" className="site-cmecf-maintain-search">
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
              <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="2" />
              <line x1="10" y1="10" x2="14.5" y2="14.5" stroke="currentColor" strokeWidth="2" />
            </svg>
          </button>
        </div>
      </SimForm>

      {page.search !== null ? <SearchResults world={world} results={results} search={page.search} dispatch={dispatch} /> : null}
    </>
  );
}

function SearchResults({ world, results, search, dispatch }: Pick<PanelProps, 'world' | 'dispatch'> & { results: EcfAccount[]; search: string }) {
  const ids = useId();
  return (
    <section className="site-cmecf-maintain-section" aria-labelledby={`${ids}-results`}>
      <h2 id={`${ids}-results`}>Filing agents matching “{search}”</h2>
      {results.length === 0 ? (
        <p>Could not find Filing Agent.</p>
      ) : (
        <ul className="site-cmecf-maintain-results">
          {results.map((candidate) => (
            <li key={candidate.id}>
              <SimForm form={MAINTENANCE_FORMS.selectAgent} salt={world.salt} dispatch={dispatch} aria-label={`Select ${candidate.name}`}>
                <input type="hidden" name="filingAgent" value={candidate.id} />
                <span className="site-cmecf-maintain-result">
                  {candidate.name} <span className="site-cmecf-hint">({candidate.login})</span>
                </span>
                <button type="submit" name="button" value="select">
                  Select
                </button>
              </SimForm>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A filing agent's More User Information: the attorneys and trustees they file for. */
function PrincipalsPanel({ world, court, account, dispatch }: PanelProps) {
  const ids = useId();
  if (!isFilingAgent(account)) {
    return <p>Only attorneys and trustees link filing agents to their account.</p>;
  }
  const principals = principalsOf(world, account);
  return (
    <section className="site-cmecf-maintain-section" aria-labelledby={`${ids}-principals`}>
      <h2 id={`${ids}-principals`}>Filing agent for</h2>
      {principals.length > 0 ? (
        <>
          <ul className="site-cmecf-maintain-list">
            {principals.map((principal) => (
              <li key={principal.id}>{principal.name}</li>
            ))}
          </ul>
          <p>
            To choose whom you file for, use <SiteLink address={changeUserUrl(court)} dispatch={dispatch}>
              Change User
            </SiteLink>.
          </p>
        </>
      ) : (
        <p>
          No attorney or trustee has linked you as their filing agent yet. The attorney or trustee links you under Utilities ▸
          Maintain Your ECF Account ▸ More User Information.
        </p>
      )}
    </section>
  );
}
