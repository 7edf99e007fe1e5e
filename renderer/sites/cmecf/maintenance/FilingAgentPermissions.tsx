import { useId } from 'react';
import type { TrainerEvent } from '../../../../shared/model/events';
import { MAINTENANCE_FORMS } from '../../../../shared/model/cmecf/maintenance/part';
import type { World } from '../../../../shared/model/world';
import { SimForm } from '../../common/SimForm';

interface FilingAgentPermissionsProps {
  world: World;
  agentId: string;
  agentName: string;
  internetPayment: boolean;
  dispatch: (event: TrainerEvent) => void;
}

/** The Update Filing Agent Permissions box (seed 002: "Change Internet Payment to Y and click Save"). */
export function FilingAgentPermissions({ world, agentId, agentName, internetPayment, dispatch }: FilingAgentPermissionsProps) {
  const ids = useId();
  return (
    <section className="site-cmecf-maintain-box" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Update Filing Agent Permissions</h2>
      <p>{agentName}</p>
      <SimForm form={MAINTENANCE_FORMS.permissions} salt={world.salt} dispatch={dispatch} aria-labelledby={`${ids}-title`}>
        <input type="hidden" name="filingAgent" value={agentId} />
        <div className="site-cmecf-maintain-grid">
          <label htmlFor={`${ids}-payment`}>Internet Payment</label>
          <select id={`${ids}-payment`} name="internetPayment" defaultValue={internetPayment ? 'Y' : 'N'}>
            <option value="Y">Y</option>
            <option value="N">N</option>
          </select>
        </div>
        <div className="site-cmecf-buttons">
          <button type="submit" name="button" value="save">
            Save
          </button>
          <button type="submit" name="button" value="cancel">
            Cancel
          </button>
        </div>
      </SimForm>
    </section>
  );
}
