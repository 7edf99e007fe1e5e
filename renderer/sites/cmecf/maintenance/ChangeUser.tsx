import { useId } from 'react';
import { actingPrincipal, principalsOf } from '../../../../shared/model/cmecf/maintenance/filing-agents';
import { MAINTENANCE_FORMS } from '../../../../shared/model/cmecf/maintenance/part';
import type { Court } from '../../../../shared/model/world';
import { SimForm } from '../../common/SimForm';
import type { PageOf, SiteProps } from '../../types';

/**
 * Change User: a filing agent, signed in with their own PACER account, picks
 * the attorney or trustee in whose name they file (FIDELITY 2.2 rule 11).
 */
export function ChangeUser({ world, page, court, dispatch }: SiteProps<PageOf<'cmecf-change-user'>> & { court: Court }) {
  const ids = useId();
  const agent = world.ecfAccounts[page.ecfAccountId];
  if (!agent) return null;
  const principals = principalsOf(world, agent);
  const current = actingPrincipal(world, court.id);

  return (
    <div className="site-cmecf-maintain">
      <h1 id={`${ids}-title`}>Change User</h1>
      <p>
        You are signed in as {agent.name}, filing agent. Filings you make appear in the docket text under the name of the attorney
        or trustee you file for.
      </p>
      {current ? (
        <p className="site-cmecf-success" role="status">
          You are filing for {current.name}.
        </p>
      ) : null}
      <SimForm form={MAINTENANCE_FORMS.changeUser} salt={world.salt} dispatch={dispatch} aria-labelledby={`${ids}-title`}>
        <fieldset className="site-cmecf-maintain-fieldset">
          <legend>File on behalf of</legend>
          {principals.map((principal) => (
            <div key={principal.id} className="site-cmecf-maintain-check">
              <input
                id={`${ids}-${principal.id}`}
                type="radio"
                name="principal"
                value={principal.id}
                defaultChecked={current?.id === principal.id}
              />
              <label htmlFor={`${ids}-${principal.id}`}>{principal.name}</label>
            </div>
          ))}
        </fieldset>
        <div className="site-cmecf-buttons">
          <button type="submit" name="button" value="submit">
            Submit
          </button>
        </div>
      </SimForm>
    </div>
  );
}
