import type { ReactNode } from 'react';
import type { TrainerEvent } from '../../../../shared/model/events';
import type { World } from '../../../../shared/model/world';
import { SimForm } from '../../common/SimForm';
import './filing-screens.css';

/** One Next screen of a CM/ECF filing: the event's heading, its content, Next (and Clear where there is something to clear). */
export function FilingScreen({
  world,
  dispatch,
  form,
  title,
  clear = false,
  children,
}: {
  world: World;
  dispatch: (event: TrainerEvent) => void;
  form: string;
  title: string;
  clear?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="ecf-filing-screen">
      <h1>{title}</h1>
      <SimForm form={form} salt={world.salt} dispatch={dispatch} className="ecf-filing-form">
        {children}
        <div className="site-cmecf-buttons">
          <button type="submit" name="button" value="next">
            Next
          </button>
          {clear ? <button type="reset">Clear</button> : null}
        </div>
      </SimForm>
    </div>
  );
}

/** The warning every final docket-text screen carries above its Next. */
export function CommitWarning() {
  return (
    <p className="ecf-filing-attention">
      Attention!! Pressing the NEXT button on this screen commits this transaction. You will have no further opportunity to modify
      this transaction if you continue.
    </p>
  );
}
